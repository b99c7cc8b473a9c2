package io.asl4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RoundTrip}: compile, run {@code workflow()}, compare; and what each failure says. */
class RoundTripTest {

  private static final String PASS =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String SUCCEED =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";

  /** A hand-written class whose {@code workflow()} body is {@code body}. */
  private static String clazz(String pkg, String name, String body) {
    return "package " + pkg + ";\n"
        + "public final class " + name + " {\n"
        + "  public static io.asl4j.Workflow workflow() {\n"
        + "    " + body + "\n"
        + "  }\n"
        + "}\n";
  }

  private static String generated(String name, String json) {
    return JavaGenerator.create().packageName("rt").className(name).generate(json);
  }

  @Test
  void aClassThatGivesBackItsDefinitionIsReproduced() {
    RoundTrip.Result r = RoundTrip.verify("rt.Pass", generated("Pass", PASS), PASS);

    assertThat(r.outcome()).isEqualTo(RoundTrip.Outcome.REPRODUCED);
    assertThat(r.reproduced()).isTrue();
    assertThat(r.problem()).isEmpty();
    assertThat(r.difference()).isEmpty();
    assertThat(r.compilerErrors()).isEmpty();
    assertThat(r.failure()).isEmpty();
    assertThat(r).hasToString("rt.Pass: reproduced");
  }

  @Test
  void theGeneratorVerifiesWhatItGenerates() {
    assertThat(JavaGenerator.create().packageName("rt").className("Self").verify(PASS))
        .hasToString("rt.Self: reproduced");
    assertThat(JavaGenerator.create().className("NoPackage").verify("\uFEFF" + PASS).reproduced())
        .as("a byte order mark, which the reader skips, is not a difference").isTrue();
  }

  @Test
  void theFirstDifferenceIsNamed() {
    RoundTrip.Result r = RoundTrip.verify("rt.Other", generated("Other", SUCCEED), PASS);

    assertThat(r.outcome()).isEqualTo(RoundTrip.Outcome.DIFFERENT);
    assertThat(r.difference()).hasValueSatisfying(d -> {
      assertThat(d.pointer()).isEqualTo("/States/A/Type");
      assertThat(d.expected()).hasValue("\"Pass\"");
      assertThat(d.actual()).hasValue("\"Succeed\"");
    });
    assertThat(r.problem()).hasValue("generated code does not reproduce the input:"
        + " /States/A/Type: expected \"Pass\", found \"Succeed\"");
  }

  @Test
  void numbersMustComeBackWithTheirText() {
    String json = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":5,"
        + "\"End\":true}}}";
    String source = clazz("rt", "Five", "return io.asl4j.Workflow.fromJson("
        + "\"{\\\"StartAt\\\":\\\"W\\\",\\\"States\\\":{\\\"W\\\":{\\\"Type\\\":\\\"Wait\\\","
        + "\\\"Seconds\\\":5.0,\\\"End\\\":true}}}\");");

    assertThat(RoundTrip.verify("rt.Five", source, json).problem())
        .hasValue("generated code does not reproduce the input: /States/W/Seconds: expected 5,"
            + " found 5.0");
  }

  @Test
  void javacsOwnErrorsAreReported() {
    RoundTrip.Result r = RoundTrip.verify("Broken", "public final class Broken {", PASS);

    assertThat(r.outcome()).isEqualTo(RoundTrip.Outcome.NOT_COMPILED);
    assertThat(r.compilerErrors())
        .containsExactly("Broken.java:1:28: reached end of file while parsing");
    assertThat(r.problem()).hasValue("the generated code does not compile:\n"
        + "  Broken.java:1:28: reached end of file while parsing");
  }

  @Test
  void javacsContinuationLinesStayUnderTheirError() {
    String source = clazz("p", "Unknown", "Foo x = null; int y = \"s\"; return null;");

    assertThat(RoundTrip.verify("p.Unknown", source, PASS).problem()).hasValue(
        "the generated code does not compile:\n"
            + "  p/Unknown.java:4:5: cannot find symbol\n"
            + "    symbol:   class Foo\n"
            + "    location: class p.Unknown\n"
            + "  p/Unknown.java:4:27: incompatible types: java.lang.String cannot be converted"
            + " to int");
  }

  @Test
  void whatWorkflowThrowsIsReported() {
    RoundTrip.Result r = RoundTrip.verify("p.Throws", clazz("p", "Throws",
        "throw new IllegalStateException(\"x\");"), PASS);

    assertThat(r.outcome()).isEqualTo(RoundTrip.Outcome.FAILED);
    assertThat(r.failure()).containsInstanceOf(IllegalStateException.class);
    assertThat(r.problem())
        .hasValue("the generated workflow() throws java.lang.IllegalStateException: x");
  }

  @Test
  void aClassWithoutAWorkflowIsReported() {
    assertThat(RoundTrip.verify("p.Empty", "package p; public class Empty {}", PASS).problem())
        .hasValue("cannot run the generated workflow(): java.lang.NoSuchMethodException:"
            + " p.Empty.workflow()");
    assertThat(RoundTrip.verify("p.Null", clazz("p", "Null", "return null;"), PASS).problem())
        .hasValue("the generated workflow() returns null, not a Workflow");
  }

  @Test
  void aDefinitionThatIsNotJsonCannotBeCompared() {
    assertThat(RoundTrip.verify("rt.Pass", generated("Pass", PASS), PASS + " {}").problem())
        .hasValue("cannot compare: expected JSON is not valid: more content after the JSON value"
            + " (line 1, column 59)");
  }

  @Test
  void manyClassesCompileTogetherAndOneBrokenClassStopsNoOther() {
    List<RoundTrip.Result> results = RoundTrip.verifyAll(List.of(
        new RoundTrip.Generated("rt.One", generated("One", PASS), PASS),
        new RoundTrip.Generated("rt.Broken", "package rt; class Broken { int x = ; }", PASS),
        new RoundTrip.Generated("rt.Two", generated("Two", SUCCEED), SUCCEED)));

    assertThat(results).extracting(RoundTrip.Result::toString).containsExactly(
        "rt.One: reproduced",
        "rt.Broken: the generated code does not compile:\n"
            + "  rt/Broken.java:1:36: illegal start of expression",
        "rt.Two: reproduced");
  }

  @Test
  void classNamesMustBeDistinct() {
    RoundTrip.Generated one = new RoundTrip.Generated("rt.Same", generated("Same", PASS), PASS);

    assertThatThrownBy(() -> RoundTrip.verifyAll(List.of(one, one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two classes named rt.Same");
    assertThat(RoundTrip.verifyAll(List.of())).isEmpty();
  }
}
