package app.chidi.assistant.boundary;

/**
 * The parts a reply's confidence is the product of, each from 0 to 1, for a confidence bar.
 *
 * @param intent how surely the engine knows what the customer asks (a full phrase scores higher
 *     than a lone keyword)
 * @param grounding how well the shop's facts answer it: product match quality, a rule that applied,
 *     the overlap of a knowledge entry with the question
 * @param clarity one minus the ambiguity: lower when the message asks several unrelated things or
 *     two candidates are close
 */
public record ConfidenceParts(double intent, double grounding, double clarity) {

  public double combined() {
    return Math.round(intent * grounding * clarity * 1000) / 1000.0;
  }
}
