package app.chidi.assistant.boundary;

/**
 * What CHIDI would answer a customer.
 *
 * @param text the reply, short and plain; for an escalation, the draft a person may start from
 * @param confidence from 0 to 1, the product of {@link #confidenceParts()}
 * @param decision {@code send} or {@code escalate}
 * @param intent what the customer asks about ({@code availability}, {@code shipping}, …)
 * @param engine which engine wrote the text: {@code local}, {@code openai} or {@code anthropic}
 */
public record Reply(
    String text,
    double confidence,
    String decision,
    String intent,
    ReplyReasons reasons,
    ConfidenceParts confidenceParts,
    String engine) {

  public static final String SEND = "send";
  public static final String ESCALATE = "escalate";
  public static final String LOCAL = "local";

  /** A reply of the local engine. */
  public Reply(
      String text,
      double confidence,
      String decision,
      String intent,
      ReplyReasons reasons,
      ConfidenceParts confidenceParts) {
    this(text, confidence, decision, intent, reasons, confidenceParts, LOCAL);
  }

  public boolean sends() {
    return SEND.equals(decision);
  }
}
