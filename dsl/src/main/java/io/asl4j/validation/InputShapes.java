package io.asl4j.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The execution input as the data-flow analysis sees it, from an example document or a JSON
 * Schema (a subset: see {@link Validator#withInputSchema(String)}).
 */
final class InputShapes {

  private static final int MAX_DEPTH = 1000;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();
  /** A schema using these may admit what its other keywords seem to rule out: anything. */
  private static final Set<String> REPLACING = Set.of("$ref", "$dynamicRef", "$recursiveRef");

  private InputShapes() {}

  /** The shape of an example input: exactly its members, every array element like its own. */
  static Shape example(String json) {
    return example(parse(json, "input example"), Origin.of(Origin.Form.EXAMPLE, null));
  }

  private static Shape example(Object node, Origin origin) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Member> m = new LinkedHashMap<>();
      map.forEach((k, v) -> m.put((String) k, new Member(example(v, null), Presence.CERTAIN)));
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
    Object root = parse(json, "input schema");
    if (!(root instanceof Map) && !(root instanceof Boolean)) {
      throw new IllegalArgumentException("the input schema is not a JSON Schema: expected an"
          + " object (or a boolean), found " + kind(root));
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
        Map<String, Member> m = new LinkedHashMap<>();
        List<?> required = s.get("required") instanceof List<?> r ? r : List.of();
        if (s.get("properties") instanceof Map<?, ?> props) {
          props.forEach((k, v) -> m.put((String) k, new Member(schema(v, null),
              required.contains(k) ? Presence.CERTAIN : Presence.MAYBE)));
        }
        for (Object r : required) {
          if (r instanceof String name && !m.containsKey(name)) {
            m.put(name, new Member(Shape.ANY, Presence.CERTAIN));
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

  /** Reads JSON into maps, lists, strings, numbers, booleans and null. */
  private static Object parse(String json, String what) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IllegalArgumentException("the " + what + " is empty");
      }
      Object value = value(p, t);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("the " + what + " has text after its JSON value, at "
            + p.currentLocation().getLineNr() + ":" + p.currentLocation().getColumnNr());
      }
      return value;
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst()
          .orElse("");
      throw new IllegalArgumentException("the " + what + " is not JSON: " + message, e);
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
