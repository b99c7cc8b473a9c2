package io.asl4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.asl4j.internal.JsonProblems;
import io.asl4j.syntax.InputLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two JSON texts as trees, as ASL needs them compared: object members in any order, array
 * elements in order, numbers by their exact text ({@code 2.0} is not {@code 2}, {@code 1e2} is not
 * {@code 100}: asl4j keeps every number as written), strings, booleans and {@code null} exactly.
 *
 * <p>Both texts must be strict JSON (RFC 8259) holding one value; a leading byte order mark is
 * skipped, as {@link AslReader} skips it. A duplicate member name, which a tree would silently
 * collapse, makes a text invalid. Used by {@code asl4j generate --verify} and by the tests that
 * compare definitions with their golden files.
 *
 * <pre>{@code
 * JsonDiff.firstDifference("{\"a\": [1, 2.0]}", "{\"a\": [1, 2]}")
 *     // Optional[/a/1: expected 2.0, found 2]
 * }</pre>
 */
public final class JsonDiff {

  /**
   * Nesting and string length are bounded as the reader bounds them, so hostile input fails
   * cleanly; number length is not, text is kept.
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(InputLimits.MAX_JSON_NESTING)
          .maxStringLength(InputLimits.MAX_STRING_LENGTH)
          .maxNameLength(InputLimits.MAX_STRING_LENGTH)
          .maxNumberLength(Integer.MAX_VALUE).build())
      .build();

  /** Values longer than this are shortened in {@link Difference#toString()}. */
  private static final int SHOWN = 80;

  /** A number, kept as written. */
  private record Num(String text) {}

  /** JSON null, distinct from an absent member. */
  private enum Null { VALUE }

  private JsonDiff() {}

  /**
   * Finds the first difference between two JSON texts, in the order of the expected text: a
   * member or element that differs, is missing, or is not expected.
   *
   * @param expected the reference JSON
   * @param actual the JSON to compare with it
   * @return empty when the trees are equal, else where and how they first differ
   * @throws IllegalArgumentException if either text is not JSON or has a duplicate member name;
   *     the message says which text, what is wrong, and the line and column
   */
  public static Optional<Difference> firstDifference(String expected, String actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    return difference("", parse("expected", expected), parse("actual", actual));
  }

  private static Optional<Difference> difference(String at, Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        String p = at + "/" + escape((String) e.getKey());
        Object other = mb.get(e.getKey());
        Optional<Difference> d = other == null ? Optional.of(new Difference(p, text(e.getValue()),
            null)) : difference(p, e.getValue(), other);
        if (d.isPresent()) {
          return d;
        }
      }
      for (Map.Entry<?, ?> e : mb.entrySet()) {
        if (!ma.containsKey(e.getKey())) {
          return Optional.of(new Difference(at + "/" + escape((String) e.getKey()), null,
              text(e.getValue())));
        }
      }
      return Optional.empty();
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
        Optional<Difference> d = i >= lb.size()
            ? Optional.of(new Difference(at + "/" + i, text(la.get(i)), null))
            : i >= la.size() ? Optional.of(new Difference(at + "/" + i, null, text(lb.get(i))))
            : difference(at + "/" + i, la.get(i), lb.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return a.equals(b) ? Optional.empty() : Optional.of(new Difference(at, text(a), text(b)));
  }

  private static String escape(String segment) {
    return JsonPointer.escape(segment);
  }

  // ------------------------------------------------------------------ reading

  private static Object parse(String which, String json) {
    int start = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
    try (JsonParser p = JSON.createParser(json.toCharArray(), start, json.length() - start)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new IllegalArgumentException(which + " JSON is empty");
        }
        Object root = value(which, p, t, "");
        if (p.nextToken() != null) {
          throw invalid(which, "more content after the JSON value", p.currentTokenLocation());
        }
        return root;
      } catch (JsonProcessingException e) {
        // a broken constraint (nesting too deep) comes without a location
        throw invalid(which, JsonProblems.describe(e), e.getLocation() != null ? e.getLocation()
            : p.currentLocation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing characters in memory does no I/O
    }
  }

  private static Object value(String which, JsonParser p, JsonToken t, String at)
      throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          JsonLocation where = p.currentTokenLocation();
          if (m.containsKey(name)) {
            throw invalid(which, "duplicate member \"" + name + "\" in "
                + (at.isEmpty() ? "the root object" : at), where);
          }
          m.put(name, value(which, p, p.nextToken(), at + "/" + escape(name)));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          l.add(value(which, p, n, at + "/" + l.size()));
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
      default -> throw invalid(which, "unexpected " + t, p.currentTokenLocation());
    }
  }

  private static IllegalArgumentException invalid(String which, String what, JsonLocation at) {
    return new IllegalArgumentException(which + " JSON is not valid: " + what + " (line "
        + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }

  // ------------------------------------------------------------------ writing

  /** A value as compact JSON, numbers as written. */
  private static String text(Object v) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, v);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does no I/O
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object e : l) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Num n) {
      g.writeNumber(n.text());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeNull();
    }
  }

  /**
   * Where two JSON trees first differ: a JSON pointer (RFC 6901) and the value at that place in
   * each text, as compact JSON with numbers as written. A value is absent where a member or an
   * element exists in only one of the texts.
   */
  public static final class Difference {

    private final String pointer;
    private final String expected;
    private final String actual;

    /**
     * Creates a difference.
     *
     * @param pointer the JSON pointer, {@code ""} for the whole text
     * @param expected the expected value as JSON, or {@code null} where the expected text has none
     * @param actual the actual value as JSON, or {@code null} where the actual text has none
     */
    Difference(String pointer, String expected, String actual) {
      this.pointer = Objects.requireNonNull(pointer, "pointer");
      this.expected = expected;
      this.actual = actual;
    }

    /**
     * Returns where the texts differ.
     *
     * @return a JSON pointer such as {@code /States/Charge/Retry/0/BackoffRate}, or {@code ""}
     *     when the root values differ
     */
    public String pointer() {
      return pointer;
    }

    /**
     * Returns the value the expected text has at {@link #pointer()}.
     *
     * @return compact JSON, numbers as written; empty if the expected text has no such member or
     *     element
     */
    public Optional<String> expected() {
      return Optional.ofNullable(expected);
    }

    /**
     * Returns the value the actual text has at {@link #pointer()}.
     *
     * @return compact JSON, numbers as written; empty if the actual text has no such member or
     *     element
     */
    public Optional<String> actual() {
      return Optional.ofNullable(actual);
    }

    /**
     * Describes the difference for a person, long values shortened, e.g. {@code
     * /States/A/Type: expected "Pass", found "Succeed"} or {@code /States/A/Next: expected "B",
     * found nothing}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return (pointer.isEmpty() ? "(root)" : pointer) + ": expected " + shown(expected)
          + ", found " + shown(actual);
    }

    private static String shown(String json) {
      if (json == null) {
        return "nothing";
      }
      return json.length() > SHOWN ? json.substring(0, SHOWN - 3) + "..." : json;
    }

    /**
     * Tells whether another object is a difference at the same place with the same values.
     *
     * @param o the other object
     * @return {@code true} if pointer and both values are equal
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Difference d && pointer.equals(d.pointer)
          && Objects.equals(expected, d.expected) && Objects.equals(actual, d.actual);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash of pointer and values
     */
    @Override
    public int hashCode() {
      return Objects.hash(pointer, expected, actual);
    }
  }
}
