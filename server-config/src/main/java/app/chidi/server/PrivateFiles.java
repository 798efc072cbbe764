package app.chidi.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that hold secrets (passwords, keys, command files with passwords) so that only the
 * owner can read them. The mode is set when the file is created, not afterwards, so the content is
 * never readable by others, not even for a moment.
 */
final class PrivateFiles {

  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private PrivateFiles() {}

  /** Creates the directory (owner-only when new) and its missing parents. */
  static Path createDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory.toAbsolutePath().getParent());
      Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
    }
    return directory;
  }

  /** Replaces the file's content, creating it with mode 600 if needed. */
  static Path write(Path file, String content) throws IOException {
    createDirectory(file.toAbsolutePath().getParent());
    if (Files.exists(file)) {
      Files.setPosixFilePermissions(file, OWNER_FILE);
    } else {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
    }
    Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    return file;
  }
}
