/**
 * Sentence embeddings computed in process (all-MiniLM-L6-v2), for whatever compares texts by
 * meaning: the assistant's intents and knowledge, the inventory's products.
 */
package app.chidi.platform.meaning;
