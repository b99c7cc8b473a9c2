package io.asl4j.fuzz;

import io.asl4j.fuzz.JsonTree.Arr;
import io.asl4j.fuzz.JsonTree.Lit;
import io.asl4j.fuzz.JsonTree.Member;
import io.asl4j.fuzz.JsonTree.Node;
import io.asl4j.fuzz.JsonTree.Num;
import io.asl4j.fuzz.JsonTree.Obj;
import io.asl4j.fuzz.JsonTree.Raw;
import io.asl4j.fuzz.JsonTree.Slot;
import io.asl4j.fuzz.JsonTree.Str;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The ways the fuzzer changes a definition: at the byte level (bit flips, invalid UTF-8, byte
 * order marks, truncation), at the JSON level (duplicate names, deep nesting, odd numbers and
 * strings) and at the ASL level (state types, names and targets, fields, deep expressions, nested
 * Map and Parallel states). Each mutation returns a short description of what it did, or {@code
 * null} when it found nothing to work on.
 */
final class Mutations {

  private Mutations() {}

  /** A tree mutation: changes the tree in place and says what it did. */
  @FunctionalInterface
  interface TreeMutation {
    /**
     * Applies the mutation.
     *
     * @param r the randomness
     * @param root the definition
     * @return what was done, or {@code null} if nothing applied
     */
    String apply(SplittableRandom r, Obj root);
  }

  // ------------------------------------------------------------------ pools

  /** Numbers JSON allows that stress exact number text, ranges and conversions. */
  static final String[] ODD_NUMBERS = {"1e400", "-1e400", "1E+400", "1e-400", "-0", "-0.0", "0.0",
      "0e0", "1.0", "2.50", "123456789012345678901234567890", "-123456789012345678901234567890",
      "1234567890123456789012345678901234567890.5", "9007199254740993", "2147483648",
      "-2147483649", "9223372036854775808", "99999999", "100000000", "99999999.5", "4.9e-324",
      "1.7976931348623157e308", "0.1", "1e2", "100", "0", "-1", "1.0000000000000000000001",
      "1" + "0".repeat(999), "1" + "0".repeat(1000)};

  /** Number-like tokens JSON does not allow. */
  static final String[] NON_JSON_NUMBERS = {"NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.",
      "0x10", "1e", "-", "1_000", "- 1", "1e+", "--1"};

  /** String contents (as written between the quotes) that stress escaping and Unicode. */
  static final String[] ODD_STRINGS = {"\\u2028", "\u2028", "\\u2029", "\\ud800", "\\udc00",
      "\\ud800\\u0041", "\\udbff\\udfff", "\\u0000", "\\u001f", "\\\"", "*/", "/*", "$", "$$",
      "$.", "{}", "{{}}", "%s", "%n", "\\\\", "\\n", "\uD83D\uDE00", "\\ud83d\\ude00", "\u202e",
      "\uFEFF", "\\uffff", "\u00e9", "${x}", "{% %}", "{%%}", "' + x + '", "\\\\u0041", "\\t",
      "\\r", "$L", "$S", "$N", "$T", "\\b\\f", "\u0085", "\u00a0", "\\/", "<script>", "\"\"\"",
      "a\\u0000b", "\\uDFFF\\uD800"};

  /** State names: the 80-character limit, empty, and characters that need escaping. */
  static final String[] ODD_NAMES = {"", " ", "a".repeat(80), "a".repeat(81), "b".repeat(200),
      "a/b", "a~b", "~0", "x\\\"y", "*/ class X {", "class", "1", "$", "$.a", "\u00fc".repeat(80),
      "\u00fc".repeat(81), "\u65e5\u672c\u8a9e", "\\u2028", "\\ud800", "Next", "States", "a\\nb",
      "\\u0000", "\uD83D\uDE00".repeat(41), "Workflow", "steps", "State 1", "a.b", "{% x %}"};

  /** State types, real and not. */
  static final String[] TYPES = {"Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel",
      "Map", "Foo", "", "pass", "TASK"};

  /** Paths, valid and not. */
  static final String[] PATHS = {"$", "$.a", "$.a.b[0]", "$..a", "$[?(@.a > 1)]", "$['a b']",
      "$.a[-1:]", "$.a[*]", "$.", "$[", "$$", "$$.Execution.Id", "$$.Map.Item.Value", "a", "",
      "$.a.b.c.d.e.f", "$" + ".a".repeat(500), "$" + "[0]".repeat(500), "States.Array($.a)",
      "$[?(@.a==$.b)]", "$.a['b'][\\\"c\\\"]", "null", "$.a[0,1]", "$.a[(@.length-1)]"};

  /** Intrinsic calls, valid and not. */
  static final String[] INTRINSICS = {"States.Format('{} {}', $.a, $.b)", "States.StringToJson($.s)",
      "States.JsonToString($)", "States.Array(1, 'a', $.x)", "States.ArrayPartition($.a, 2)",
      "States.ArrayContains($.a, 1)", "States.ArrayRange(1, 9, 2)", "States.ArrayGetItem($.a, 0)",
      "States.ArrayLength($.a)", "States.ArrayUnique($.a)", "States.Base64Encode($.s)",
      "States.Base64Decode($.s)", "States.Hash($.s, 'SHA-1')", "States.JsonMerge($.a, $.b, false)",
      "States.MathRandom(1, 9)", "States.MathAdd($.n, 1)", "States.StringSplit($.s, ',')",
      "States.UUID()", "States.Format('\\\\'{}\\\\'', $.x)", "States.Foo()", "States.Array(",
      "States.Format('{}')", "States.MathAdd(1e400, -0)", "States.ArrayRange(1, 99999999999, 1)",
      "States.Format('{}', $$.Execution.Id)", "States.Array()", "States.MathAdd(1.5, 2)"};

  /** JSONata expressions, valid and not. */
  static final String[] JSONATA = {"{% $states.input.a %}", "{% 1 + %}", "{% %}", "{%%}",
      "{% $x := 1 %}", "{% $sum([1,2]) %}", "{% 'a' & \\\"b\\\" %}",
      "{% $states.context.Execution.Id %}", "{% (((1))) %}", "{% [1,2,3][0] %}", "{% $foo( %}",
      "{% $states.input.items[price > 10] %}", "{% {'a': 1} %}", "{% 1e400 %}", "{% -0 %}"};

  /** Resources, real and not. */
  static final String[] RESOURCES = {"arn:aws:states:::lambda:invoke",
      "arn:aws:lambda:us-east-1:123456789012:function:f",
      "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "arn:aws:states:::aws-sdk:s3:getObject",
      "arn:aws:states:::states:startExecution.sync:2", "${Fn}", "", "arn:aws:states:::http:invoke",
      "arn:aws:states:::glue:startJobRun.sync", "arn:aws:states:::dynamodb:getItem",
      "arn:aws:states:::ecs:runTask.sync",
      "arn:aws:states:us-east-1:123456789012:activity:a", "arn:aws:states:::bedrock:invokeModel",
      "arn:aws:states:::aws-sdk:mediapackagevod:listAssets", "arn:aws:states:::foo:bar"};

  /** Invalid or unusual UTF-8 byte sequences. */
  static final int[][] BAD_UTF8 = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF},
      {0xF0, 0x80, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80},
      {0xF5, 0x80, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFC, 0x84, 0x80, 0x80, 0x80, 0x80},
      {0xFE}, {0xFF}, {0x80}, {0xBF}, {0xC2}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC0, 0x80},
      {0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}};

  /** Depths for nested values and expressions: shallow, near known limits, and past them. */
  static final int[] DEPTHS = {2, 8, 64, 150, 199, 200, 201, 400, 800, 990, 995, 999, 1000, 1001,
      1500, 2000, 3000, 5000};

  /** Fields that hold payload templates (their strings are data). */
  static final Set<String> PAYLOAD_FIELDS = Set.of("Parameters", "Result", "ResultSelector",
      "ItemSelector", "Arguments", "Output", "Assign");

  // ------------------------------------------------------------------ helpers

  static <T> T pick(SplittableRandom r, T[] options) {
    return options[r.nextInt(options.length)];
  }

  static <T> T pick(SplittableRandom r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  static int depth(SplittableRandom r) {
    return DEPTHS[r.nextInt(DEPTHS.length)];
  }

  /** Every object holding a {@code States} object: the top level and every branch. */
  static List<Obj> machines(Obj root) {
    List<Obj> out = new ArrayList<>();
    if (root.get("States") instanceof Obj) {
      out.add(root);
    }
    for (Slot s : JsonTree.slots(root)) {
      if (s.get() instanceof Obj o && o.get("States") instanceof Obj) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The states of a machine, as members of its {@code States} object (the live list); empty if an
   * earlier change in the same mutation renamed that object away.
   */
  static List<Member> states(Obj machine) {
    return machine.get("States") instanceof Obj states ? states.members : new ArrayList<>();
  }

  /** A random state with an object body, or {@code null}. */
  static Member randomState(SplittableRandom r, Obj root) {
    List<Member> all = new ArrayList<>();
    for (Obj m : machines(root)) {
      for (Member s : states(m)) {
        if (s.value instanceof Obj) {
          all.add(s);
        }
      }
    }
    return all.isEmpty() ? null : pick(r, all);
  }

  /** A random state of one machine with an object body, with that machine, or {@code null}. */
  static Object[] randomStateWithMachine(SplittableRandom r, Obj root) {
    List<Obj> ms = machines(root);
    if (ms.isEmpty()) {
      return null;
    }
    Obj m = pick(r, ms);
    List<Member> ss = new ArrayList<>();
    for (Member s : states(m)) {
      if (s.value instanceof Obj) {
        ss.add(s);
      }
    }
    return ss.isEmpty() ? null : new Object[] {m, pick(r, ss)};
  }

  static String type(Member state) {
    return ((Obj) state.value).get("Type") instanceof Str s ? s.raw() : "";
  }

  /** A name of some state in the machine, or a made-up one. */
  static String someStateName(SplittableRandom r, Obj machine) {
    List<Member> ss = states(machine);
    return ss.isEmpty() || r.nextInt(8) == 0 ? "Nope" : pick(r, ss).key;
  }

  /** A string of about {@code utf8Bytes} bytes of UTF-8, from one of several alphabets. */
  static String longString(SplittableRandom r, int utf8Bytes) {
    String[] units = {"x", "\u00e9", "\u20ac", "\uD83D\uDE00", "ab\u00e9"};
    String unit = pick(r, units);
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    return unit.repeat(Math.max(1, utf8Bytes / unitBytes));
  }

  static int longLength(SplittableRandom r) {
    int[] lengths = {1_000, 65_533, 65_534, 65_535, 65_536, 65_537, 70_000, 131_072};
    return pick(r, box(lengths));
  }

  private static Integer[] box(int[] a) {
    Integer[] out = new Integer[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  /** A small payload template. */
  static Obj payload(SplittableRandom r) {
    Obj o = new Obj();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(7)) {
        case 0 -> o.members.add(new Member("p" + i + ".$", new Str(pick(r, PATHS))));
        case 1 -> o.members.add(new Member("i" + i + ".$", new Str(pick(r, INTRINSICS))));
        case 2 -> o.members.add(new Member("n" + i, new Num(pick(r, ODD_NUMBERS))));
        case 3 -> o.members.add(new Member("s" + i, new Str(pick(r, ODD_STRINGS))));
        case 4 -> {
          Arr a = new Arr();
          a.items.add(new Num("1"));
          a.items.add(new Str("x"));
          a.items.add(new Lit("null"));
          o.members.add(new Member("a" + i, a));
        }
        case 5 -> o.members.add(new Member("o" + i, r.nextBoolean() ? new Obj() : payloadLeaf()));
        default -> o.members.add(new Member("b" + i, new Lit(r.nextBoolean() ? "true" : "false")));
      }
    }
    return o;
  }

  private static Obj payloadLeaf() {
    Obj o = new Obj();
    o.members.add(new Member("k", new Str("v")));
    return o;
  }

  /** A value for a field name, plausible or not. */
  static Node fieldValue(SplittableRandom r, String field, Obj machine) {
    return switch (field) {
      case "Retry" -> {
        Arr a = new Arr();
        Obj retrier = new Obj();
        Arr errors = new Arr();
        errors.items.add(new Str(r.nextBoolean() ? "States.ALL" : "States.Timeout"));
        retrier.members.add(new Member("ErrorEquals", errors));
        for (String f : new String[] {"IntervalSeconds", "MaxAttempts", "BackoffRate",
            "MaxDelaySeconds"}) {
          if (r.nextBoolean()) {
            retrier.members.add(new Member(f, new Num(r.nextInt(3) == 0 ? pick(r, ODD_NUMBERS)
                : String.valueOf(1 + r.nextInt(5)))));
          }
        }
        if (r.nextInt(4) == 0) {
          retrier.members.add(new Member("JitterStrategy", new Str("FULL")));
        }
        a.items.add(retrier);
        yield a;
      }
      case "Catch" -> {
        Arr a = new Arr();
        Obj catcher = new Obj();
        Arr errors = new Arr();
        errors.items.add(new Str("States.ALL"));
        catcher.members.add(new Member("ErrorEquals", errors));
        catcher.members.add(new Member("Next", new Str(someStateName(r, machine))));
        if (r.nextBoolean()) {
          catcher.members.add(new Member("ResultPath", new Str(pick(r, PATHS))));
        }
        a.items.add(catcher);
        yield a;
      }
      case "TimeoutSeconds", "HeartbeatSeconds", "Seconds", "MaxConcurrency",
          "ToleratedFailurePercentage", "ToleratedFailureCount" ->
          new Num(r.nextBoolean() ? pick(r, ODD_NUMBERS) : String.valueOf(r.nextInt(100)));
      case "InputPath", "OutputPath", "ResultPath", "ItemsPath", "SecondsPath", "TimestampPath",
          "TimeoutSecondsPath", "HeartbeatSecondsPath", "ErrorPath", "CausePath" ->
          r.nextInt(8) == 0 ? new Lit("null") : new Str(pick(r, PATHS));
      case "Parameters", "ResultSelector", "ItemSelector", "Result" -> payload(r);
      case "Arguments", "Output", "Items" -> r.nextBoolean() ? new Str(pick(r, JSONATA)) : payload(r);
      case "Assign" -> {
        Obj o = new Obj();
        o.members.add(new Member("v", r.nextBoolean() ? new Str(pick(r, JSONATA))
            : new Num(pick(r, ODD_NUMBERS))));
        yield o;
      }
      case "QueryLanguage" -> new Str(pick(r, new String[] {"JSONata", "JSONPath", "Foo"}));
      case "Comment", "Error", "Cause" -> new Str(pick(r, ODD_STRINGS));
      case "Timestamp" -> new Str(r.nextBoolean() ? "2026-01-01T00:00:00Z" : pick(r, ODD_STRINGS));
      case "Next", "Default" -> new Str(someStateName(r, machine));
      case "End" -> new Lit(r.nextInt(4) == 0 ? "false" : "true");
      case "Resource" -> new Str(pick(r, RESOURCES));
      case "Credentials" -> {
        Obj o = new Obj();
        o.members.add(new Member("RoleArn", new Str("arn:aws:iam::123456789012:role/r")));
        yield o;
      }
      case "Condition" -> new Str(pick(r, JSONATA));
      default -> new Str(pick(r, ODD_STRINGS));
    };
  }

  /** Field names of states, for inserting and renaming. */
  static final String[] FIELDS = {"Retry", "Catch", "TimeoutSeconds", "HeartbeatSeconds",
      "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Result",
      "Arguments", "Output", "Assign", "QueryLanguage", "Comment", "Seconds", "SecondsPath",
      "Timestamp", "TimestampPath", "ItemsPath", "MaxConcurrency", "ToleratedFailurePercentage",
      "Items", "ItemSelector", "Error", "Cause", "ErrorPath", "CausePath", "Next", "End", "Default",
      "Resource", "Credentials", "Condition", "TimeoutSecondsPath", "Unknown", "Parameters.$",
      "Type"};

  // ------------------------------------------------------------------ nested text

  /** A value nested {@code depth} levels deep around {@code core}, as JSON text. */
  static String nestedJson(SplittableRandom r, int depth, String core) {
    int style = r.nextInt(3);
    StringBuilder sb = new StringBuilder(depth * 6 + core.length());
    for (int i = 0; i < depth; i++) {
      sb.append(style == 0 ? "[" : style == 1 ? "{\"a\":" : (i % 2 == 0 ? "[" : "{\"k\":"));
    }
    sb.append(core);
    for (int i = depth - 1; i >= 0; i--) {
      sb.append(style == 0 ? "]" : style == 1 ? "}" : (i % 2 == 0 ? "]" : "}"));
    }
    return sb.toString();
  }

  /** An intrinsic call nested {@code depth} levels deep (as written between JSON quotes). */
  static String nestedIntrinsic(SplittableRandom r, int depth) {
    return switch (r.nextInt(4)) {
      case 0 -> "States.Array(".repeat(depth) + "1" + ")".repeat(depth);
      case 1 -> "States.Format('{}', ".repeat(depth) + "'x'" + ")".repeat(depth);
      case 2 -> "States.MathAdd(".repeat(depth) + "1" + ", 1)".repeat(depth);
      default -> "States.JsonToString(".repeat(depth) + "$.a" + ")".repeat(depth);
    };
  }

  /** A JSONata expression nested {@code depth} levels deep (as written between JSON quotes). */
  static String nestedJsonata(SplittableRandom r, int depth) {
    String body = switch (r.nextInt(5)) {
      case 0 -> "(".repeat(depth) + "1" + ")".repeat(depth);
      case 1 -> "[".repeat(depth) + "1" + "]".repeat(depth);
      case 2 -> "$string(".repeat(depth) + "1" + ")".repeat(depth);
      case 3 -> "1+".repeat(depth) + "1";
      default -> "{\\\"a\\\":".repeat(depth) + "1" + "}".repeat(depth);
    };
    return "{% " + body + " %}";
  }

  /** A JSONPath nested {@code depth} levels deep in a filter. */
  static String nestedPath(int depth) {
    return "$[?(" + "(".repeat(depth) + "@.a" + ")".repeat(depth) + ")]";
  }

  /** A Choice rule nested {@code depth} levels deep. */
  static Node nestedRule(SplittableRandom r, int depth, boolean jsonata) {
    Obj leaf = new Obj();
    if (jsonata) {
      leaf.members.add(new Member("Condition", new Str("{% $states.input.x = 1 %}")));
      return leaf;
    }
    leaf.members.add(new Member("Variable", new Str("$.x")));
    leaf.members.add(new Member("StringEquals", new Str("a")));
    Node rule = leaf;
    for (int i = 0; i < depth; i++) {
      Obj o = new Obj();
      if (r.nextBoolean()) {
        o.members.add(new Member("Not", rule));
      } else {
        Arr a = new Arr();
        a.items.add(rule);
        a.items.add(leaf.copy());
        o.members.add(new Member(r.nextBoolean() ? "And" : "Or", a));
      }
      rule = o;
    }
    return rule;
  }

  // ------------------------------------------------------------------ JSON-level mutations

  /** JSON-structural mutations, anywhere in the tree. */
  static final TreeMutation[] JSON = {
      Mutations::duplicateName, Mutations::deepNesting, Mutations::oddNumber,
      Mutations::longStringAnywhere, Mutations::oddStringAnywhere, Mutations::changeType,
      Mutations::deleteValue, Mutations::nonJsonNumber, Mutations::longName};

  static String duplicateName(SplittableRandom r, Obj root) {
    List<Obj> objects = new ArrayList<>();
    objects.add(root);
    for (Slot s : JsonTree.slots(root)) {
      if (s.get() instanceof Obj o && !o.members.isEmpty()) {
        objects.add(o);
      }
    }
    Obj o = pick(r, objects);
    if (o.members.isEmpty()) {
      return null;
    }
    Member m = pick(r, o.members);
    Node value = r.nextBoolean() ? m.value.copy() : new Str("dup");
    o.members.add(r.nextInt(o.members.size() + 1), new Member(m.key, value));
    return "duplicate name \"" + m.key + "\"";
  }

  static String deepNesting(SplittableRandom r, Obj root) {
    List<Slot> slots = JsonTree.slots(root);
    if (slots.isEmpty()) {
      return null;
    }
    Slot s = pick(r, slots);
    int depth = depth(r);
    s.set(new Raw(nestedJson(r, depth, JsonTree.write(s.get(), false))));
    return "nest " + depth + " deep at " + s.key();
  }

  static String oddNumber(SplittableRandom r, Obj root) {
    List<Slot> numbers = new ArrayList<>();
    List<Slot> slots = JsonTree.slots(root);
    for (Slot s : slots) {
      if (s.get() instanceof Num) {
        numbers.add(s);
      }
    }
    Slot s = numbers.isEmpty() || r.nextInt(4) == 0 ? (slots.isEmpty() ? null : pick(r, slots))
        : pick(r, numbers);
    if (s == null) {
      return null;
    }
    String n = pick(r, ODD_NUMBERS);
    s.set(new Num(n));
    return "number " + abbreviate(n) + " at " + s.key();
  }

  static String nonJsonNumber(SplittableRandom r, Obj root) {
    List<Slot> slots = JsonTree.slots(root);
    if (slots.isEmpty()) {
      return null;
    }
    Slot s = pick(r, slots);
    String n = pick(r, NON_JSON_NUMBERS);
    s.set(new Raw(n));
    return "non-JSON number " + n + " at " + s.key();
  }

  static String longStringAnywhere(SplittableRandom r, Obj root) {
    List<Slot> strings = strings(root, false);
    if (strings.isEmpty()) {
      return null;
    }
    Slot s = pick(r, strings);
    int length = longLength(r);
    s.set(new Str(longString(r, length)));
    return "string of " + length + " UTF-8 bytes at " + s.key();
  }

  static String oddStringAnywhere(SplittableRandom r, Obj root) {
    List<Slot> strings = strings(root, false);
    if (strings.isEmpty()) {
      return null;
    }
    Slot s = pick(r, strings);
    String odd = pick(r, ODD_STRINGS);
    String raw = ((Str) s.get()).raw();
    s.set(new Str(r.nextBoolean() ? odd : raw + odd));
    return "string " + abbreviate(odd) + " at " + s.key();
  }

  static String changeType(SplittableRandom r, Obj root) {
    List<Slot> slots = JsonTree.slots(root);
    if (slots.isEmpty()) {
      return null;
    }
    Slot s = pick(r, slots);
    String[] values = {"null", "true", "0", "\"\"", "{}", "[]", "\"x\"", "[1,\"a\",null]",
        "{\"a\":1}", "-1", "1.5"};
    String v = pick(r, values);
    s.set(new Raw(v));
    return "value " + v + " at " + s.key();
  }

  static String deleteValue(SplittableRandom r, Obj root) {
    List<Slot> slots = JsonTree.slots(root);
    if (slots.isEmpty()) {
      return null;
    }
    Slot s = pick(r, slots);
    String what = s.key();
    if (s.container() instanceof Obj o) {
      o.members.remove(s.index());
    } else {
      ((Arr) s.container()).items.remove(s.index());
    }
    return "delete " + what;
  }

  static String longName(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    if (state == null) {
      return null;
    }
    int length = r.nextBoolean() ? 50_001 : 1 + r.nextInt(100_000);
    renameEverywhere(root, state.key, "n".repeat(length));
    return "state name of " + length + " characters";
  }

  /** The strings below the root; only payload and comment strings if {@code dataOnly}. */
  static List<Slot> strings(Obj root, boolean dataOnly) {
    List<Slot> out = new ArrayList<>();
    collectStrings(root, false, dataOnly, out);
    return out;
  }

  private static void collectStrings(Node n, boolean inPayload, boolean dataOnly, List<Slot> out) {
    if (n instanceof Obj o) {
      for (int i = 0; i < o.members.size(); i++) {
        Member m = o.members.get(i);
        boolean payload = inPayload || PAYLOAD_FIELDS.contains(m.key);
        if (m.value instanceof Str s) {
          boolean data = (payload && !m.key.endsWith(".$") && !s.raw().startsWith("{%"))
              || m.key.equals("Comment");
          if (!dataOnly || data) {
            out.add(new Slot(o, i));
          }
        } else {
          collectStrings(m.value, payload, dataOnly, out);
        }
      }
    } else if (n instanceof Arr a) {
      for (int i = 0; i < a.items.size(); i++) {
        Node item = a.items.get(i);
        if (item instanceof Str s) {
          if (!dataOnly || (inPayload && !s.raw().startsWith("{%"))) {
            out.add(new Slot(a, i));
          }
        } else {
          collectStrings(item, inPayload, dataOnly, out);
        }
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 24 ? s : s.substring(0, 12) + "..(" + s.length() + ")";
  }

  // ------------------------------------------------------------------ ASL-level mutations

  /** ASL-aware mutations: states, names, targets, fields, expressions, nesting. */
  static final TreeMutation[] ASL = {
      Mutations::swapType, Mutations::renameState, Mutations::renameStateEverywhere,
      Mutations::deleteState, Mutations::retarget, Mutations::dropField, Mutations::insertField,
      Mutations::renameField, Mutations::deepIntrinsic, Mutations::deepJsonata,
      Mutations::deepPath, Mutations::deepPayload, Mutations::wrapInParallelOrMap,
      Mutations::deepChoice, Mutations::duplicateState};

  static String swapType(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    if (state == null) {
      return null;
    }
    String type = pick(r, TYPES);
    ((Obj) state.value).put("Type", new Str(type));
    return "Type of \"" + abbreviate(state.key) + "\" to " + type;
  }

  static String renameState(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    if (state == null) {
      return null;
    }
    String name = pick(r, ODD_NAMES);
    state.key = name;
    return "rename a state to \"" + abbreviate(name) + "\" (targets left)";
  }

  static String renameStateEverywhere(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    if (state == null) {
      return null;
    }
    String name = pick(r, ODD_NAMES);
    renameEverywhere(root, state.key, name);
    return "rename state \"" + abbreviate(state.key) + "\" to \"" + abbreviate(name) + "\"";
  }

  /** Renames a state and every reference to that name (in any machine: names are global). */
  static void renameEverywhere(Obj root, String from, String to) {
    for (Obj m : machines(root)) {
      if (m.get("StartAt") instanceof Str s && s.raw().equals(from)) {
        m.put("StartAt", new Str(to));
      }
      for (Member st : states(m)) {
        if (st.key.equals(from)) {
          st.key = to;
        }
        if (st.value instanceof Obj body) {
          retargetIn(body, from, to);
          if (body.get("Choices") instanceof Arr rules) {
            for (Node rule : rules.items) {
              if (rule instanceof Obj o) {
                retargetIn(o, from, to);
              }
            }
          }
          if (body.get("Catch") instanceof Arr catchers) {
            for (Node c : catchers.items) {
              if (c instanceof Obj o) {
                retargetIn(o, from, to);
              }
            }
          }
        }
      }
    }
  }

  private static void retargetIn(Obj o, String from, String to) {
    for (Member m : o.members) {
      if ((m.key.equals("Next") || m.key.equals("Default")) && m.value instanceof Str s
          && s.raw().equals(from)) {
        m.value = new Str(to);
      }
    }
  }

  static String deleteState(SplittableRandom r, Obj root) {
    Object[] ms = randomStateWithMachine(r, root);
    if (ms == null) {
      return null;
    }
    states((Obj) ms[0]).remove((Member) ms[1]);
    return "delete state \"" + abbreviate(((Member) ms[1]).key) + "\"";
  }

  static String retarget(SplittableRandom r, Obj root) {
    Object[] ms = randomStateWithMachine(r, root);
    if (ms == null) {
      return null;
    }
    Obj machine = (Obj) ms[0];
    Member state = (Member) ms[1];
    String target = r.nextInt(3) == 0 ? state.key : r.nextBoolean() ? "Nope" : "";
    switch (r.nextInt(3)) {
      case 0 -> machine.put("StartAt", new Str(target));
      case 1 -> {
        Obj body = (Obj) state.value;
        body.remove("End");
        body.put("Next", new Str(target));
      }
      default -> ((Obj) state.value).put("Default", new Str(target));
    }
    return "retarget to \"" + abbreviate(target) + "\"";
  }

  static String dropField(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    if (state == null || ((Obj) state.value).members.isEmpty()) {
      return null;
    }
    Obj body = (Obj) state.value;
    Member m = pick(r, body.members);
    body.members.remove(m);
    return "drop " + m.key + " of \"" + abbreviate(state.key) + "\"";
  }

  static String insertField(SplittableRandom r, Obj root) {
    Object[] ms = randomStateWithMachine(r, root);
    if (ms == null) {
      return null;
    }
    String field = pick(r, FIELDS);
    ((Obj) ((Member) ms[1]).value).put(field, fieldValue(r, field, (Obj) ms[0]));
    return "insert " + field;
  }

  static String renameField(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    if (state == null || ((Obj) state.value).members.isEmpty()) {
      return null;
    }
    Member m = pick(r, ((Obj) state.value).members);
    String old = m.key;
    m.key = switch (r.nextInt(4)) {
      case 0 -> old.endsWith(".$") ? old.substring(0, old.length() - 2) : old + ".$";
      case 1 -> old.toLowerCase(java.util.Locale.ROOT);
      case 2 -> pick(r, FIELDS);
      default -> old + "Path";
    };
    return "rename field " + old + " to " + m.key;
  }

  static String deepIntrinsic(SplittableRandom r, Obj root) {
    return deepIntrinsic(r, root, depth(r));
  }

  static String deepIntrinsic(SplittableRandom r, Obj root, int depth) {
    Member state = preferred(r, root, "Pass", "Task");
    if (state == null) {
      return null;
    }
    Obj body = (Obj) state.value;
    Obj params = body.get("Parameters") instanceof Obj p ? p : new Obj();
    params.put("deep.$", new Str(nestedIntrinsic(r, depth)));
    body.put("Parameters", params);
    return "intrinsic nested " + depth + " deep";
  }

  static String deepJsonata(SplittableRandom r, Obj root) {
    return deepJsonata(r, root, depth(r));
  }

  static String deepJsonata(SplittableRandom r, Obj root, int depth) {
    Member state = preferred(r, root, "Pass", "Task");
    if (state == null) {
      return null;
    }
    Obj body = (Obj) state.value;
    for (String f : new String[] {"InputPath", "OutputPath", "ResultPath", "Parameters",
        "ResultSelector", "Result"}) {
      body.remove(f);
    }
    body.put("QueryLanguage", new Str("JSONata"));
    body.put("Output", new Str(nestedJsonata(r, depth)));
    return "JSONata nested " + depth + " deep";
  }

  static String deepPath(SplittableRandom r, Obj root) {
    Member state = preferred(r, root, "Pass", "Task");
    if (state == null) {
      return null;
    }
    int depth = depth(r);
    ((Obj) state.value).put("InputPath", new Str(nestedPath(depth)));
    return "JSONPath filter nested " + depth + " deep";
  }

  static String deepPayload(SplittableRandom r, Obj root) {
    return deepPayload(r, root, depth(r));
  }

  static String deepPayload(SplittableRandom r, Obj root, int depth) {
    Member state = randomState(r, root);
    if (state == null) {
      return null;
    }
    Obj body = (Obj) state.value;
    String type = type(state);
    String field = type.equals("Pass") && r.nextBoolean() ? "Result" : "Parameters";
    if (!Set.of("Pass", "Task", "Map", "Parallel").contains(type)) {
      // a Pass keeps the graph as it was: the transition stays, a terminal state ends
      Node next = body.get("Next");
      body.members.clear();
      body.put("Type", new Str("Pass"));
      if (next != null) {
        body.put("Next", next);
      } else {
        body.put("End", new Lit("true"));
      }
      field = "Result";
    }
    body.put(field, new Raw(nestedJson(r, depth, "\"x\"")));
    return field + " nested " + depth + " deep";
  }

  /** A state of one of the types, or any state. */
  private static Member preferred(SplittableRandom r, Obj root, String... types) {
    List<Member> matching = new ArrayList<>();
    List<Member> any = new ArrayList<>();
    for (Obj m : machines(root)) {
      for (Member s : states(m)) {
        if (s.value instanceof Obj) {
          any.add(s);
          if (List.of(types).contains(type(s))) {
            matching.add(s);
          }
        }
      }
    }
    return !matching.isEmpty() ? pick(r, matching) : any.isEmpty() ? null : pick(r, any);
  }

  static String wrapInParallelOrMap(SplittableRandom r, Obj root) {
    int[] levels = {1, 2, 5, 20, 100, 240, 260};
    return wrapInParallelOrMap(r, root, levels[r.nextInt(levels.length)]);
  }

  static String wrapInParallelOrMap(SplittableRandom r, Obj root, int levels) {
    List<Obj> ms = machines(root);
    if (ms.isEmpty()) {
      return null;
    }
    Obj machine = pick(r, ms);
    for (int i = 0; i < levels; i++) {
      Obj inner = new Obj();
      inner.members.add(new Member("StartAt", machine.get("StartAt") == null ? new Str("x")
          : machine.get("StartAt")));
      inner.members.add(new Member("States", machine.get("States")));
      Obj state = new Obj();
      String name = "W" + i;
      if (r.nextBoolean()) {
        state.members.add(new Member("Type", new Str("Parallel")));
        Arr branches = new Arr();
        branches.items.add(inner);
        state.members.add(new Member("Branches", branches));
      } else {
        state.members.add(new Member("Type", new Str("Map")));
        if (r.nextInt(4) == 0) {
          state.members.add(new Member("Iterator", inner));
        } else {
          Obj config = new Obj();
          config.members.add(new Member("Mode", new Str("INLINE")));
          inner.members.add(0, new Member("ProcessorConfig", config));
          state.members.add(new Member("ItemProcessor", inner));
        }
      }
      state.members.add(new Member("End", new Lit("true")));
      Obj states = new Obj();
      states.members.add(new Member(name, state));
      machine.put("StartAt", new Str(name));
      machine.put("States", states);
    }
    return "wrap in " + levels + " nested Parallel/Map states";
  }

  static String deepChoice(SplittableRandom r, Obj root) {
    int[] depths = {1, 10, 100, 200, 300, 490, 600};
    return deepChoice(r, root, depths[r.nextInt(depths.length)]);
  }

  static String deepChoice(SplittableRandom r, Obj root, int depth) {
    Object[] ms = randomStateWithMachine(r, root);
    if (ms == null) {
      return null;
    }
    Obj machine = (Obj) ms[0];
    Member state = (Member) ms[1];
    Obj body = (Obj) state.value;
    Node next = body.get("Next");
    String target = next instanceof Str s ? s.raw() : someStateName(r, machine);
    boolean jsonata = "\"JSONata\"".equals(body.get("QueryLanguage") == null ? null
        : JsonTree.write(body.get("QueryLanguage"), false))
        || root.get("QueryLanguage") instanceof Str q && q.raw().equals("JSONata");
    body.members.clear();
    body.put("Type", new Str("Choice"));
    Obj rule = (Obj) nestedRule(r, depth, jsonata);
    rule.members.add(new Member("Next", new Str(target)));
    Arr choices = new Arr();
    choices.items.add(rule);
    body.put("Choices", choices);
    body.put("Default", new Str(target));
    return "Choice rule nested " + depth + " deep";
  }

  static String duplicateState(SplittableRandom r, Obj root) {
    Object[] ms = randomStateWithMachine(r, root);
    if (ms == null) {
      return null;
    }
    Member state = (Member) ms[1];
    states((Obj) ms[0]).add(new Member(state.key, state.value.copy()));
    return "duplicate state \"" + abbreviate(state.key) + "\"";
  }

  // ------------------------------------------------------------------ mutations that keep validity

  /**
   * Mutations that usually keep a valid definition valid, for the generator's compile-and-run
   * property: long and odd data strings, odd payload numbers and retry rates, deep payloads, deep
   * intrinsic calls and Choice rules, consistent renames, nested Parallel and Map states.
   */
  static final TreeMutation[] KEEPING_VALIDITY = {
      Mutations::longDataString, Mutations::oddDataString, Mutations::oddPayloadNumber,
      Mutations::oddBackoffRate, (r, root) -> deepPayload(r, root, pick(r, box(new int[] {10, 50,
          100, 150, 199, 200, 400, 990}))),
      (r, root) -> deepIntrinsic(r, root, pick(r, box(new int[] {2, 10, 100, 200, 500}))),
      (r, root) -> deepChoice(r, root, pick(r, box(new int[] {5, 50, 100, 200, 300}))),
      (r, root) -> wrapInParallelOrMap(r, root, pick(r, box(new int[] {1, 3, 10, 50, 100}))),
      Mutations::renameStateEverywhere, Mutations::oddComment};

  static String longDataString(SplittableRandom r, Obj root) {
    List<Slot> strings = strings(root, true);
    int length = longLength(r);
    String value = longString(r, length);
    if (strings.isEmpty()) {
      root.put("Comment", new Str(value));
      return "Comment of " + length + " UTF-8 bytes";
    }
    Slot s = pick(r, strings);
    s.set(new Str(value));
    return "data string of " + length + " UTF-8 bytes at " + s.key();
  }

  static String oddDataString(SplittableRandom r, Obj root) {
    List<Slot> strings = strings(root, true);
    String odd = pick(r, ODD_STRINGS);
    if (strings.isEmpty()) {
      root.put("Comment", new Str(odd));
      return "Comment " + abbreviate(odd);
    }
    Slot s = pick(r, strings);
    s.set(new Str(r.nextBoolean() ? odd : ((Str) s.get()).raw() + odd));
    return "data string " + abbreviate(odd) + " at " + s.key();
  }

  static String oddPayloadNumber(SplittableRandom r, Obj root) {
    Member state = preferred(r, root, "Pass");
    if (state == null) {
      return null;
    }
    Obj body = (Obj) state.value;
    String n = pick(r, ODD_NUMBERS);
    Obj p = new Obj();
    p.members.add(new Member("n", new Num(n)));
    if (type(state).equals("Pass")) {
      body.put("Result", p);
    } else {
      Obj params = body.get("Parameters") instanceof Obj o ? o : new Obj();
      params.put("n", new Num(n));
      body.put("Parameters", params);
    }
    return "payload number " + abbreviate(n);
  }

  static String oddBackoffRate(SplittableRandom r, Obj root) {
    Member state = preferred(r, root, "Task");
    if (state == null || !type(state).equals("Task")) {
      return null;
    }
    String[] rates = {"1e400", "1.0", "1.5000000000000000001", "2e0", "99999999", "1E1", "1"};
    String rate = pick(r, rates);
    Arr retry = new Arr();
    Obj retrier = new Obj();
    Arr errors = new Arr();
    errors.items.add(new Str("States.ALL"));
    retrier.members.add(new Member("ErrorEquals", errors));
    retrier.members.add(new Member("BackoffRate", new Num(rate)));
    retry.items.add(retrier);
    ((Obj) state.value).put("Retry", retry);
    return "BackoffRate " + rate;
  }

  static String oddComment(SplittableRandom r, Obj root) {
    Member state = randomState(r, root);
    String odd = pick(r, ODD_STRINGS) + pick(r, ODD_STRINGS);
    (state == null ? root : (Obj) state.value).put("Comment", new Str(odd));
    return "Comment " + abbreviate(odd);
  }

  // ------------------------------------------------------------------ byte-level mutations

  /**
   * Applies one byte-level mutation.
   *
   * @param r the randomness
   * @param in the bytes
   * @param what receives a description of what was done
   * @return the new bytes
   */
  static byte[] mutateBytes(SplittableRandom r, byte[] in, List<String> what) {
    int n = in.length;
    int at = n == 0 ? 0 : r.nextInt(n + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
    switch (r.nextInt(11)) {
      case 0 -> {
        byte[] b = in.clone();
        if (n > 0) {
          int i = r.nextInt(n);
          b[i] ^= (byte) (1 << r.nextInt(8));
          what.add("flip a bit at byte " + i);
        }
        return b;
      }
      case 1 -> {
        byte[] b = in.clone();
        if (n > 0) {
          int i = r.nextInt(n);
          b[i] = (byte) r.nextInt(256);
          what.add("set byte " + i);
        }
        return b;
      }
      case 2 -> {
        out.write(in, 0, at);
        int k = 1 + r.nextInt(8);
        for (int i = 0; i < k; i++) {
          out.write(r.nextInt(256));
        }
        out.write(in, at, n - at);
        what.add("insert " + k + " random bytes at " + at);
      }
      case 3 -> {
        int len = Math.min(n - at, 1 + r.nextInt(64));
        out.write(in, 0, at);
        out.write(in, at + len, n - at - len);
        what.add("delete " + len + " bytes at " + at);
      }
      case 4 -> {
        int len = Math.min(n - at, 1 + r.nextInt(64));
        out.write(in, 0, at + len);
        out.write(in, at, n - at);
        what.add("duplicate " + len + " bytes at " + at);
      }
      case 5 -> {
        out.write(in, 0, at);
        what.add("truncate at " + at);
      }
      case 6, 7 -> {
        // after a quote, so that the bytes land inside a name or a string value
        int q = quoteAfter(in, at);
        int[] seq = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
        out.write(in, 0, q);
        for (int b : seq) {
          out.write(b);
        }
        out.write(in, q, n - q);
        what.add("invalid UTF-8 " + hex(seq) + " at " + q);
      }
      case 8 -> {
        int[][] boms = {{0xEF, 0xBB, 0xBF}, {0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF}, {0xFE, 0xFF},
            {0xFF, 0xFE}, {0x00, 0x00, 0xFE, 0xFF}, {0xEF, 0xBB}};
        int[] bom = boms[r.nextInt(boms.length)];
        int where = r.nextInt(4) == 0 ? at : 0;
        out.write(in, 0, where);
        for (int b : bom) {
          out.write(b);
        }
        out.write(in, where, n - where);
        what.add("byte order mark " + hex(bom) + " at " + where);
      }
      case 9 -> {
        String text = new String(in, StandardCharsets.UTF_8);
        boolean big = r.nextBoolean();
        byte[] b = text.getBytes(big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        if (r.nextBoolean()) {
          out.write(big ? 0xFE : 0xFF);
          out.write(big ? 0xFF : 0xFE);
        }
        out.write(b, 0, b.length);
        what.add("encode as UTF-16" + (big ? "BE" : "LE"));
      }
      default -> {
        int[][] odd = {{0x00}, {0x0B}, {0x0C}, {0xC2, 0xA0}, {0xE2, 0x80, 0xA8}, {0x7F},
            {0xEF, 0xBB, 0xBF}};
        int[] seq = odd[r.nextInt(odd.length)];
        out.write(in, 0, at);
        for (int b : seq) {
          out.write(b);
        }
        out.write(in, at, n - at);
        what.add("insert " + hex(seq) + " at " + at);
      }
    }
    return out.toByteArray();
  }

  private static int quoteAfter(byte[] in, int from) {
    for (int i = from; i < in.length; i++) {
      if (in[i] == '"') {
        return i + 1;
      }
    }
    return from;
  }

  static String hex(int[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (int b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02X", b));
    }
    return sb.toString();
  }
}
