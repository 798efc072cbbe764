package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

  @TempDir Path data;

  @Test
  void letsOneLauncherUseADataDirectoryAtATime() throws Exception {
    DataDirectoryLock first = DataDirectoryLock.acquire(data);
    try {
      assertThrows(IllegalStateException.class, () -> DataDirectoryLock.acquire(data));
    } finally {
      first.close();
    }
    DataDirectoryLock.acquire(data).close();
  }
}
