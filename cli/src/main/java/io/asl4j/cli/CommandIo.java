package io.asl4j.cli;

import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.syntax.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every command does the same way: read a file or standard input, write a file, and say what
 * went wrong in the tool's one wording, {@code asl4j COMMAND: FILE:LINE:COL: message}.
 *
 * <p>Writing keeps files whole and keeps what they are:
 * <ul>
 *   <li>{@link #write} (for {@code -o}) writes a temporary file beside the target and renames it
 *       over the target, so an interrupted run never leaves half a file. A new file gets the
 *       ordinary mode that the umask gives (0644 under umask 022); a file it replaces keeps its
 *       permissions.
 *   <li>{@link #rewrite} (for {@code format -i}) keeps the file itself: its inode, owner, group,
 *       mode, hard links, and a symbolic link stays a link to the file it names. It first writes
 *       the new text to a temporary file beside the real file and forces it to disk, then
 *       overwrites the original's content and deletes the temporary file; if overwriting fails,
 *       the temporary file is kept and named. A read-only file (a mode without write bits) is
 *       refused, even for a user who could write it anyway.
 * </ul>
 */
final class CommandIo {

  private final String command;
  private final Console console;
  /** Whether output and errors are kept in memory, for {@link #buffered()}. */
  private final boolean buffered;
  private ByteArrayOutputStream bufferedOut;
  private ByteArrayOutputStream bufferedErr;
  private PrintStream out;
  private PrintStream err;

  /**
   * Creates the helper for one command.
   *
   * @param command the command as messages name it, e.g. {@code asl4j format}
   * @param console where the command reads and writes
   */
  CommandIo(String command, Console console) {
    this(command, console, false);
  }

  private CommandIo(String command, Console console, boolean buffered) {
    this.command = command;
    this.console = console;
    this.buffered = buffered;
  }

  /**
   * Returns a helper like this one that keeps what it prints in memory until
   * {@link #drainTo(CommandIo)}: for files handled on other threads, whose output must still come
   * out in the order of the command line.
   */
  CommandIo buffered() {
    return new CommandIo(command, console, true);
  }

  /** Prints what a {@link #buffered()} helper kept to this helper's streams. */
  void drainTo(CommandIo target) {
    if (bufferedOut != null) {
      out.flush();
      target.out().write(bufferedOut.toByteArray(), 0, bufferedOut.size());
    }
    if (bufferedErr != null) {
      err.flush();
      target.err().write(bufferedErr.toByteArray(), 0, bufferedErr.size());
      target.err().flush();
    }
  }

  /** Standard output (made on first use when buffered: most files print nothing). */
  PrintStream out() {
    if (out == null) {
      if (buffered) {
        bufferedOut = new ByteArrayOutputStream();
        out = new PrintStream(bufferedOut, false, StandardCharsets.UTF_8);
      } else {
        out = console.out();
      }
    }
    return out;
  }

  private PrintStream err() {
    if (err == null) {
      if (buffered) {
        bufferedErr = new ByteArrayOutputStream();
        err = new PrintStream(bufferedErr, false, StandardCharsets.UTF_8);
      } else {
        err = console.err();
      }
    }
    return err;
  }

  /** The directory relative file names resolve against. */
  Path cwd() {
    return console.cwd();
  }

  /**
   * The files as the user named them: picocli parses FILE arguments as paths (so that shell
   * completion offers file names), the commands read and report them as given.
   */
  static List<String> names(List<Path> files) {
    List<String> names = new ArrayList<>(files.size());
    for (Path f : files) {
      names.add(f.toString());
    }
    return names;
  }

  /** The name a file goes by in messages: {@code <stdin>} for {@code -}. */
  static String label(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }

  /** Prints {@code asl4j COMMAND: message}. */
  void error(String message) {
    err().println(command + ": " + message);
  }

  /** Prints {@code asl4j COMMAND: FILE: message}. */
  void error(String file, String message) {
    error(file + ": " + message);
  }

  /** Prints {@code asl4j COMMAND: FILE:LINE:COL: message}. */
  void error(String file, int line, int column, String message) {
    error(file + ":" + line + ":" + column + ": " + message);
  }

  /** Prints every problem of a definition that does not read, one line each. */
  void problems(String file, AslReadException e) {
    for (AslReadException.Problem p : e.problems()) {
      // Problem's own form is LINE:COL: POINTER: message
      error(file + ":" + p);
    }
  }

  /**
   * Reads a file ({@code -} is standard input), or says why not. It is read in chunks and no
   * further than {@link InputLimits#MAX_INPUT_BYTES}, so that an endless input ({@code /dev/zero},
   * a stream that never ends) is refused promptly instead of exhausting memory.
   *
   * @param name the file as given on the command line
   * @return the bytes, or null after printing {@code FILE: no such file},
   *     {@code FILE: cannot read: ...} or
   *     {@code FILE:LINE:COL: the input is larger than 32 MiB ...}
   */
  byte[] read(String name) {
    if (name.equals("-")) {
      return read(name, console.in());
    }
    try (InputStream in = Files.newInputStream(console.cwd().resolve(name))) {
      return read(name, in);
    } catch (NoSuchFileException e) {
      error(label(name), "no such file");
    } catch (IOException e) {
      error(label(name), "cannot read: " + describe(e));
    }
    return null;
  }

  private byte[] read(String name, InputStream in) {
    try {
      return AslReader.readBytes(in);
    } catch (AslReadException tooLarge) {
      problems(label(name), tooLarge);
    } catch (IOException e) {
      error(label(name), "cannot read: " + describe(e));
    }
    return null;
  }

  /**
   * Creates a directory and its parents, or says why not.
   *
   * @param dir the directory as the user named it (relative to the working directory)
   * @return whether the directory now exists
   */
  boolean createDirectories(Path dir) {
    try {
      Files.createDirectories(console.cwd().resolve(dir));
      return true;
    } catch (IOException e) {
      error(dir.toString(), "cannot create directory: " + describe(e));
      return false;
    }
  }

  /**
   * Writes a file whole or not at all: through a temporary file beside it and a rename. A new file
   * gets the mode the umask gives; a file it replaces keeps its permissions.
   *
   * @param file the file as the user would name it (relative to the working directory)
   * @param content the bytes
   * @return {@link Main#OK}, or {@link Main#USAGE_OR_IO} after printing why
   */
  int write(Path file, byte[] content) {
    Path target = console.cwd().resolve(file);
    Path tmp = null;
    try {
      Set<PosixFilePermission> kept = permissions(target);
      tmp = createTemporary(target.toAbsolutePath(), kept);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        writeFully(ch, content);
      }
      if (kept != null) {
        Files.setPosixFilePermissions(tmp, kept); // exactly, whatever the umask took away
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return Main.OK;
    } catch (IOException e) {
      error(file.toString(), "cannot write: " + describe(e));
      deleteQuietly(tmp);
      return Main.USAGE_OR_IO;
    }
  }

  /**
   * Replaces a file's content in place, keeping the file itself: inode, owner, group, mode, hard
   * links; through a symbolic link, the file it names is rewritten and the link stays.
   *
   * <p>Not atomic for a concurrent reader (who may see the file shrink and grow back), but never
   * lossy: the new text is first written to a temporary file beside the real file and forced to
   * disk; only then is the original overwritten. If that fails part-way, the temporary file is
   * kept and the message names it. A directory that refuses the temporary file (read-only, say)
   * gets the overwrite alone. A file nobody may write (mode {@code r--r--r--}) is refused with
   * {@code cannot write: permission denied}, as it is for a user without the right, also when
   * this user is privileged enough to write it anyway.
   *
   * @param file the file as the user named it (relative to the working directory)
   * @param content the new bytes
   * @return {@link Main#OK}, or {@link Main#USAGE_OR_IO} after printing why
   */
  int rewrite(Path file, byte[] content) {
    Path real;
    Path tmp = null;
    try {
      real = console.cwd().resolve(file).toRealPath();
      if (readOnly(real)) {
        error(file.toString(), "cannot write: permission denied");
        return Main.USAGE_OR_IO;
      }
      try {
        tmp = createTemporary(real, permissions(real));
      } catch (IOException e) {
        tmp = null; // no safety copy possible here; the overwrite below still keeps the file
      }
      if (tmp != null) {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          writeFully(ch, content);
          ch.force(true);
        }
      }
    } catch (IOException e) {
      // nothing is touched yet: a disk too full for the copy would not take the overwrite either
      error(file.toString(), "cannot write: " + describe(e));
      deleteQuietly(tmp);
      return Main.USAGE_OR_IO;
    }
    // opening for writing fails before truncating when the file is not writable (a race)
    try (FileChannel ch = FileChannel.open(real, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      writeFully(ch, content);
      ch.force(true);
    } catch (IOException e) {
      boolean touched = !(e instanceof AccessDeniedException);
      if (tmp != null && touched) {
        error(file.toString(), "cannot write: " + describe(e) + "; the formatted text is in "
            + tmp);
      } else {
        error(file.toString(), "cannot write: " + describe(e));
        deleteQuietly(tmp);
      }
      return Main.USAGE_OR_IO;
    }
    deleteQuietly(tmp);
    return Main.OK;
  }

  /** An I/O failure in a few words, without the file name the message already gives. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /**
   * Whether a file is not to be rewritten: this user may not write it, or it allows no one to
   * (a mode without write bits), which a privileged user could override but should not: a
   * read-only file says "leave me alone", and {@code -i} answers as the system would answer
   * anyone else.
   */
  private static boolean readOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    Set<PosixFilePermission> mode = permissions(file);
    return mode != null && !mode.contains(PosixFilePermission.OWNER_WRITE)
        && !mode.contains(PosixFilePermission.GROUP_WRITE)
        && !mode.contains(PosixFilePermission.OTHERS_WRITE);
  }

  /** The file's POSIX permissions, or null when it does not exist or has none. */
  private static Set<PosixFilePermission> permissions(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.getPosixFilePermissions(file) : null;
    } catch (UnsupportedOperationException | IOException e) {
      return null;
    }
  }

  /**
   * Creates an empty file beside {@code target}, named after it, with the given permissions (the
   * umask may take some away, never add) or else the mode the umask gives, unlike
   * {@code Files.createTempFile}, which always makes 0600.
   */
  private static Path createTemporary(Path target, Set<PosixFilePermission> permissions)
      throws IOException {
    Path dir = target.getParent();
    String base = "." + target.getFileName() + ".asl4j-";
    FileAttribute<?>[] attributes = permissions == null || !posix(dir) ? new FileAttribute<?>[0]
        : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(base + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp, attributes);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void writeFully(FileChannel ch, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      ch.write(buffer);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the write already failed or succeeded; that is what the user needs to hear about
    }
  }
}
