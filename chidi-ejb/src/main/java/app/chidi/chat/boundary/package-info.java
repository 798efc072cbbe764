/**
 * The owner's chat with CHIDI: teaching and changing rules in plain words, always through a
 * proposal the owner confirms, answered from the business's own data, and kept as history.
 */
package app.chidi.chat.boundary;
