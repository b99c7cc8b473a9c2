package io.asl4j.codegen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two JSON texts as trees: object members in any order, numbers by their exact text
 * (ASL keeps {@code 2.0} and {@code 2} apart), and names the first difference by JSON pointer.
 */
public final class JsonDiff {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** A number, kept as written. */
  private record Num(String text) {}

  /** JSON null, distinct from an absent member. */
  private enum Null { VALUE }

  private JsonDiff() {}

  /**
   * Finds the first difference between two JSON texts.
   *
   * @param expected the reference JSON
   * @param actual the JSON to compare
   * @return empty when the trees are equal, else {@code "<pointer>: <what differs>"}
   * @throws IllegalArgumentException if either text is not JSON
   */
  public static Optional<String> firstDifference(String expected, String actual) {
    return difference("", parse(expected), parse(actual));
  }

  private static Optional<String> difference(String at, Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        String p = at + "/" + escape((String) e.getKey());
        if (!mb.containsKey(e.getKey())) {
          return Optional.of(p + ": missing");
        }
        Optional<String> d = difference(p, e.getValue(), mb.get(e.getKey()));
        if (d.isPresent()) {
          return d;
        }
      }
      for (Object k : mb.keySet()) {
        if (!ma.containsKey(k)) {
          return Optional.of(at + "/" + escape((String) k) + ": unexpected member");
        }
      }
      return Optional.empty();
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
        Optional<String> d = difference(at + "/" + i, la.get(i), lb.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return la.size() == lb.size() ? Optional.empty() : Optional.of(at + ": " + la.size()
          + " elements expected, " + lb.size() + " found");
    }
    return a.equals(b) ? Optional.empty()
        : Optional.of((at.isEmpty() ? "/" : at) + ": expected " + show(a) + ", found " + show(b));
  }

  private static String show(Object v) {
    if (v instanceof String s) {
      return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
    }
    if (v instanceof Num n) {
      return n.text();
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    return v == Null.VALUE ? "null" : String.valueOf(v);
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static Object parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IllegalArgumentException("empty JSON text");
      }
      return value(p, t);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          l.add(value(p, n));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Num(p.getText());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return Null.VALUE;
      }
      default -> throw new UncheckedIOException(new IOException("unexpected " + t));
    }
  }
}
