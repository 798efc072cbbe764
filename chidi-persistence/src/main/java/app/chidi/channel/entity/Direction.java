package app.chidi.channel.entity;

/** From the customer (inbound) or to the customer (outbound). */
public enum Direction {
  INBOUND,
  OUTBOUND
}
