package io.asl4j.cli;

/**
 * A command-line mistake a command finds itself (options that cannot be combined, no input
 * files, ...): reported as {@code asl4j COMMAND: message} with a pointer to {@code --help}, exit
 * code 2.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the command line, e.g. {@code -i and -o cannot be combined}
   */
  UsageException(String message) {
    super(message, null, false, false);
  }
}
