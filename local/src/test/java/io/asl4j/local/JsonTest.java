package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void integersAndFloatsKeepTheirKind() {
    assertThat(Json.parse("1")).isEqualTo(1L);
    assertThat(Json.parse("1.0")).isEqualTo(1.0);
    assertThat(Json.write(Json.parse("[1, 1.0, -0, 2.5e3]"))).isEqualTo("[1,1.0,0,2500.0]");
  }

  @Test
  void largeIntegersStayExact() {
    assertThat(Json.parse("123456789012345678901234567890"))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void objectsKeepTheirOrderAndNullIsJavaNull() {
    Object v = Json.parse("{\"b\": null, \"a\": [true, \"x\"]}");
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m).containsEntry("b", null).containsEntry("a", List.of(true, "x"));
    assertThat(String.join(",", m.keySet())).isEqualTo("b,a");
    assertThat(Json.write(v)).isEqualTo("{\"b\":null,\"a\":[true,\"x\"]}");
  }

  @Test
  void stringsAreEscapedOnlyWhereJsonNeedsIt() {
    assertThat(Json.write("a\"b\\c\n\u0001é/")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001é/\"");
  }

  @Test
  void prettyOutputIndentsByTwoSpaces() {
    assertThat(Json.writePretty(Json.parse("{\"a\":[1],\"b\":{}}")))
        .isEqualTo("{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}");
  }

  @Test
  void badTextIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": tru\n}"))
        .hasMessage("invalid JSON at line 2, column 8: expected a value");
    assertThatThrownBy(() -> Json.parse("[1,]"))
        .hasMessage("invalid JSON at line 1, column 4: expected a value");
    assertThatThrownBy(() -> Json.parse("1 2"))
        .hasMessage("invalid JSON at line 1, column 3: expected the end of the text");
  }
}
