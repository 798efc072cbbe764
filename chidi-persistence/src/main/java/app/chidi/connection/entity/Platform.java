package app.chidi.connection.entity;

/** Where customers write from: a WhatsApp number, an Instagram account, or CHIDI's sandbox. */
public enum Platform {
  WHATSAPP,
  INSTAGRAM,
  SANDBOX
}
