package io.asl4j.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line and column of a few JSON pointers in a text, as {@code SourceMap} places them
 * (an object member at its name, an array element at its value, something absent at the nearest
 * enclosing value), in one streaming pass that skips every value no pointer goes into: no tree of
 * the document is built, so placing the diagnostics of a large definition costs a fraction of
 * reading it, in time and in memory. Array indexes are matched as the validator writes them
 * ({@code 1}, never {@code 01}).
 */
final class SourcePositions {

  /** Member names canonicalized (definitions repeat a few), not interned. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
      .build();

  /** A step of the pointers: where it was found, and the steps below it. */
  private static final class Step {
    final Map<String, Step> children = new HashMap<>(4);
    /** The line in the high 32 bits and the column in the low ones, or 0 when not found. */
    long position;
    /** The children whose segments are array indexes, by index; built on first use. */
    Map<Integer, Step> elements;

    Step child(String segment) {
      return children.computeIfAbsent(segment, s -> new Step());
    }

    Step element(int i) {
      if (elements == null) {
        elements = new HashMap<>(4);
        for (Map.Entry<String, Step> e : children.entrySet()) {
          if (isIndex(e.getKey())) {
            elements.putIfAbsent(Integer.parseInt(e.getKey()), e.getValue());
          }
        }
      }
      return elements.get(i);
    }
  }

  private final JsonParser parser;

  private SourcePositions(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Places each pointer in the text.
   *
   * @param json the JSON text (a byte order mark is skipped)
   * @param pointers RFC 6901 pointers
   * @return {line, column} for each pointer, in order; {1, 1} where the text is not JSON
   */
  static List<int[]> of(String json, List<String> pointers) {
    Step root = new Step();
    List<List<Step>> routes = new ArrayList<>(pointers.size());
    for (String pointer : pointers) {
      List<Step> route = new ArrayList<>();
      Step s = root;
      route.add(s);
      if (!pointer.isEmpty()) {
        for (String segment : pointer.substring(1).split("/", -1)) {
          s = s.child(segment.replace("~1", "/").replace("~0", "~"));
          route.add(s);
        }
      }
      routes.add(route);
    }
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    // Jackson copies a short text into a recycled buffer and streams a long one: no copy of it
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t != null) {
        SourcePositions walk = new SourcePositions(p);
        root.position = walk.position();
        walk.value(t, root);
      }
    } catch (IOException | RuntimeException notJson) {
      // what was found so far stands; the rest is placed at the nearest value found
    }
    List<int[]> out = new ArrayList<>(pointers.size());
    for (List<Step> route : routes) {
      long at = 0;
      for (Step s : route) {
        if (s.position == 0) {
          break;
        }
        at = s.position;
      }
      out.add(at == 0 ? new int[] {1, 1} : new int[] {(int) (at >>> 32), (int) at});
    }
    return out;
  }

  /** Reads the value the parser is at, descending only into the steps wanted. */
  private void value(JsonToken t, Step step) throws IOException {
    if (step.children.isEmpty()) {
      parser.skipChildren();
    } else if (t == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        Step child = step.children.get(parser.currentName());
        long at = child == null ? 0 : position();
        JsonToken v = parser.nextToken();
        if (child == null) {
          parser.skipChildren();
        } else {
          if (child.position == 0) {
            child.position = at;
          }
          value(v, child);
        }
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
        Step child = step.element(i);
        i++;
        if (child == null) {
          parser.skipChildren();
        } else {
          if (child.position == 0) {
            child.position = position();
          }
          value(e, child);
        }
      }
    }
  }

  private long position() {
    JsonLocation loc = parser.currentTokenLocation();
    return ((long) loc.getLineNr() << 32) | (loc.getColumnNr() & 0xFFFFFFFFL);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
