package app.chidi.e2e.channel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages, printed beside every figure: the runs share their cores. */
final class MachineLoad {

  private MachineLoad() {}

  /** E.g. {@code load 3.10 2.85 2.40 (2 cores)}. */
  static String now() {
    try {
      String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load "
          + averages[0]
          + " "
          + averages[1]
          + " "
          + averages[2]
          + " ("
          + Runtime.getRuntime().availableProcessors()
          + " cores)";
    } catch (IOException e) {
      return "load unknown";
    }
  }
}
