package app.chidi.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second launcher off a data directory that one is already using. The operating system
 * releases the lock when the holder dies, so a launcher killed with {@code kill -9} leaves no stale
 * lock behind.
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;

  private DataDirectoryLock(FileChannel channel) {
    this.channel = channel;
  }

  /** Takes the lock or fails at once, naming the directory. */
  static DataDirectoryLock acquire(Path dataDir) throws IOException {
    Path file = PrivateFiles.createDirectory(dataDir).resolve("launcher.lock");
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) { // held by this very JVM
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("Another CHIDI launcher is using " + dataDir);
    }
    return new DataDirectoryLock(channel);
  }

  /** Releases the lock (closing the channel releases it). */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
