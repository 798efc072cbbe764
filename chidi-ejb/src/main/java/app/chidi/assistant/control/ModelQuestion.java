package app.chidi.assistant.control;

import app.chidi.assistant.boundary.CustomerMessage;

/**
 * What a language model is asked: a customer's message, for a shop.
 *
 * @param currency the shop's currency code, for the tools' money amounts
 */
public record ModelQuestion(CustomerMessage message, String shopName, String currency) {}
