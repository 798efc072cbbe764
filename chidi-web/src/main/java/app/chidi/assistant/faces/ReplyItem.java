package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.ConfidenceParts;
import app.chidi.assistant.boundary.Reply;
import java.io.Serializable;
import java.util.List;

/**
 * A trial reply as the page shows it: percentages for the confidence bar, the intent and what was
 * used in words. Expression Language 5 does not read record components, hence the getters.
 */
public final class ReplyItem implements Serializable {

  private final String text;
  private final boolean sends;
  private final int confidence;
  private final int threshold;
  private final int intentPart;
  private final int groundingPart;
  private final int clarityPart;
  private final String intent;
  private final List<String> used;
  private final List<String> reasons;

  ReplyItem(Reply reply, double threshold, List<String> used) {
    this.text = reply.text();
    this.sends = reply.sends();
    this.confidence = percent(reply.confidence());
    this.threshold = percent(threshold);
    ConfidenceParts parts = reply.confidenceParts();
    this.intentPart = parts == null ? 0 : percent(parts.intent());
    this.groundingPart = parts == null ? 0 : percent(parts.grounding());
    this.clarityPart = parts == null ? 0 : percent(parts.clarity());
    this.intent = words(reply.intent());
    this.used = List.copyOf(used);
    this.reasons = reply.reasons() == null ? List.of() : reply.reasons().escalation();
  }

  static int percent(double share) {
    return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
  }

  /** "Product availability" for {@code product_availability}. */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return "Unknown";
    }
    String words = code.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public String getText() {
    return text;
  }

  public boolean isSends() {
    return sends;
  }

  public int getConfidence() {
    return confidence;
  }

  public int getThreshold() {
    return threshold;
  }

  public int getIntentPart() {
    return intentPart;
  }

  public int getGroundingPart() {
    return groundingPart;
  }

  public int getClarityPart() {
    return clarityPart;
  }

  public String getIntent() {
    return intent;
  }

  public List<String> getUsed() {
    return used;
  }

  public List<String> getReasons() {
    return reasons;
  }
}
