package io.asl4j.samples;

import io.asl4j.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes every sample's ASL to {@code <dir>/<sample-name>.asl.json}; the samples build runs it at
 * {@code package} time into {@code samples/target/asl}.
 */
public final class WriteSamples {

  private WriteSamples() {}

  /**
   * Writes the samples.
   *
   * @param args the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WriteSamples OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (Map.Entry<String, Supplier<Workflow>> e : Samples.all().entrySet()) {
      Path file = dir.resolve(e.getKey() + ".asl.json");
      Files.writeString(file, e.getValue().get().toJson() + "\n", StandardCharsets.UTF_8);
      System.out.println("wrote " + file);
    }
  }
}
