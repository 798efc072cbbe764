package app.chidi.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Copies a child process's output, line by line, to a log file and — only the lines worth
 * interrupting someone for (errors) — to the console with a prefix; keeps the last lines so a
 * failed start can say why without sending anyone to the log, and notes which marker lines (such as
 * "ready" or "failed") have gone by.
 */
final class ProcessOutput implements Runnable {

  private static final int KEPT_LINES = 40;
  private static final Pattern ERROR = Pattern.compile("SEVERE");

  private final Process process;
  private final Path log;
  private final String prefix;
  private final List<Pattern> markers;
  private final Set<Pattern> seen = ConcurrentHashMap.newKeySet();
  private final Deque<String> lastLines = new ArrayDeque<>();
  private Thread thread;

  private ProcessOutput(Process process, Path log, String prefix, List<Pattern> markers) {
    this.process = process;
    this.log = log;
    this.prefix = prefix;
    this.markers = markers;
  }

  /** Starts copying on a daemon thread; it ends when the process closes its output. */
  static ProcessOutput follow(Process process, Path log, String prefix, List<Pattern> markers) {
    ProcessOutput output = new ProcessOutput(process, log, prefix, markers);
    output.thread = new Thread(output, "output of " + prefix.strip());
    output.thread.setDaemon(true);
    output.thread.start();
    return output;
  }

  /** Waits, at most 10 s, until the process's last line is in the log. */
  void awaitEnd() throws InterruptedException {
    thread.join(10_000);
  }

  /** True once a line matching {@code marker} (one of those given to follow) was printed. */
  boolean hasPrinted(Pattern marker) {
    return seen.contains(marker);
  }

  /** The most recent lines, oldest first. */
  synchronized List<String> lastLines() {
    return new ArrayList<>(lastLines);
  }

  @Override
  public void run() {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line + System.lineSeparator());
        out.flush(); // so the log can be read while the server runs
        if (ERROR.matcher(line).find()) {
          System.out.println(prefix + line);
        }
        keep(line);
        for (Pattern marker : markers) {
          if (marker.matcher(line).find()) {
            seen.add(marker);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Lost the output of " + prefix.strip(), e);
    }
  }

  private synchronized void keep(String line) {
    lastLines.addLast(line);
    if (lastLines.size() > KEPT_LINES) {
      lastLines.removeFirst();
    }
  }
}
