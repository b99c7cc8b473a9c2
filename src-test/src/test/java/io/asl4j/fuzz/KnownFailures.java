package io.asl4j.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The failures the fuzzer knows and that are still to be fixed, from {@code
 * /fuzz/known-failures.tsv}: one line per failure and cause, {@code property <TAB> signature <TAB>
 * reproducer <TAB> note}, where the reproducer is a {@link Template} and the note names the item
 * of the issue that covers it. Causes may share a signature (a stack overflow is one signature
 * per call, wherever it happens), each with its own reproducer. A known failure does not fail the
 * fuzz run; {@code KnownFailuresTest} replays each reproducer and fails once it passes, so that
 * its line is deleted with the fix and the list only shrinks.
 */
final class KnownFailures {

  /** Where the list lives on the test class path. */
  static final String RESOURCE = "/fuzz/known-failures.tsv";

  /**
   * One known failure.
   *
   * @param line its line in the file
   * @param property the property's key, e.g. {@code validator}
   * @param signature the failure's signature
   * @param reproducer a small input that fails so, as a {@link Template}
   * @param note e.g. {@code issue 12 item 1}
   */
  record Entry(int line, String property, String signature, String reproducer, String note) {}

  private final List<Entry> entries;
  private final Set<String> keys = new HashSet<>();

  private KnownFailures(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      keys.add(e.property() + '\t' + e.signature());
    }
  }

  /**
   * Loads the list.
   *
   * @return the known failures
   * @throws IllegalStateException if a line is malformed
   */
  static KnownFailures load() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = KnownFailures.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected 4 columns"
              + " (property, signature, reproducer, note), found " + cols.length);
        }
        Property.byId(cols[0]);
        out.add(new Entry(i + 1, cols[0], cols[1], cols[2], cols[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KnownFailures(out);
  }

  /** Every entry, in file order. */
  List<Entry> entries() {
    return entries;
  }

  /**
   * Whether a failure is known.
   *
   * @param property the property
   * @param signature the failure's signature
   * @return {@code true} if the list has it
   */
  boolean contains(Property property, String signature) {
    return keys.contains(property.id() + '\t' + signature);
  }

  /**
   * The notes of the lines for a failure, e.g. {@code issue 12 item 1; issue 12 item 5}.
   *
   * @param property the property
   * @param signature the failure's signature
   * @return the notes, distinct, in file order; empty if the failure is not known
   */
  String notes(Property property, String signature) {
    return entries.stream().filter(e -> e.property().equals(property.id())
        && e.signature().equals(signature)).map(Entry::note).distinct()
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
