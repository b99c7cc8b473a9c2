package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPathExprTest {

  private static final Object DATA = Json.parseInternal("""
      {"a": {"b": [10, 20, 30], "c": null},
       "users": [{"name": "x", "status": 0}, {"name": "y", "status": 1}],
       "odd key": 1}
      """);

  private static String find(String path) {
    Object v = JsonPathExpr.compile(path).find(DATA);
    return v == JsonPathExpr.MISSING ? "MISSING" : Json.write(v);
  }

  @Test
  void definitePathsSelectOneValue() {
    assertThat(find("$")).isEqualTo(Json.write(DATA));
    assertThat(find("$.a.b[1]")).isEqualTo("20");
    assertThat(find("$.a.b[-1]")).isEqualTo("30");
    assertThat(find("$['odd key']")).isEqualTo("1");
    assertThat(find("$.a.c")).isEqualTo("null");
    assertThat(find("$.a.b.length()")).isEqualTo("3");
  }

  @Test
  void definitePathsThatSelectNothingAreMissing() {
    assertThat(find("$.x")).isEqualTo("MISSING");
    assertThat(find("$.a.b[3]")).isEqualTo("MISSING");
    assertThat(find("$.a.c.d")).isEqualTo("MISSING");
  }

  @Test
  void indefinitePathsSelectALists() {
    assertThat(find("$.a.b[*]")).isEqualTo("[10,20,30]");
    assertThat(find("$.a.b[1:]")).isEqualTo("[20,30]");
    assertThat(find("$.a.b[:1]")).isEqualTo("[10]");
    assertThat(find("$.a.b[0,2]")).isEqualTo("[10,30]");
    assertThat(find("$.users[*].name")).isEqualTo("[\"x\",\"y\"]");
    assertThat(find("$..name")).isEqualTo("[\"x\",\"y\"]");
    assertThat(find("$.missing[*]")).isEqualTo("[]");
  }

  @Test
  void filtersCompareMembersOfEachElement() {
    assertThat(find("$.users[?(@.status == 0)]")).isEqualTo("[{\"name\":\"x\",\"status\":0}]");
    assertThat(find("$.users[?(@.status > 0 && @.name == 'y')].name")).isEqualTo("[\"y\"]");
    assertThat(find("$.users[?(@.status)].name")).isEqualTo("[\"x\",\"y\"]");
  }

  @Test
  void missingValuesAreExplainedInJaywaysWords() {
    assertThat(JsonPathExpr.compile("$.no.such.path").whyMissing(DATA))
        .isEqualTo("Missing property in path $['no']");
    assertThat(JsonPathExpr.compile("$.a.nope").whyMissing(DATA))
        .isEqualTo("No results for path: $['a']['nope']");
  }

  @Test
  void resultPathWritesIntoACopyCreatingObjects() {
    JsonPathExpr p = JsonPathExpr.compile("$.x.y");
    Object target = Json.parseInternal("{\"k\": 1}");
    assertThat(Json.write(p.put(target, 5L))).isEqualTo("{\"k\":1,\"x\":{\"y\":5}}");
  }

  @Test
  void rootsAreInputContextOrVariable() {
    assertThat(JsonPathExpr.compile("$$.Execution.Id").root).isEqualTo(JsonPathExpr.Root.CONTEXT);
    JsonPathExpr v = JsonPathExpr.compile("$total.sum");
    assertThat(v.root).isEqualTo(JsonPathExpr.Root.VARIABLE);
    assertThat(v.variable).isEqualTo("total");
  }

  @Test
  void malformedPathsAreRejected() {
    assertThatThrownBy(() -> JsonPathExpr.compile("a.b"))
        .hasMessage("invalid JSONPath 'a.b': a path starts with $");
    assertThatThrownBy(() -> JsonPathExpr.compile("$.a[x]"))
        .hasMessage("invalid JSONPath '$.a[x]': expected an index, a slice, * or a quoted name in [ ]");
  }
}
