package app.chidi.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The TCP and UDP sockets a process listens on, as {@code ss -lntup} reports them. */
public final class ListeningSockets {

  private ListeningSockets() {}

  /** The local addresses ({@code host:port}) the process {@code pid} listens on. */
  public static List<String> of(long pid) {
    try {
      Process ss = new ProcessBuilder("ss", "-H", "-lntup").redirectErrorStream(true).start();
      String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      ss.waitFor();
      return output
          .lines()
          .filter(line -> line.contains("pid=" + pid + ","))
          .map(line -> line.trim().split("\\s+")[4])
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("ss (iproute2) is needed to list sockets", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code address} (as {@link #of} lists it) is on the loopback interface. */
  public static boolean isLoopback(String address) {
    return Arrays.asList("127.", "[::ffff:127.", "[::1]:").stream().anyMatch(address::startsWith);
  }
}
