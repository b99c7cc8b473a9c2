package io.asl4j.json;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.internal.OrderedMap;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads free-form JSON values — payload templates, JSONata values, constants — as the model's
 * {@link Value}s, interpreting strings and keys as the {@link Mapper.ValueMode} says.
 */
final class ValueReader {

  private ValueReader() {}

  /** The mode for a field whose meaning follows the query language: {@code Assign}, ... */
  static Mapper.ValueMode modeOf(QueryLanguage ql) {
    return ql == QueryLanguage.JSONATA ? Mapper.ValueMode.JSONATA : Mapper.ValueMode.TEMPLATE;
  }

  /** Reads the current value; null (after reporting) if a part of it is wrong. */
  static Value value(ReadCursor c, Pointer p, Mapper.ValueMode mode) throws IOException {
    return value(c, p, c.t.position(), mode);
  }

  /**
   * Reads the current value; null (after reporting) if a part of it is wrong. A problem with the
   * value itself (a JSONata expression past the limits) is reported at {@code at}: a member's
   * name, where the validator places its findings about the member.
   */
  static Value value(ReadCursor c, Pointer p, long at, Mapper.ValueMode mode)
      throws IOException {
    Tokens t = c.t;
    JsonToken k = t.current();
    switch (k) {
      case START_OBJECT:
        return objectValue(c, p, mode);
      case START_ARRAY: {
        List<Value> elements = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        JsonToken e;
        while ((e = t.next()) != JsonToken.END_ARRAY) {
          Value v = e == JsonToken.START_OBJECT || e == JsonToken.START_ARRAY
              ? value(c, p.child(i), mode) : scalar(c, p.child(i), t.position(), mode);
          i++;
          if (v == null) {
            ok = false;
          } else {
            elements.add(v);
          }
        }
        return ok ? new JsonArray(elements) : null;
      }
      default:
        return scalar(c, p, at, mode);
    }
  }

  /** A string, number, boolean or null; null (after reporting) for an expression past limits. */
  private static Value scalar(ReadCursor c, Pointer p, long at, Mapper.ValueMode mode)
      throws IOException {
    Tokens t = c.t;
    switch (t.current()) {
      case VALUE_STRING: {
        String s = t.text();
        return mode == Mapper.ValueMode.JSONATA && Jsonata.isDelimited(s)
            ? c.withinLimits(new Jsonata(s), at, p) : new JsonString(s);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new JsonNumber(t.text());
      case VALUE_TRUE:
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        return JsonBoolean.FALSE;
      default:
        return JsonNull.INSTANCE;
    }
  }

  /** Reads the object at the current token; null (after reporting) if a part of it is wrong. */
  static JsonObject objectValue(ReadCursor c, Pointer p, Mapper.ValueMode mode)
      throws IOException {
    Tokens t = c.t;
    String[] keys = new String[8];
    String[] raw = null;
    long[] positions = c.located ? new long[8] : null;
    Value[] values = new Value[8];
    int n = 0;
    boolean ok = true;
    while (t.next() == JsonToken.FIELD_NAME) {
      String name = t.name();
      long namePosition = t.position();
      JsonToken k = t.next();
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
        values = Arrays.copyOf(values, n * 2);
        raw = raw == null ? null : Arrays.copyOf(raw, n * 2);
        positions = positions == null ? null : Arrays.copyOf(positions, n * 2);
      }
      String key = name;
      Value v;
      if (mode == Mapper.ValueMode.TEMPLATE && name.endsWith(".$")) {
        key = name.substring(0, name.length() - 2);
        if (raw == null && c.located) {
          // the raw names, to report keys that clash without the suffix; the fast path leaves
          // that to the map, whose check of repeated names gives up the same way
          raw = Arrays.copyOf(keys, keys.length);
        }
        if (k != JsonToken.VALUE_STRING) {
          c.problem(t.position(), p.child(name), "INVALID_PAYLOAD_TEMPLATE", "a key ending in"
              + " \".$\" takes a string: a path (\"$.field\", \"$$.Execution.Id\", \"$variable\")"
              + " or an intrinsic function (\"States.Format(...)\"); found " + t.describe());
          t.skipChildren();
          ok = false;
          continue;
        }
        String text = t.text();
        v = text.startsWith("$") ? new JsonPath(text)
            : c.withinLimits(new Intrinsic(text), namePosition, p.child(name));
      } else {
        v = k == JsonToken.START_OBJECT || k == JsonToken.START_ARRAY
            ? value(c, p.child(name), mode) : scalar(c, p.child(name), namePosition, mode);
      }
      if (v == null) {
        ok = false;
        continue;
      }
      if (raw != null) {
        raw[n] = name;
      }
      if (positions != null) {
        positions[n] = namePosition;
      }
      keys[n] = key;
      values[n++] = v;
    }
    if (raw != null && !distinct(c, p, keys, raw, positions, n)) {
      return null;
    }
    if (!ok) {
      return null;
    }
    try {
      return new JsonObject(OrderedMap.adopt(keys, values, n));
    } catch (IllegalArgumentException repeatedName) {
      // only on the fast path: a name repeated in a buffered object (the located parser rejects
      // these), or keys that clash without their .$ suffix
      throw Mapper.Bail.INSTANCE;
    }
  }

  /**
   * Reports keys that collide once the {@code .$} suffix is removed ({@code "a"} and
   * {@code "a.$"}). JSON parsing already ruled out exact duplicates, so only this can clash.
   */
  private static boolean distinct(ReadCursor c, Pointer p, String[] keys, String[] raw,
      long[] positions, int n) {
    // a payload template has a handful of keys: comparing them pairwise beats hashing
    Map<String, String> seen = n > SCAN_LIMIT ? new HashMap<>() : null;
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      String other = seen != null ? seen.putIfAbsent(keys[i], raw[i]) : earlier(keys, raw, i);
      if (other != null) {
        c.problem(positions == null ? 0 : positions[i], p.child(raw[i]), "DUPLICATE_KEY", "keys "
            + Node.quote(other, 40) + " and " + Node.quote(raw[i], 40) + " both set the field "
            + Node.quote(keys[i], 40) + " (the .$ suffix only marks a value to evaluate);"
            + " keep one");
        ok = false;
      }
    }
    return ok;
  }

  /** Objects with more keys than this are checked for clashes with a hash map. */
  private static final int SCAN_LIMIT = 16;

  /** The raw name of the first key before {@code i} equal to {@code keys[i]}, or null. */
  private static String earlier(String[] keys, String[] raw, int i) {
    for (int j = 0; j < i; j++) {
      if (keys[j].equals(keys[i])) {
        return raw[j];
      }
    }
    return null;
  }
}
