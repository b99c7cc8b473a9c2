package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.json.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming placement of diagnostics puts every pointer where the located tree
 * ({@link SourceMap}) puts it: members at their names, elements at their values, what is absent at
 * the nearest value that exists.
 */
class SourcePositionsTest {

  private static final String TEXT = "\uFEFF{\n"
      + "  \"StartAt\": \"A\",\n"
      + "  \"States\": {\n"
      + "    \"A\": {\"Type\": \"Pass\", \"Parameters\": {\"a/b\": [1, {\"c~d\": true}, [2, 3]],\n"
      + "      \"x.$\": \"$.x\"}, \"Next\": \"B\"},\n"
      + "    \"B\": {\"Type\": \"Succeed\", \"Comment\": \"caf\u00e9 \\u00e9\"}\n"
      + "  }\n"
      + "}\n";

  @Test
  void placesPointersAsTheLocatedTreeDoes() {
    List<String> pointers = new ArrayList<>(List.of("", "/StartAt", "/States", "/States/A",
        "/States/A/Type", "/States/A/Parameters/a~1b", "/States/A/Parameters/a~1b/0",
        "/States/A/Parameters/a~1b/1/c~0d", "/States/A/Parameters/a~1b/2/1",
        "/States/A/Parameters/a~1b/9", "/States/A/Parameters/x.$", "/States/A/Next",
        "/States/B/Comment", "/States/B/Missing/deeper", "/Nope"));
    SourceMap map = SourceMap.of(TEXT);
    List<int[]> found = SourcePositions.of(TEXT, pointers);
    for (int i = 0; i < pointers.size(); i++) {
      assertThat(found.get(i)).as(pointers.get(i)).containsExactly(map.position(pointers.get(i)));
    }
    assertThat(found.get(7)).containsExactly(4, 54);
  }

  @Test
  void textThatIsNotJsonPlacesWhatItCan() {
    assertThat(SourcePositions.of("{\"a\": {\"b\": 1,,", List.of("/a/b", "/c")))
        .containsExactly(new int[] {1, 8}, new int[] {1, 1});
    assertThat(SourcePositions.of("", List.of("/a"))).containsExactly(new int[] {1, 1});
    assertThat(SourcePositions.of(" \n ", List.of(""))).containsExactly(new int[] {1, 1});
  }

  @Test
  void placesTheWholeDefinitionAtItsFirstValue() {
    String text = "\uFEFF\r\n  \n\t{\"a\": [1]}";
    assertThat(SourcePositions.of(text, List.of(""))).containsExactly(new int[] {3, 2});
    assertThat(SourcePositions.of(text, List.of("", "/a/0"))).containsExactly(new int[] {3, 2},
        new int[] {3, 9});
    assertThat(SourceMap.of(text).position("")).containsExactly(3, 2);
  }

  @Test
  void placesEveryPointerOfRandomDocumentsAsTheLocatedTreeDoes() {
    Random random = new Random(15);
    Random picks = new Random(16);
    int compared = 0;
    for (int n = 0; n < 400; n++) {
      Object document = value(random, 0);
      StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "");
      // half the texts without a CR: their lines are counted another way
      write(document, text, random, n % 2 == 0 ? SPACE : LF_SPACE);
      List<String> pointers = new ArrayList<>();
      pointers(document, "", pointers);
      pointers.add("/absent");
      List<int[]> found = SourcePositions.of(text.toString(), pointers);
      SourceMap map = SourceMap.of(text.toString());
      for (int i = 0; i < pointers.size(); i++) {
        assertThat(found.get(i)).as("%s in %s", pointers.get(i), text)
            .containsExactly(map.position(pointers.get(i)));
        compared++;
      }
      // two pointers at a time: the walk ends as soon as it has found them
      for (int k = 0; k < 5; k++) {
        List<String> two = List.of(pointers.get(picks.nextInt(pointers.size())),
            pointers.get(picks.nextInt(pointers.size())));
        List<int[]> placed = SourcePositions.of(text.toString(), two);
        for (int i = 0; i < two.size(); i++) {
          assertThat(placed.get(i)).as("%s of %s in %s", two.get(i), two, text)
              .containsExactly(map.position(two.get(i)));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(8_000);
  }

  private static final String[] NAMES = {"StartAt", "States", "a/b", "c~d", "x.$", "caf\u00e9",
      "q\"uote", "back\\slash", "tab\t", "{[", "", "\ud83d\ude00"};
  private static final String[] SPACE = {"", " ", "\n", "\r\n", "\r", "\t", "  \n    "};
  private static final String[] LF_SPACE = {"", " ", "\n", "\n\n", "\t", "  \n    "};

  private static Object value(Random random, int depth) {
    int kind = depth == 0 ? 3 + random.nextInt(3) : random.nextInt(depth >= 4 ? 3 : 6);
    switch (kind) {
      case 0:
        return NAMES[random.nextInt(NAMES.length)] + "]}\\";
      case 1:
        return random.nextBoolean() ? (Object) (random.nextInt(2001) - 1000) : Boolean.TRUE;
      case 2:
        return null;
      case 3:
      case 4: {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          members.put(NAMES[random.nextInt(NAMES.length)], value(random, depth + 1));
        }
        return members;
      }
      default: {
        List<Object> elements = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          elements.add(value(random, depth + 1));
        }
        return elements;
      }
    }
  }

  private static void write(Object v, StringBuilder out, Random random, String[] space) {
    out.append(space[random.nextInt(space.length)]);
    if (v instanceof Map<?, ?> m) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(first ? "" : ",").append(space[random.nextInt(space.length)]);
        quote((String) e.getKey(), out);
        out.append(space[random.nextInt(space.length)]).append(':');
        write(e.getValue(), out, random, space);
        first = false;
      }
      out.append(space[random.nextInt(space.length)]).append('}');
    } else if (v instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(l.get(i), out, random, space);
      }
      out.append(space[random.nextInt(space.length)]).append(']');
    } else if (v instanceof String s) {
      quote(s, out);
    } else {
      out.append(v);
    }
    out.append(space[random.nextInt(space.length)]);
  }

  /** Writes a string with its quotes and backslashes escaped, and é as a Unicode escape. */
  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\u00e9' -> out.append("\\u00e9");
        case '/' -> out.append("\\/");
        default -> out.append(c);
      }
    }
    out.append('"');
  }

  private static void pointers(Object v, String at, List<String> out) {
    out.add(at);
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        pointers(e.getValue(), at + "/" + ((String) e.getKey()).replace("~", "~0")
            .replace("/", "~1"), out);
      }
      out.add(at + "/absent");
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        pointers(l.get(i), at + "/" + i, out);
      }
      out.add(at + "/" + l.size());
    }
  }
}
