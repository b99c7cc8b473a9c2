package io.asl4j.validation;

import io.asl4j.syntax.IntrinsicNode;
import io.asl4j.syntax.IntrinsicNode.BooleanLiteral;
import io.asl4j.syntax.IntrinsicNode.Call;
import io.asl4j.syntax.IntrinsicNode.NumberLiteral;
import io.asl4j.syntax.IntrinsicNode.PathReference;
import io.asl4j.syntax.IntrinsicNode.StringLiteral;
import io.asl4j.syntax.InputLimits;
import io.asl4j.syntax.IntrinsicParser;
import io.asl4j.syntax.IntrinsicSyntaxException;
import io.asl4j.syntax.JsonPathSyntax;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Checks an intrinsic function call ({@code States.Format('{}', $.x)}), parsed by
 * {@link IntrinsicParser}: the function name, the number of arguments, the literal arguments a
 * function constrains, the paths in arguments, and the nesting depth (at most 10 calls in one
 * field).
 */
final class IntrinsicSyntax implements Consumer<IntrinsicNode> {

  /** Minimum and maximum argument counts; -1 for no maximum. */
  private static final Map<String, int[]> ARITY = Map.ofEntries(
      Map.entry("Format", new int[] {1, -1}), Map.entry("StringToJson", new int[] {1, 1}),
      Map.entry("JsonToString", new int[] {1, 1}), Map.entry("Array", new int[] {0, -1}),
      Map.entry("ArrayPartition", new int[] {2, 2}), Map.entry("ArrayContains", new int[] {2, 2}),
      Map.entry("ArrayRange", new int[] {3, 3}), Map.entry("ArrayGetItem", new int[] {2, 2}),
      Map.entry("ArrayLength", new int[] {1, 1}), Map.entry("ArrayUnique", new int[] {1, 1}),
      Map.entry("Base64Encode", new int[] {1, 1}), Map.entry("Base64Decode", new int[] {1, 1}),
      Map.entry("Hash", new int[] {2, 2}), Map.entry("JsonMerge", new int[] {3, 3}),
      Map.entry("MathRandom", new int[] {2, 3}), Map.entry("MathAdd", new int[] {2, 2}),
      Map.entry("StringSplit", new int[] {2, 2}), Map.entry("UUID", new int[] {0, 0}));

  /**
   * The kind each argument must have, by position ({@code S} string, {@code N} number, {@code A}
   * array, {@code O} object, {@code *} anything; positions past the end take anything), after the
   * kind each function returns: Step Functions refuses a literal of the wrong kind, as in
   * {@code States.MathAdd(1, '-1')}. (Calls and paths are not checked: their values are known at
   * run time.)
   */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("Format", "SS"), Map.entry("StringToJson", "*S"), Map.entry("JsonToString", "S*"),
      Map.entry("Array", "A"), Map.entry("ArrayPartition", "AAN"),
      Map.entry("ArrayContains", "BA*"), Map.entry("ArrayRange", "ANNN"),
      Map.entry("ArrayGetItem", "*AN"), Map.entry("ArrayLength", "NA"),
      Map.entry("ArrayUnique", "AA"), Map.entry("Base64Encode", "SS"),
      Map.entry("Base64Decode", "SS"), Map.entry("Hash", "S*S"), Map.entry("JsonMerge", "OOO*"),
      Map.entry("MathRandom", "NNNN"), Map.entry("MathAdd", "NNN"),
      Map.entry("StringSplit", "ASS"), Map.entry("UUID", "S"));

  private static final List<String> HASHES =
      List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** Step Functions' limit on calls nested in one field. */
  private static final int MAX_NESTING = IntrinsicParser.STEP_FUNCTIONS_NESTING;

  /** A problem found, with the diagnostic code it maps to. */
  record Problem(String code, String message) {}

  private final List<Problem> problems = new ArrayList<>();
  /** The outermost call, once it is complete. */
  private Call outermost;

  private IntrinsicSyntax() {}

  /** The calls parsed so far, shared by every validation (they are immutable); bounded. */
  private static final Map<String, Object> PARSED = new ConcurrentHashMap<>();
  /** Stands for a text that does not parse (the map takes no nulls). */
  private static final Object UNPARSED = new Object();

  /** The parsed call, or null when the text does not parse (its problems are reported). */
  static Call parsed(String text) {
    Object call = PARSED.get(text);
    if (call == null) {
      try {
        call = IntrinsicParser.parse(text);
      } catch (IntrinsicSyntaxException e) {
        call = UNPARSED;
      }
      if (text.length() <= 1024) {
        if (PARSED.size() >= 20_000) {
          PARSED.clear();
        }
        PARSED.put(text, call);
      }
    }
    return call == UNPARSED ? null : (Call) call;
  }

  /** The problems found so far, by call text, shared by every validation; bounded. */
  private static final Map<String, List<Problem>> CHECKED = new ConcurrentHashMap<>();

  /** Checks a call; an empty list means valid. */
  static List<Problem> check(String text) {
    List<Problem> known = CHECKED.get(text);
    if (known == null) {
      known = List.copyOf(checkUncached(text));
      if (text.length() <= 1024) {
        if (CHECKED.size() >= 20_000) {
          CHECKED.clear();
        }
        CHECKED.put(text, known);
      }
    }
    return known;
  }

  private static List<Problem> checkUncached(String text) {
    IntrinsicSyntax checker = new IntrinsicSyntax();
    try {
      // each part is checked as soon as it is parsed, so the parts before a syntax error are too
      checker.nesting(IntrinsicParser.parse(text, checker));
    } catch (IntrinsicSyntaxException e) {
      if (e.tooDeep()) {
        checker.fail("INTRINSIC_NESTING", InputLimits.intrinsicTooDeep());
      } else {
        checker.fail("INVALID_INTRINSIC", e.problem());
        if (checker.outermost != null) {
          checker.nesting(checker.outermost); // only text after the call is wrong
        }
      }
    }
    return checker.problems;
  }

  /** The outermost function's name, e.g. {@code Format}, or null if the text is not a call. */
  static String functionName(String text) {
    return IntrinsicParser.functionName(text).orElse(null);
  }

  /** Checks a part of the call as soon as it is parsed. */
  @Override
  public void accept(IntrinsicNode node) {
    if (node instanceof PathReference p) {
      JsonPathSyntax.Result r = JsonPathSyntax.check(p.source());
      if (!r.valid()) {
        fail("INVALID_PATH", "argument \"" + p.source() + "\" is not a valid path: "
            + r.problem());
      }
    } else if (node instanceof Call call) {
      call(call);
      if (call.offset() == 0) {
        outermost = call;
      }
    }
  }

  private void nesting(Call call) {
    int depth = call.nesting();
    if (depth > MAX_NESTING) {
      fail("INTRINSIC_NESTING", "nests " + depth + " intrinsic calls; at most " + MAX_NESTING
          + " are allowed in one field");
    }
  }

  private void call(Call call) {
    String name = call.name();
    int count = call.arguments().size();
    int[] arity = ARITY.get(name);
    if (arity == null) {
      fail("UNKNOWN_INTRINSIC", "unknown intrinsic function States." + name + "; known: States."
          + String.join(", States.", new TreeSet<>(ARITY.keySet())));
    } else if (count < arity[0] || (arity[1] >= 0 && count > arity[1])) {
      String expected = arity[1] < 0 ? "at least " + arity[0]
          : arity[0] == arity[1] ? Integer.toString(arity[0]) : arity[0] + " or " + arity[1];
      fail("INTRINSIC_ARGUMENTS", "States." + name + " takes " + expected + " argument"
          + (expected.equals("1") ? "" : "s") + ", got " + count);
    } else if (types(name, call.arguments())) {
      literals(name, call.arguments());
    }
  }

  /** Checks the kinds of literal arguments. */
  private boolean types(String name, List<IntrinsicNode> args) {
    String kinds = TYPES.get(name);
    boolean fine = true;
    for (int i = 0; i < args.size() && i + 1 < kinds.length(); i++) {
      char wanted = kinds.charAt(i + 1);
      char found = kind(args.get(i));
      if (wanted != '*' && found != '*' && found != wanted) {
        fine = false;
        fail("INTRINSIC_ARGUMENTS", "argument " + (i + 1) + " of States." + name + " must be "
            + kindName(wanted) + ", got " + describe(args.get(i), found));
      }
    }
    return fine;
  }

  /** The kind of a literal argument, or {@code *} for a path or call. */
  private static char kind(IntrinsicNode node) {
    if (node instanceof StringLiteral) {
      return 'S';
    } else if (node instanceof NumberLiteral) {
      return 'N';
    } else if (node instanceof BooleanLiteral) {
      return 'B';
    } else if (node instanceof IntrinsicNode.NullLiteral) {
      return 'Z';
    }
    return '*';
  }

  private static String kindName(char kind) {
    return switch (kind) {
      case 'S' -> "a string";
      case 'N' -> "a number";
      case 'A' -> "an array";
      case 'O' -> "an object";
      case 'B' -> "a boolean";
      default -> "null";
    };
  }

  private static String describe(IntrinsicNode node, char kind) {
    return kind == 'S' ? "the string " + node.source() : kind == 'N' ? "the number "
        + node.source() : node.source();
  }

  /** Checks the literal arguments a function constrains; paths and calls are known at run time. */
  private void literals(String name, List<IntrinsicNode> args) {
    switch (name) {
      case "Format" -> {
        if (args.get(0) instanceof StringLiteral template) {
          String raw = quoted(template);
          int slots = 0;
          for (int k = raw.indexOf("{}"); k >= 0; k = raw.indexOf("{}", k + 2)) {
            if (k == 0 || raw.charAt(k - 1) != '\\') {
              slots++;
            }
          }
          if (slots != args.size() - 1) {
            fail("INTRINSIC_ARGUMENTS", "the States.Format template has " + slots + " {}"
                + " placeholder" + (slots == 1 ? "" : "s") + " for " + (args.size() - 1)
                + " value" + (args.size() == 2 ? "" : "s") + "; they must match");
          }
        }
      }
      case "Hash" -> {
        if (args.get(1) instanceof StringLiteral algorithm
            && !HASHES.contains(quoted(algorithm))) {
          fail("INTRINSIC_ARGUMENTS", "States.Hash does not know the algorithm '"
              + quoted(algorithm) + "'; use one of " + String.join(", ", HASHES));
        }
      }
      case "JsonMerge" -> {
        IntrinsicNode deep = args.get(2);
        boolean literal = deep instanceof StringLiteral || deep instanceof NumberLiteral
            || deep instanceof BooleanLiteral;
        if (literal && !(deep instanceof BooleanLiteral b && !b.value())) {
          fail("INTRINSIC_ARGUMENTS", "the third argument of States.JsonMerge must be false:"
              + " only shallow merges are supported");
        }
      }
      case "ArrayRange" -> {
        if (args.get(2) instanceof NumberLiteral step && step.value().signum() == 0) {
          fail("INTRINSIC_ARGUMENTS", "States.ArrayRange needs a step other than 0");
        } else if (args.get(0) instanceof NumberLiteral from
            && args.get(1) instanceof NumberLiteral to
            && args.get(2) instanceof NumberLiteral step
            && to.value().subtract(from.value()).divide(step.value(), RoundingMode.FLOOR)
                .longValue() >= 1000) {
          fail("INTRINSIC_ARGUMENTS", "States.ArrayRange makes at most 1000 elements");
        }
      }
      case "ArrayPartition" -> {
        if (args.get(1) instanceof NumberLiteral size
            && size.value().compareTo(BigDecimal.ONE) < 0) {
          fail("INTRINSIC_ARGUMENTS", "States.ArrayPartition needs a chunk size of at least 1");
        }
      }
      default -> {
        // the other functions take any value their types allow
      }
    }
  }

  /** A string literal as written between its quotes, escapes kept. */
  private static String quoted(StringLiteral s) {
    return s.source().substring(1, s.source().length() - 1);
  }

  private void fail(String code, String message) {
    problems.add(new Problem(code, message));
  }
}
