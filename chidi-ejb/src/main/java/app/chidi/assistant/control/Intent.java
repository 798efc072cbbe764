package app.chidi.assistant.control;

import java.util.Locale;

/**
 * What a customer's message is about. Triggers always go to a person, with {@link #reason} in plain
 * words; the others are answered when the shop's facts cover them.
 */
public enum Intent {
  HUMAN("asks to talk to a person"),
  REFUND("asks for a refund — needs a person"),
  COMPLAINT("sounds unhappy or is complaining — needs a person"),
  ORDER_PROBLEM("has a problem with an order or wants it changed — needs a person"),
  DISPUTE("mentions a payment made, a phone number or personal details — needs a person"),
  URGENT("says it is urgent — needs a person"),
  OFF_TOPIC("not about the shop"),
  ORDER_STATUS("asks about their own order — CHIDI cannot see orders"),
  GREETING(null),
  THANKS(null),
  AVAILABILITY(null),
  PRICE(null),
  SHIPPING(null),
  RETURNS(null),
  PAYMENT(null),
  HOURS(null),
  LOCATION(null),
  CONTACT(null),
  DISCOUNT(null),
  OTHER("could not tell what the customer is asking");

  /** Why this intent goes to a person; {@code null} for one CHIDI may answer. */
  final String reason;

  Intent(String reason) {
    this.reason = reason;
  }

  /** Whether a message with this intent always goes to a person. */
  public boolean trigger() {
    return reason != null && this != OTHER;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean aboutProducts() {
    return this == AVAILABILITY || this == PRICE;
  }
}
