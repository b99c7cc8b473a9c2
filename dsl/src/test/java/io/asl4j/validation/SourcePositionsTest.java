package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.json.SourceMap;
import java.util.ArrayList;
import java.util.List;
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
  }
}
