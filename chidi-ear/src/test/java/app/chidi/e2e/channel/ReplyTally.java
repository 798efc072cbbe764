package app.chidi.e2e.channel;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The replies the Graph API stand-in received, per customer: since every load message comes from
 * its own customer, a customer's replies are the replies to that one message.
 */
final class ReplyTally {

  private static final Pattern RECIPIENT = Pattern.compile("\"to\":\\s*\"([^\"]+)\"");

  private final Map<String, Integer> replies = new HashMap<>();
  private final Map<String, Long> firstArrival = new HashMap<>();

  ReplyTally(List<GraphApiStub.Request> requests) {
    for (GraphApiStub.Request request : requests) {
      Matcher to = RECIPIENT.matcher(request.body());
      if (to.find()) {
        replies.merge(to.group(1), 1, Integer::sum);
        firstArrival.merge(to.group(1), request.receivedNanos(), Math::min);
      }
    }
  }

  /** How many of {@code customers} got exactly {@code n} replies ({@code n} ≥ 2: at least n). */
  long withReplies(Collection<String> customers, int n) {
    return customers.stream()
        .map(customer -> replies.getOrDefault(customer, 0))
        .filter(count -> n >= 2 ? count >= n : count == n)
        .count();
  }

  /** Those of {@code customers} who got no reply. */
  Set<String> without(Collection<String> customers) {
    return customers.stream()
        .filter(customer -> !replies.containsKey(customer))
        .collect(Collectors.toSet());
  }

  /** {@link System#nanoTime()} when the first reply to {@code customer} arrived, or null. */
  Long firstArrival(String customer) {
    return firstArrival.get(customer);
  }

  /** All replies received. */
  int total() {
    return replies.values().stream().mapToInt(Integer::intValue).sum();
  }
}
