package io.asl4j.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.internal.JsonProblems;
import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The execution input as the data-flow analysis sees it, from an example document or a JSON
 * Schema (a subset: see {@link Validator#withInputSchema(String)}).
 */
final class InputShapes {

  /** The reader's parser settings and limits, duplicate names refused. */
  private static final JsonFactory FACTORY = JsonProblems.factory(true);
  /** A schema using these may admit what its other keywords seem to rule out: anything. */
  private static final Set<String> REPLACING = Set.of("$ref", "$dynamicRef", "$recursiveRef");

  private InputShapes() {}

  /** The shape of an example input: exactly its members, every array element like its own. */
  static Shape example(String json) {
    return example(parse(json, "input example").value(), Origin.of(Origin.Form.EXAMPLE, null));
  }

  private static Shape example(Object node, Origin origin) {
    if (node instanceof Map<?, ?> map) {
      Shape.Members m = new Shape.Members(map.size());
      map.forEach((k, v) -> m.add((String) k, new Member(example(v, null), Presence.CERTAIN)));
      return Shape.object(m, false, origin);
    } else if (node instanceof List<?> list) {
      Shape element = null;
      for (Object e : list) {
        Shape s = example(e, null);
        element = element == null ? s : Shape.join(element, s);
      }
      return Shape.array(element == null ? Shape.ANY : element, origin);
    } else if (node instanceof String) {
      return Shape.STRING;
    } else if (node instanceof Number) {
      return Shape.NUMBER;
    } else if (node instanceof Boolean) {
      return Shape.BOOLEAN;
    }
    return Shape.NULL;
  }

  /** The shape a JSON Schema gives: type, properties, required, additionalProperties, items. */
  static Shape schema(String json) {
    Parsed parsed = parse(json, "input schema");
    Object root = parsed.value();
    if (!(root instanceof Map) && !(root instanceof Boolean)) {
      throw new InputJsonException(parsed.line(), parsed.column(), "the input schema is not a JSON"
          + " Schema: expected an object (or a boolean), found " + kind(root), null);
    }
    return Shape.limit(schema(root, Origin.of(Origin.Form.SCHEMA, null)));
  }

  private static Shape schema(Object node, Origin origin) {
    if (!(node instanceof Map<?, ?> s)) {
      return Shape.ANY;
    }
    for (String keyword : REPLACING) {
      if (s.containsKey(keyword)) {
        return Shape.ANY;
      }
    }
    if (!(s.get("type") instanceof String type)) {
      return Shape.ANY; // no type, or several: any kind of value
    }
    switch (type) {
      case "object" -> {
        Shape.Members m = new Shape.Members(4);
        Set<Object> listed = new HashSet<>();
        List<?> required = s.get("required") instanceof List<?> r ? r : List.of();
        if (s.get("properties") instanceof Map<?, ?> props) {
          props.forEach((k, v) -> m.add((String) k, new Member(schema(v, null),
              required.contains(k) ? Presence.CERTAIN : Presence.MAYBE)));
          listed.addAll(props.keySet());
        }
        for (Object r : required) {
          if (r instanceof String name && listed.add(name)) {
            m.add(name, new Member(Shape.ANY, Presence.CERTAIN));
          }
        }
        boolean closed = Boolean.FALSE.equals(s.get("additionalProperties"))
            && !s.containsKey("patternProperties");
        return Shape.object(m, !closed, origin);
      }
      case "array" -> {
        return Shape.array(s.get("items") instanceof Map<?, ?> items ? schema(items, null)
            : Shape.ANY, origin);
      }
      case "string" -> {
        return Shape.STRING;
      }
      case "number", "integer" -> {
        return Shape.NUMBER;
      }
      case "boolean" -> {
        return Shape.BOOLEAN;
      }
      case "null" -> {
        return Shape.NULL;
      }
      default -> {
        return Shape.ANY;
      }
    }
  }

  /** A document read, with the position of its value. */
  private record Parsed(Object value, int line, int column) {}

  /**
   * Reads JSON into maps, lists, strings, numbers, booleans and null, with the reader's limits;
   * what keeps it from reading is said at its line and column, in the reader's words.
   */
  private static Parsed parse(String json, String what) {
    int start = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
    try (JsonParser p = FACTORY.createParser(json.toCharArray(), start, json.length() - start)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new InputJsonException(1, 1, "the " + what + " is empty", null);
        }
        JsonLocation at = p.currentTokenLocation();
        Object value = value(p, t);
        if (p.nextToken() != null) {
          JsonLocation extra = p.currentTokenLocation();
          throw new InputJsonException(extra.getLineNr(), extra.getColumnNr(), "the " + what
              + " has text after its JSON value", null);
        }
        return new Parsed(value, at.getLineNr(), at.getColumnNr());
      } catch (JsonProcessingException e) {
        // a limit passed comes without a location
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        String original = e.getOriginalMessage();
        if (original.startsWith("Duplicate field '")) {
          String name = original.substring("Duplicate field '".length(),
              original.lastIndexOf('\''));
          // Jackson places it just after the name; the reader points at its opening quote
          throw new InputJsonException(line, Math.max(1, column - name.length() - 2), "the " + what
              + " has the key \"" + name + "\" twice; JSON readers would silently keep only one"
              + " value, so each key may appear once per object", e);
        }
        throw new InputJsonException(line, column, "the " + what
            + (JsonProblems.isLimit(e) ? " is refused: " : " is not JSON: ")
            + JsonProblems.describe(e), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing characters in memory does no I/O
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.add(value(p, e));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return 0;
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }

  private static String kind(Object node) {
    return node instanceof List ? "an array" : node instanceof String ? "a string"
        : node instanceof Number ? "a number" : "null";
  }
}
