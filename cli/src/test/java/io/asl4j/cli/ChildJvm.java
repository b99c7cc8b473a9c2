package io.asl4j.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the tool in a fresh JVM, for what only a new process shows: class loading, the umask. */
final class ChildJvm {

  /** What the run printed, and its exit code. */
  record Result(int exitCode, String out, String err) {}

  private ChildJvm() {}

  /**
   * Runs {@code io.asl4j.cli.Main} on the test class path.
   *
   * @param dir the working directory
   * @param umask the umask to run under, e.g. {@code 022}, or null to inherit this one
   * @param jvmAndArgs JVM options (starting with {@code -X} or {@code -D}) and then the arguments
   */
  static Result run(Path dir, String umask, String... jvmAndArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (umask != null) {
      // exec: the shell sets the umask, then becomes the JVM
      command.addAll(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"", java));
    } else {
      command.add(java);
    }
    int i = 0;
    while (i < jvmAndArgs.length && jvmAndArgs[i].startsWith("-X")) {
      command.add(jvmAndArgs[i++]);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    for (; i < jvmAndArgs.length; i++) {
      command.add(jvmAndArgs[i]);
    }
    File errFile = File.createTempFile("asl4j-child-", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(errFile).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("the child JVM did not finish: " + command);
      }
      String err = Files.readString(errFile.toPath(), StandardCharsets.UTF_8);
      return new Result(p.exitValue(), out, err);
    } finally {
      errFile.delete();
    }
  }
}
