package io.asl4j.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares JSON texts as trees with an independent parser (Jackson databind): object member order
 * ignored, numbers compared by value, everything else exact. Reports the first difference by JSON
 * pointer, so a failing golden test says where.
 */
public final class JsonTrees {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private JsonTrees() {}

  /**
   * Parses JSON text.
   *
   * @param json the text
   * @return the tree
   */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Finds the first place where two JSON texts differ as trees.
   *
   * @param expected the expected JSON
   * @param actual the actual JSON
   * @return a description with the JSON pointer, or empty when the trees are equal
   */
  public static Optional<String> firstDifference(String expected, String actual) {
    return difference(parse(expected), parse(actual), "");
  }

  /**
   * Fails unless the two texts are the same JSON tree.
   *
   * @param expected the expected JSON
   * @param actual the actual JSON
   */
  public static void assertSameTree(String expected, String actual) {
    Optional<String> d = firstDifference(expected, actual);
    if (d.isPresent()) {
      throw new AssertionError("JSON trees differ at " + d.get());
    }
  }

  private static Optional<String> difference(JsonNode e, JsonNode a, String at) {
    if (e.isNumber() && a.isNumber()) {
      return e.decimalValue().compareTo(a.decimalValue()) == 0 ? Optional.empty()
          : Optional.of(where(at) + ": expected " + e + ", found " + a);
    }
    if (e.getNodeType() != a.getNodeType()) {
      return Optional.of(where(at) + ": expected " + e.getNodeType() + " " + brief(e) + ", found "
          + a.getNodeType() + " " + brief(a));
    }
    if (e.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = e.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> m = it.next();
        String p = at + "/" + m.getKey().replace("~", "~0").replace("/", "~1");
        if (!a.has(m.getKey())) {
          return Optional.of(p + ": missing");
        }
        Optional<String> d = difference(m.getValue(), a.get(m.getKey()), p);
        if (d.isPresent()) {
          return d;
        }
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!e.has(k)) {
          return Optional.of(at + "/" + k + ": unexpected member");
        }
      }
      return Optional.empty();
    }
    if (e.isArray()) {
      if (e.size() != a.size()) {
        return Optional.of(where(at) + ": expected " + e.size() + " elements, found " + a.size());
      }
      for (int i = 0; i < e.size(); i++) {
        Optional<String> d = difference(e.get(i), a.get(i), at + "/" + i);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return e.equals(a) ? Optional.empty()
        : Optional.of(where(at) + ": expected " + e + ", found " + a);
  }

  private static String where(String at) {
    return at.isEmpty() ? "(root)" : at;
  }

  private static String brief(JsonNode n) {
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
