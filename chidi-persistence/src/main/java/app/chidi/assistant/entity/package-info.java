/**
 * What the assistant knows about a business: the rules its owner taught (with a log of every time
 * they were applied) and its knowledge entries — policies, FAQs and other information.
 */
package app.chidi.assistant.entity;
