package io.asl4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What every command does the same way: read a file or standard input, write a file whole or not
 * at all, take an option's value, and say what went wrong in one line.
 */
final class CommandIo {

  private CommandIo() {}

  /** The name a file goes by in messages: {@code <stdin>} for {@code -}. */
  static String label(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }

  /**
   * Reads a file ({@code -} is standard input), or says why not.
   *
   * @return the bytes, or null after printing {@code LABEL: no such file} or
   *     {@code LABEL: cannot read: ...} to {@code err}
   */
  static byte[] read(String name, InputStream in, Path cwd, PrintStream err) {
    try {
      return name.equals("-") ? in.readAllBytes() : Files.readAllBytes(cwd.resolve(name));
    } catch (NoSuchFileException e) {
      err.println(label(name) + ": no such file");
    } catch (IOException e) {
      err.println(label(name) + ": cannot read: " + describe(e));
    }
    return null;
  }

  /**
   * Writes through a temporary file and a rename, so an interrupted run never leaves half a file.
   *
   * @return {@link Main#OK}, or {@link Main#USAGE_OR_IO} after printing why
   */
  static int write(Path target, byte[] content, String label, PrintStream err) {
    Path tmp = null;
    try {
      Path parent = target.toAbsolutePath().getParent();
      tmp = Files.createTempFile(parent, ".asl4j-", ".tmp");
      Files.write(tmp, content);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return Main.OK;
    } catch (IOException e) {
      err.println(label + ": cannot write " + target + ": " + describe(e));
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; that is what the user needs to hear about
        }
      }
      return Main.USAGE_OR_IO;
    }
  }

  /**
   * Returns the value after the option at {@code i}.
   *
   * @throws Main.UsageException {@code COMMAND: OPTION needs EXPECTED} when it is missing
   */
  static String value(String command, String[] args, int i, String expected) {
    if (i + 1 >= args.length) {
      throw new Main.UsageException(command + ": " + args[i] + " needs " + expected);
    }
    return args[i + 1];
  }

  /** An I/O failure in a few words: its type and message. */
  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
