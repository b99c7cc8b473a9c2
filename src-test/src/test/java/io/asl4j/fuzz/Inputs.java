package io.asl4j.fuzz;

import io.asl4j.conformance.Corpus;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the fuzzer's inputs: a corpus definition (the seeds, read from {@code ../shared/corpus})
 * changed by a few mutations. An input depends only on the random generator it is given, so the
 * run's seed and the input's number reproduce it.
 */
final class Inputs {

  /** What a property is fed. */
  enum Kind {
    /** Anything: byte-level, JSON and ASL mutations of valid and invalid definitions. */
    ANY,
    /** Mostly text that still reads: JSON and ASL mutations, a few byte-level ones. */
    TREE,
    /** Valid definitions under mutations that usually keep them valid. */
    KEEPING_VALIDITY
  }

  /**
   * One corpus definition.
   *
   * @param name its path relative to the corpus, e.g. {@code valid/localstack/x.json}
   * @param bytes its content
   * @param text its content as text
   * @param valid whether it is below {@code valid/}
   */
  record Seed(String name, byte[] bytes, String text, boolean valid) {}

  /**
   * An input.
   *
   * @param bytes the bytes to check
   * @param seed the corpus file it came from
   * @param mutations what was done to it
   */
  record Input(byte[] bytes, String seed, List<String> mutations) {

    /** Describes where the input came from, for a report. */
    String origin() {
      return seed + (mutations.isEmpty() ? " (unchanged)" : ": " + String.join("; ", mutations));
    }
  }

  private final List<Seed> all;
  private final List<Seed> valid = new ArrayList<>();
  private List<Seed> validating;

  private Inputs(List<Seed> seeds) {
    this.all = seeds;
    for (Seed s : seeds) {
      if (s.valid()) {
        valid.add(s);
      }
    }
  }

  /**
   * Loads every definition of the corpus (fails on CI, skips elsewhere, when it is missing).
   *
   * @return the inputs
   */
  static Inputs fromCorpus() {
    List<Seed> seeds = new ArrayList<>();
    for (String folder : List.of("valid", "invalid")) {
      for (Path p : Corpus.definitions(folder)) {
        try {
          byte[] b = Files.readAllBytes(p);
          seeds.add(new Seed(Corpus.name(p).replace('\\', '/'), b,
              new String(b, StandardCharsets.UTF_8), folder.equals("valid")));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new Inputs(seeds);
  }

  /** How many definitions the inputs come from. */
  int seeds() {
    return all.size();
  }

  /** The valid definitions that the validator passes, computed once. */
  private synchronized List<Seed> validating() {
    if (validating == null) {
      validating = new ArrayList<>();
      for (Seed s : valid) {
        try {
          if (Validator.isValid(Validator.create().validate(s.text()))) {
            validating.add(s);
          }
        } catch (RuntimeException | StackOverflowError e) {
          // a seed the validator cannot check is no seed for a valid input
        }
      }
    }
    return validating;
  }

  /**
   * Makes an input.
   *
   * @param r the randomness (one generator per input, from the run's seed and the input's number)
   * @param kind what the property is fed
   * @return the input
   */
  Input next(SplittableRandom r, Kind kind) {
    Seed seed = switch (kind) {
      case ANY -> Mutations.pick(r, all);
      case TREE -> r.nextInt(100) < 85 ? Mutations.pick(r, valid) : Mutations.pick(r, all);
      case KEEPING_VALIDITY -> Mutations.pick(r, validating());
    };
    List<String> what = new ArrayList<>();
    int mode = kind == Kind.ANY ? r.nextInt(10) : 0;
    boolean tree = mode <= 5 || mode >= 8;
    boolean bytes = mode >= 4 || (kind == Kind.TREE && r.nextInt(10) == 0);
    byte[] out = seed.bytes();
    if (tree) {
      JsonTree.Node root = JsonTree.parse(seed.text());
      if (root instanceof JsonTree.Obj o) {
        int n = kind == Kind.KEEPING_VALIDITY ? 1 + r.nextInt(2) : 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          Mutations.TreeMutation m = switch (kind) {
            case KEEPING_VALIDITY -> Mutations.pick(r, Mutations.KEEPING_VALIDITY);
            default -> r.nextInt(10) < 6 ? Mutations.pick(r, Mutations.ASL)
                : Mutations.pick(r, Mutations.JSON);
          };
          String did;
          try {
            did = m.apply(r, o);
          } catch (RuntimeException e) {
            // a mutation is best effort: one that trips over an odd tree is left out
            did = "(a mutation failed: " + e + ")";
          }
          if (did != null) {
            what.add(did);
          }
        }
        out = JsonTree.write(o, r.nextInt(3) != 0).getBytes(StandardCharsets.UTF_8);
      } else {
        bytes = kind != Kind.KEEPING_VALIDITY;
      }
    }
    if (bytes) {
      int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
      for (int i = 0; i < n; i++) {
        out = Mutations.mutateBytes(r, out, what);
      }
    }
    return new Input(out, seed.name(), what);
  }
}
