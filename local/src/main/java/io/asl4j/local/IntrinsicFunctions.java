package io.asl4j.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The 18 intrinsic functions of the JSONPath query language, over evaluated arguments, with the
 * results AWS gives (the conformance cases are the specification: {@code States.MathAdd} rounds
 * float arguments, {@code States.StringSplit} drops empty strings, {@code States.Format} writes
 * objects the way Java's maps print, ...).
 */
final class IntrinsicFunctions {

  private IntrinsicFunctions() {}

  /** Thrown with the words of an {@code States.IntrinsicFailure} cause. */
  static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String message) {
      super(message, null, false, false);
    }
  }

  /** Tells whether a function of that name exists. */
  static boolean exists(String name) {
    return switch (name) {
      case "States.Format", "States.StringToJson", "States.JsonToString", "States.Array",
          "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange",
          "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique",
          "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.JsonMerge",
          "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID" -> true;
      default -> false;
    };
  }

  /**
   * Applies a function.
   *
   * @param name the function, e.g. {@code States.MathAdd}
   * @param args the evaluated arguments (internal values)
   * @param template for {@code States.Format} with a literal template: its parts between the
   *     {@code {}} placeholders, escapes resolved; {@code null} to split {@code args[0]} at run time
   * @return the result (internal value)
   * @throws Bad when AWS would fail with {@code States.IntrinsicFailure}
   */
  static Object apply(String name, Object[] args, List<String> template) throws Bad {
    switch (name) {
      case "States.Format":
        return format(args, template);
      case "States.StringToJson": {
        String s = string(name, args, 0, 1);
        if (s.isBlank()) {
          return Json.NULL;
        }
        try {
          return Json.parseInternal(s);
        } catch (IllegalArgumentException e) {
          throw new Bad("Invalid JSON string argument for States.StringToJson: " + s);
        }
      }
      case "States.JsonToString":
        count(name, args, 1);
        return Json.write(args[0]);
      case "States.Array":
        return new ArrayList<>(List.of(args));
      case "States.ArrayPartition": {
        List<?> a = array(name, args, 0, 2);
        long size = integer(name, args[1]);
        if (size <= 0) {
          throw new Bad("Chunk size must be a positive integer for States.ArrayPartition: " + size);
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i += (int) size) {
          out.add(new ArrayList<>(a.subList(i, (int) Math.min(a.size(), i + size))));
        }
        return out;
      }
      case "States.ArrayContains": {
        List<?> a = array(name, args, 0, 2);
        for (Object o : a) {
          if (Json.equal(o, args[1])) {
            return true;
          }
        }
        return false;
      }
      case "States.ArrayRange": {
        count(name, args, 3);
        long start = integer(name, args[0]);
        long end = integer(name, args[1]);
        long step = integer(name, args[2]);
        if (step == 0) {
          throw new Bad("The step of States.ArrayRange must not be 0");
        }
        List<Object> out = new ArrayList<>();
        for (long x = start; step > 0 ? x <= end : x >= end; x += step) {
          if (out.size() == 1000) {
            throw new Bad("States.ArrayRange returns at most 1000 elements");
          }
          out.add(x);
        }
        return out;
      }
      case "States.ArrayGetItem": {
        List<?> a = array(name, args, 0, 2);
        long i = integer(name, args[1]);
        if (i < 0 || i >= a.size()) {
          throw new Bad("Index " + i + " is out of bounds for an array of " + a.size()
              + " elements in States.ArrayGetItem");
        }
        return a.get((int) i);
      }
      case "States.ArrayLength":
        return (long) array(name, args, 0, 1).size();
      case "States.ArrayUnique": {
        List<?> a = array(name, args, 0, 1);
        List<Object> out = new ArrayList<>();
        for (Object o : a) {
          boolean seen = false;
          for (Object p : out) {
            if (Json.equal(o, p)) {
              seen = true;
              break;
            }
          }
          if (!seen) {
            out.add(o);
          }
        }
        return out;
      }
      case "States.Base64Encode": {
        String s = string(name, args, 0, 1);
        limit(name, s);
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
      }
      case "States.Base64Decode": {
        String s = string(name, args, 0, 1);
        limit(name, s);
        try {
          return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new Bad("Invalid base64 string for States.Base64Decode: " + s);
        }
      }
      case "States.Hash": {
        count(name, args, 2);
        Object data = args[0];
        if (!(args[1] instanceof String algorithm)) {
          throw new Bad("The hash algorithm of States.Hash must be a string");
        }
        String text = data instanceof String s ? s : Json.write(data);
        limit(name, text);
        String alg = switch (algorithm) {
          case "MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512" -> algorithm;
          default -> throw new Bad("Unsupported hash algorithm for States.Hash: " + algorithm
              + " (valid: MD5, SHA-1, SHA-256, SHA-384, SHA-512)");
        };
        try {
          return HexFormat.of().formatHex(MessageDigest.getInstance(alg)
              .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
      case "States.JsonMerge": {
        count(name, args, 3);
        if (!(args[0] instanceof Map<?, ?> a) || !(args[1] instanceof Map<?, ?> b)) {
          throw new Bad("States.JsonMerge merges two JSON objects");
        }
        if (!(args[2] instanceof Boolean deep) || deep) {
          throw new Bad("States.JsonMerge supports only a shallow merge: its third argument must be "
              + "false");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.put((String) k, v));
        b.forEach((k, v) -> out.put((String) k, v));
        return out;
      }
      case "States.MathRandom": {
        if (args.length != 2 && args.length != 3) {
          throw new Bad("States.MathRandom takes 2 or 3 arguments, got " + args.length);
        }
        long start = integer(name, args[0]);
        long end = integer(name, args[1]);
        if (end <= start) {
          throw new Bad("The end of States.MathRandom must be greater than its start");
        }
        java.util.Random random = args.length == 3
            ? new java.util.Random(integer(name, args[2])) : ThreadLocalRandom.current();
        return start + (long) (random.nextDouble() * (end - start));
      }
      case "States.MathAdd": {
        count(name, args, 2);
        return integer(name, args[0]) + integer(name, args[1]);
      }
      case "States.StringSplit": {
        count(name, args, 2);
        if (!(args[0] instanceof String s) || !(args[1] instanceof String d)) {
          throw new Bad("States.StringSplit takes a string and a string of delimiter characters");
        }
        List<Object> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
          if (i == s.length() || d.indexOf(s.charAt(i)) >= 0) {
            if (i > start) {
              out.add(s.substring(start, i));
            }
            start = i + 1;
          }
        }
        return out;
      }
      case "States.UUID":
        count(name, args, 0);
        return UUID.randomUUID().toString();
      default:
        throw new Bad("Unknown intrinsic function " + name);
    }
  }

  private static Object format(Object[] args, List<String> template) throws Bad {
    if (args.length == 0 || !(args[0] instanceof String t)) {
      throw new Bad("The first argument of States.Format must be a string template");
    }
    List<String> parts = template != null ? template : split(t);
    int placeholders = parts.size() - 1;
    if (placeholders != args.length - 1) {
      throw new Bad("The number of arguments of States.Format (" + (args.length - 1)
          + ") does not match the number of placeholders in its template (" + placeholders + ")");
    }
    StringBuilder sb = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      sb.append(text(args[i])).append(parts.get(i));
    }
    return sb.toString();
  }

  /** Splits a template string at its {@code {}} placeholders. */
  static List<String> split(String t) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = t.indexOf("{}", from)) >= 0) {
      parts.add(t.substring(from, at));
      from = at + 2;
    }
    parts.add(t.substring(from));
    return parts;
  }

  /** How {@code States.Format} writes an argument: strings bare, objects as Java maps print. */
  private static String text(Object v) {
    if (v instanceof String s) {
      return s;
    } else if (v == null || v == Json.NULL) {
      return "null";
    } else if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(text(e.getValue()));
        first = false;
      }
      return sb.append('}').toString();
    } else if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(text(l.get(i)));
      }
      return sb.append(']').toString();
    }
    return String.valueOf(v);
  }

  private static void count(String name, Object[] args, int n) throws Bad {
    if (args.length != n) {
      throw new Bad(name + " takes " + n + (n == 1 ? " argument" : " arguments") + ", got "
          + args.length);
    }
  }

  private static String string(String name, Object[] args, int i, int n) throws Bad {
    count(name, args, n);
    if (!(args[i] instanceof String s)) {
      throw new Bad("The argument of " + name + " must be a string, got " + Json.write(args[i]));
    }
    return s;
  }

  private static List<?> array(String name, Object[] args, int i, int n) throws Bad {
    count(name, args, n);
    if (!(args[i] instanceof List<?> l)) {
      throw new Bad("The first argument of " + name + " must be an array, got "
          + Json.write(args[i]));
    }
    return l;
  }

  /** An integer argument; floats are rounded half up, as AWS does. */
  private static long integer(String name, Object v) throws Bad {
    if (v instanceof Number n) {
      if (Json.isIntegral(n)) {
        return n.longValue();
      }
      return Math.round(n.doubleValue());
    }
    throw new Bad("The arguments of " + name + " must be numbers, got " + Json.write(v));
  }

  private static void limit(String name, String s) throws Bad {
    if (s.length() > 10_000) {
      throw new Bad("The input of " + name + " is longer than 10000 characters");
    }
  }
}
