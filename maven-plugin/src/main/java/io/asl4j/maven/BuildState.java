package io.asl4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a goal made in its last run, so that the next run redoes only what changed: for each input
 * (a definition's relative path, a workflow) the SHA-256 of its content and the files made from it
 * with theirs, plus one hash of the goal's options. Content hashes rather than timestamps: a
 * checkout or a copy that touches a file without changing it redoes nothing.
 *
 * <p>An input is up to date when its content hash is the recorded one, the options are the same,
 * and every file made from it is still there unchanged (a hand-edited or deleted output is made
 * again). Files made by the last run from inputs that are gone are {@link #staleOutputs() stale}:
 * the goal deletes them, so a removed definition does not leave its class behind.
 *
 * <p>The state is a small text file under {@code target/maven-status}, as the compiler plugin
 * keeps its own; {@code mvn clean} removes it, and an unreadable or foreign file is ignored.
 */
final class BuildState {

  private static final String HEADER = "asl4j-maven-plugin state 1";

  /** An input's content hash and the outputs made from it (relative path to content hash). */
  private record Entry(String hash, Map<String, String> outputs) {}

  private final Path file;
  private final Path outputRoot;
  private final String optionsHash;
  private final boolean sameOptions;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new TreeMap<>();

  private BuildState(Path file, Path outputRoot, String options, boolean sameOptions,
      Map<String, Entry> previous) {
    this.file = file;
    this.outputRoot = outputRoot;
    this.optionsHash = options;
    this.sameOptions = sameOptions;
    this.previous = previous;
  }

  /**
   * Reads the state of the last run.
   *
   * @param file the state file; a missing or unreadable one means a first run
   * @param outputRoot the directory the recorded outputs are relative to
   * @param options everything besides the inputs that shapes the outputs (the plugin's version,
   *     the package name, ...), as text; when it differs from the last run's, nothing is up to date
   * @return the state
   */
  static BuildState load(Path file, Path outputRoot, String options) {
    String optionsHash = sha256(options.getBytes(StandardCharsets.UTF_8));
    Map<String, Entry> previous = new TreeMap<>();
    boolean same = false;
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() >= 2 && lines.get(0).equals(HEADER)
          && lines.get(1).startsWith("options\t")) {
        same = lines.get(1).substring("options\t".length()).equals(optionsHash);
        for (String line : lines.subList(2, lines.size())) {
          String[] fields = line.split("\t", -1);
          if (fields.length < 2 || fields.length % 2 != 0) {
            return new BuildState(file, outputRoot, optionsHash, false, new TreeMap<>());
          }
          Map<String, String> outputs = new LinkedHashMap<>();
          for (int i = 2; i < fields.length; i += 2) {
            outputs.put(fields[i], fields[i + 1]);
          }
          previous.put(fields[0], new Entry(fields[1], outputs));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no state, or not ours: a first run
      previous.clear();
      same = false;
    }
    return new BuildState(file, outputRoot, optionsHash, same, previous);
  }

  /**
   * Whether the options are those of the last run.
   *
   * @return {@code false} on a first run or after a change of options
   */
  boolean sameOptions() {
    return sameOptions;
  }

  /**
   * Whether an input needs no work: same options, same content, outputs unchanged. An input found
   * up to date is recorded again as it was.
   *
   * @param input the input's key, e.g. its relative path
   * @param hash the input's content hash ({@link #sha256(byte[])})
   * @return whether the last run's outputs stand
   */
  boolean upToDate(String input, String hash) {
    Entry entry = previous.get(input);
    if (!sameOptions || entry == null || !entry.hash().equals(hash)) {
      return false;
    }
    for (Map.Entry<String, String> output : entry.outputs().entrySet()) {
      try {
        if (!sha256(Files.readAllBytes(outputRoot.resolve(output.getKey())))
            .equals(output.getValue())) {
          return false;
        }
      } catch (IOException e) {
        return false; // gone or unreadable: make it again
      }
    }
    current.put(input, entry);
    return true;
  }

  /**
   * Records what this run made from an input.
   *
   * @param input the input's key
   * @param hash the input's content hash
   * @param outputs each output's path relative to the output root, to its content
   */
  void record(String input, String hash, Map<String, byte[]> outputs) {
    Map<String, String> hashes = new LinkedHashMap<>();
    outputs.forEach((path, content) -> hashes.put(path, sha256(content)));
    current.put(input, new Entry(hash, hashes));
  }

  /**
   * The outputs of the last run that this run did not make or keep, relative to the output root:
   * those of inputs that are gone or now fail, or that changed their output's name.
   *
   * @return the stale outputs, sorted
   */
  Set<String> staleOutputs() {
    Set<String> stale = new TreeSet<>();
    previous.values().forEach(e -> stale.addAll(e.outputs().keySet()));
    current.values().forEach(e -> stale.removeAll(e.outputs().keySet()));
    return stale;
  }

  /**
   * Deletes the stale outputs.
   *
   * @return the deleted files, relative to the output root
   * @throws IOException if one cannot be deleted
   */
  List<String> deleteStaleOutputs() throws IOException {
    List<String> deleted = new ArrayList<>();
    for (String output : staleOutputs()) {
      if (Files.deleteIfExists(outputRoot.resolve(output))) {
        deleted.add(output);
      }
    }
    return deleted;
  }

  /**
   * Writes the state for the next run. Inputs or outputs whose names hold a tab or a line break
   * are left out (they are redone every time).
   *
   * @throws IOException if the state file cannot be written
   */
  void save() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n')
        .append("options\t").append(optionsHash).append('\n');
    for (Map.Entry<String, Entry> e : current.entrySet()) {
      StringBuilder line = new StringBuilder(e.getKey()).append('\t').append(e.getValue().hash());
      boolean plain = plain(e.getKey());
      for (Map.Entry<String, String> output : e.getValue().outputs().entrySet()) {
        plain &= plain(output.getKey());
        line.append('\t').append(output.getKey()).append('\t').append(output.getValue());
      }
      if (plain) {
        text.append(line).append('\n');
      }
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static boolean plain(String name) {
    return name.indexOf('\t') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0;
  }

  /**
   * The SHA-256 of some bytes, in hexadecimal.
   *
   * @param content the bytes
   * @return 64 hexadecimal digits
   */
  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
