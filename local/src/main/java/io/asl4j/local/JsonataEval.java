package io.asl4j.local;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSONata expression compiled once and evaluated over the executor's own values (JSONata works
 * on plain maps and lists, so nothing is copied in). Only the workflow variables the expression
 * names are bound.
 */
final class JsonataEval implements Eval {

  private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  final String expression;
  private final String field;
  private final Jsonata compiled;
  private final String[] variables;
  private final boolean usesContext;

  private JsonataEval(String expression, String field) {
    this.expression = expression;
    this.field = field;
    try {
      this.compiled = Jsonata.jsonata(expression);
    } catch (JException e) {
      throw new LocalExecutionException("the JSONata expression '" + expression
          + "' in the field '" + field + "' does not parse: " + e.getMessage(), e);
    }
    compiled.setOutputConvertNulls(false);
    registerAwsFunctions(compiled);
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(expression);
    while (m.find()) {
      if (!m.group(1).equals("states")) {
        names.add(m.group(1));
      }
    }
    this.variables = names.toArray(new String[0]);
    this.usesContext = expression.contains("context");
  }

  /**
   * Compiles a JSONata field: {@code {% %}} strings at any depth are expressions, everything else is
   * constant.
   *
   * @param v the field's value
   * @param field the field's name for error causes, e.g. {@code Output}
   * @return the evaluator
   */
  static Eval compile(Value v, String field) {
    if (v instanceof io.asl4j.model.Jsonata j) {
      return new JsonataEval(j.expression(), field);
    }
    if (v instanceof JsonString s && io.asl4j.model.Jsonata.isDelimited(s.value())) {
      return new JsonataEval(new io.asl4j.model.Jsonata(s.value()).expression(), field);
    }
    if (v instanceof JsonObject o && !o.isConstant()) {
      int n = o.size();
      String[] keys = new String[n];
      Eval[] evals = new Eval[n];
      int i = 0;
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        keys[i] = e.getKey();
        evals[i] = compile(e.getValue(), field + "/" + e.getKey());
        i++;
      }
      return (s, d) -> {
        Map<String, Object> m = new LinkedHashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
          m.put(keys[k], evals[k].eval(s, d));
        }
        return m;
      };
    }
    if (v instanceof JsonArray a && !a.isConstant()) {
      Eval[] evals = new Eval[a.size()];
      for (int i = 0; i < evals.length; i++) {
        evals[i] = compile(a.elements().get(i), field + "/" + i);
      }
      return (s, d) -> {
        List<Object> l = new ArrayList<>(evals.length);
        for (Eval e : evals) {
          l.add(e.eval(s, d));
        }
        return l;
      };
    }
    return Eval.constant(Eval.literal(v));
  }

  @Override
  public Object eval(Step step, Object data) throws Failure {
    Jsonata.Frame frame = compiled.createFrame();
    Map<String, Object> states = new HashMap<>(8);
    states.put("input", step.statesInput);
    if (step.statesResult != null) {
      states.put("result", step.statesResult);
    }
    if (step.statesErrorOutput != null) {
      states.put("errorOutput", step.statesErrorOutput);
    }
    if (usesContext) {
      states.put("context", step.context());
    }
    frame.bind("states", states);
    for (String name : variables) {
      Object v = step.scope.get(name);
      if (v != null) {
        frame.bind(name, v);
      }
    }
    Object r;
    try {
      // a compiled expression keeps per-evaluation fields: runs on several threads take turns
      synchronized (compiled) {
        r = compiled.evaluate(null, frame);
      }
    } catch (JException e) {
      throw Failure.query(step.where() + "The JSONata expression '" + expression
          + "' specified for the field '" + field + "' threw an error during evaluation: "
          + e.getMessage());
    } catch (RuntimeException e) {
      throw Failure.query(step.where() + "The JSONata expression '" + expression
          + "' specified for the field '" + field + "' threw an error during evaluation: "
          + e.getMessage());
    }
    if (r == null) {
      throw Failure.query(step.where() + "The JSONata expression '" + expression
          + "' specified for the field '" + field + "' returned nothing (undefined).");
    }
    return normalize(r, step);
  }

  /** The expression as AWS quotes it in causes. */
  String describe() {
    return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
  }

  /** Turns JSONata's results into plain values: sequences to lists, small integers to longs. */
  private Object normalize(Object r, Step step) throws Failure {
    if (r instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = e.getValue();
        if (v == null || Utils.isFunction(v)) {
          continue; // JSONata drops undefined members
        }
        c.put(String.valueOf(e.getKey()), normalize(v, step));
      }
      return c;
    } else if (r instanceof List<?> l) {
      List<Object> c = new ArrayList<>(l.size());
      for (Object o : l) {
        if (o != null) {
          c.add(normalize(o, step));
        }
      }
      return c;
    } else if (r instanceof Integer || r instanceof Short || r instanceof Byte) {
      return ((Number) r).longValue();
    } else if (r instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw Failure.query(step.where() + describe() + " returned an invalid number: " + d);
    } else if (Utils.isFunction(r)) {
      throw Failure.query(step.where() + describe() + " returned a function");
    }
    return r;
  }

  // ---- the functions AWS adds to JSONata

  private static void registerAwsFunctions(Jsonata j) {
    j.registerFunction("partition", new JFunction((input, args) -> partition(args), null));
    j.registerFunction("range", new JFunction((input, args) -> range(args), null));
    j.registerFunction("hash", new JFunction((input, args) -> hash(args), null));
    j.registerFunction("random", new JFunction((input, args) -> random(args), null));
    j.registerFunction("uuid", new JFunction((input, args) -> UUID.randomUUID().toString(), null));
    j.registerFunction("parse", new JFunction((input, args) -> parse(args), null));
  }

  private static Object arg(List<?> args, int i) {
    return args != null && i < args.size() ? args.get(i) : null;
  }

  private static Object partition(List<?> args) {
    Object a = arg(args, 0);
    Object n = arg(args, 1);
    if (!(a instanceof List<?> list) || !(n instanceof Number size) || size.longValue() <= 0) {
      throw new JException("$partition(array, chunkSize) takes an array and a positive integer", 0);
    }
    int k = (int) size.longValue();
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += k) {
      out.add(new ArrayList<>(list.subList(i, Math.min(list.size(), i + k))));
    }
    return out;
  }

  private static Object range(List<?> args) {
    Object a = arg(args, 0);
    Object b = arg(args, 1);
    Object c = arg(args, 2);
    if (!(a instanceof Number start) || !(b instanceof Number end) || !(c instanceof Number step)
        || step.doubleValue() == 0) {
      throw new JException("$range(start, end, step) takes three numbers, step not 0", 0);
    }
    // a JSONata sequence: a single number comes back as that number, as on AWS
    List<Object> out = Utils.createSequence();
    long s = start.longValue();
    long e = end.longValue();
    long st = step.longValue();
    for (long x = s; st > 0 ? x <= e : x >= e; x += st) {
      out.add(x);
      if (out.size() > 1000) {
        throw new JException("$range returns at most 1000 elements", 0);
      }
    }
    return out;
  }

  private static Object hash(List<?> args) {
    Object v = arg(args, 0);
    Object alg = arg(args, 1);
    String algorithm = switch (String.valueOf(alg)) {
      case "MD5" -> "MD5";
      case "SHA-1" -> "SHA-1";
      case "SHA-256" -> "SHA-256";
      case "SHA-384" -> "SHA-384";
      case "SHA-512" -> "SHA-512";
      default -> throw new JException("$hash: unsupported algorithm " + alg, 0);
    };
    try {
      String text = v instanceof String s ? s : Json.write(v);
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object random(List<?> args) {
    Object seed = arg(args, 0);
    if (seed instanceof Number n) {
      return new java.util.Random(n.longValue()).nextDouble();
    }
    return ThreadLocalRandom.current().nextDouble();
  }

  private static Object parse(List<?> args) {
    Object v = arg(args, 0);
    if (!(v instanceof String s)) {
      throw new JException("$parse takes a string", 0);
    }
    try {
      return Json.parseInternal(s);
    } catch (IllegalArgumentException e) {
      throw new JException("$parse: " + e.getMessage(), 0);
    }
  }
}
