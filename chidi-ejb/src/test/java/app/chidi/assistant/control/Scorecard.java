package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How the local engine does on a labelled set of messages to the demo shop. A wrong auto-reply is a
 * reply sent when the message should have gone to a person, or sent without a fact it must contain;
 * a missed message is an answerable one that was escalated.
 *
 * <p>Each message is answered once, at the shop's threshold. The engine sends exactly when no hard
 * trigger applies and the confidence reaches the threshold, so a reply composed at a threshold t0
 * is re-decided at any t ≥ t0 from its decision and confidence alone: escalated at t0, it is hard
 * or too unsure and stays escalated; sent at t0, it is sent at t when its confidence reaches t.
 * Composing at 0 therefore gives the decision at every threshold in one pass.
 */
final class Scorecard {

  record Outcome(DevSet.Case expected, Reply reply) {

    boolean sentAt(double threshold) {
      return reply.sends() && reply.confidence() >= threshold;
    }

    boolean wrongAt(double threshold) {
      return sentAt(threshold) && !expected.rightToSend(reply);
    }

    boolean missedAt(double threshold) {
      return expected.answerable() && !sentAt(threshold);
    }
  }

  /** The counts at one threshold and the shares the issue asks for. */
  record Figures(long total, long answerable, long sent, long sentAnswerable, long wrong) {

    double coverage() {
      return share(sentAnswerable, answerable);
    }

    double sentShare() {
      return share(sent, total);
    }

    double accuracy() {
      return share(sent - wrong, sent);
    }

    double wrongRate() {
      return share(wrong, total);
    }

    private static double share(long part, long whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }
  }

  final DevSet set;
  final List<Outcome> outcomes;
  final double composedAt;

  private Scorecard(DevSet set, List<Outcome> outcomes, double composedAt) {
    this.set = set;
    this.outcomes = outcomes;
    this.composedAt = composedAt;
  }

  /** Answers every message of the set as the shop would, at the shop's threshold. */
  static Scorecard score(DevSet set, DemoShopFixture shop) {
    List<Outcome> outcomes =
        set.cases().stream().map(c -> new Outcome(c, shop.reply(c.message()))).toList();
    return new Scorecard(set, outcomes, shop.threshold);
  }

  Figures at(double threshold) {
    if (threshold < composedAt) {
      throw new IllegalArgumentException(
          "replies composed at " + composedAt + " cannot be re-decided at " + threshold);
    }
    return figures(outcomes, threshold);
  }

  private static Figures figures(List<Outcome> outcomes, double t) {
    return new Figures(
        outcomes.size(),
        count(outcomes, o -> o.expected().answerable()),
        count(outcomes, o -> o.sentAt(t)),
        count(outcomes, o -> o.sentAt(t) && o.expected().answerable()),
        count(outcomes, o -> o.wrongAt(t)));
  }

  private static long count(List<Outcome> outcomes, Predicate<Outcome> which) {
    return outcomes.stream().filter(which).count();
  }

  /** Every message with its reply, the summary, the breakdown by intent and every mistake. */
  String report() {
    return messages() + summary(composedAt) + byIntent(composedAt) + mistakes(composedAt);
  }

  String messages() {
    StringBuilder table =
        new StringBuilder(String.format("%n== %s: every message ==%n", set.name()));
    table.append(
        String.format(
            "%-5s %-55s %-9s %-9s %-14s %-14s %5s  %s%n",
            "",
            "message",
            "expected",
            "decision",
            "exp. intent",
            "intent",
            "conf",
            "reply / reasons"));
    outcomes.forEach(o -> table.append(line(label(o), o)));
    return table.toString();
  }

  private String label(Outcome o) {
    return o.wrongAt(composedAt) ? "WRONG" : o.missedAt(composedAt) ? "miss" : "ok";
  }

  private static String line(String label, Outcome o) {
    Reply reply = o.reply();
    return String.format(
        Locale.ROOT,
        "%-5s %-55.55s %-9s %-9s %-14s %-14s %5.2f  %s%n",
        label,
        o.expected().message(),
        o.expected().decision(),
        reply.decision(),
        o.expected().intent(),
        reply.intent(),
        reply.confidence(),
        reply.sends() ? reply.text() : reply.reasons().escalation() + " " + reply.text());
  }

  String summary(double threshold) {
    Figures f = at(threshold);
    long intents = count(outcomes, o -> o.reply().intent().equals(o.expected().intent()));
    return String.format(
        Locale.ROOT,
        "%n== %s at threshold %.2f ==%n"
            + "messages %d | in scope (answerable) %d | must escalate %d%n"
            + "coverage (in-scope auto-sent) %s | auto-sent of all %s | accuracy among auto-sent %s"
            + " | wrong auto-replies %d (%s of all) | intent agreement %s%n",
        set.name(),
        threshold,
        f.total(),
        f.answerable(),
        f.total() - f.answerable(),
        percent(f.coverage()),
        percent(f.sentShare()),
        percent(f.accuracy()),
        f.wrong(),
        percent(f.wrongRate()),
        percent((double) intents / f.total()));
  }

  /** One row per expected intent. */
  String byIntent(double threshold) {
    Map<String, List<Outcome>> groups =
        outcomes.stream()
            .collect(
                Collectors.groupingBy(
                    o -> o.expected().intent(), TreeMap::new, Collectors.toList()));
    StringBuilder table = new StringBuilder(String.format("%nby expected intent%n"));
    table.append(
        String.format(
            "%-14s %8s %8s %8s %8s %8s %9s%n",
            "intent", "messages", "in scope", "sent", "wrong", "missed", "coverage"));
    groups.forEach(
        (intent, group) -> {
          Figures f = figures(group, threshold);
          table.append(
              String.format(
                  "%-14s %8d %8d %8d %8d %8d %9s%n",
                  intent,
                  f.total(),
                  f.answerable(),
                  f.sent(),
                  f.wrong(),
                  f.answerable() - f.sentAnswerable(),
                  percent(f.coverage())));
        });
    return table.toString();
  }

  /** Every wrong auto-reply, then every in-scope message that was escalated. */
  String mistakes(double threshold) {
    StringBuilder list =
        new StringBuilder(String.format("%nwrong auto-replies (sent, but should not be)%n"));
    outcomes.stream().filter(o -> o.wrongAt(threshold)).forEach(o -> list.append(line("WRONG", o)));
    list.append(String.format("%nmissed (in scope, but escalated)%n"));
    outcomes.stream().filter(o -> o.missedAt(threshold)).forEach(o -> list.append(line("miss", o)));
    return list.toString();
  }

  /** Coverage, auto-sent share, accuracy and wrong auto-replies at each threshold. */
  String thresholds(List<Double> thresholds) {
    StringBuilder table =
        new StringBuilder(
            String.format(
                "%n%s (%d messages, %d in scope, %d must escalate)%n" + "%9s %10s %10s %10s %20s%n",
                set.name(),
                set.cases().size(),
                set.answerable(),
                set.escalations(),
                "threshold",
                "coverage",
                "auto-sent",
                "accuracy",
                "wrong auto-replies"));
    for (double t : thresholds) {
      Figures f = at(t);
      table.append(
          String.format(
              Locale.ROOT,
              "%9.2f %10s %10s %10s %12s (%3d)%n",
              t,
              percent(f.coverage()),
              percent(f.sentShare()),
              percent(f.accuracy()),
              percent(f.wrongRate()),
              f.wrong()));
    }
    return table.toString();
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }
}
