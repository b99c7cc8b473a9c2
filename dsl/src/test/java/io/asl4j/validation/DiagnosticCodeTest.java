package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The diagnostic codes: every code the reader and the rules give, and the README's table. */
class DiagnosticCodeTest {

  /** A string literal in code-style capitals, such as {@code "MISSING_FIELD"}. */
  private static final Pattern CODE_LITERAL =
      Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
  private static final Path MAIN = Path.of("src/main/java/io/asl4j");

  private static Set<String> codeLiterals(Path folder, Set<String> skip) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (skip.contains(f.getFileName().toString())) {
          continue;
        }
        Matcher m = CODE_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
    return found;
  }

  private static Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      names.add(c.name());
    }
    return names;
  }

  @Test
  void everyCodeTheReaderWritesHasAConstant() throws IOException {
    Set<String> reader = codeLiterals(MAIN.resolve("json"), Set.of());
    assertThat(reader).contains("INVALID_JSON", "DUPLICATE_KEY", "WRONG_TYPE", "UNKNOWN_FIELD",
        "FIELD_NOT_ALLOWED", "MISSING_FIELD", "MISSING_TRANSITION", "MUTUALLY_EXCLUSIVE",
        "INVALID_VALUE", "UNKNOWN_STATE_TYPE", "INVALID_CHOICE_RULE", "INVALID_PAYLOAD_TEMPLATE");
    assertThat(names()).containsAll(reader);
  }

  @Test
  void everyCodeTheIntrinsicParserWritesHasAConstant() throws IOException {
    Set<String> intrinsics = codeLiterals(MAIN.resolve("validation"), Set.of());
    assertThat(intrinsics).contains("INVALID_INTRINSIC", "UNKNOWN_INTRINSIC",
        "INTRINSIC_ARGUMENTS", "INTRINSIC_NESTING");
    assertThat(names()).containsAll(intrinsics);
  }

  @Test
  void theRulesNameCodesOnlyThroughTheEnum() throws IOException {
    // the intrinsic parser still returns its codes as text; the rules map them at the boundary
    assertThat(codeLiterals(MAIN.resolve("validation"), Set.of("IntrinsicSyntax.java")))
        .isEmpty();
  }

  /** Each reader problem, made by a state "A" written as given (single quotes for double). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INVALID_JSON             | {'Type': 'Succeed'",
      "DUPLICATE_KEY            | {'Type': 'Succeed', 'Type': 'Succeed'}",
      "WRONG_TYPE               | {'Type': 'Wait', 'Seconds': '5', 'End': true}",
      "UNKNOWN_FIELD            | {'Type': 'Succeed', 'Nxt': 'A'}",
      "FIELD_NOT_ALLOWED        | {'Type': 'Succeed', 'Next': 'A'}",
      "MISSING_FIELD            | {'Type': 'Task', 'End': true}",
      "MISSING_TRANSITION       | {'Type': 'Pass'}",
      "MUTUALLY_EXCLUSIVE       | {'Type': 'Pass', 'Next': 'A', 'End': true}",
      "INVALID_VALUE            | {'Type': 'Pass', 'End': false}",
      "UNKNOWN_STATE_TYPE       | {'Type': 'Loop', 'End': true}",
      "INVALID_CHOICE_RULE      | {'Type': 'Choice', 'Choices': [{'Next': 'A'}]}",
      "INVALID_PAYLOAD_TEMPLATE | {'Type': 'Pass', 'Parameters': {'a.$': 5}, 'End': true}"})
  void readerProblemsBecomeDiagnosticsWithTheirCode(DiagnosticCode code, String state) {
    String json = "{'StartAt': 'A', 'States': {'A': " + state + "}}";
    List<Diagnostic> found = Validator.create().validate(json.replace('\'', '"'));
    assertThat(found).extracting(Diagnostic::code).contains(code);
    assertThat(found).filteredOn(d -> d.code() == code)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void readmeTableListsEveryCode() throws IOException {
    Path readme = Files.exists(Path.of("README.md")) ? Path.of("README.md")
        : Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf("| code | severity | meaning |");
    assertThat(start).as("the README's Diagnostic codes table").isNotNegative();
    List<String> rows = new ArrayList<>();
    for (String line : text.substring(start).split("\n", -1)) {
      if (!line.startsWith("|")) {
        break;
      }
      rows.add(line);
    }
    List<String> expected = new ArrayList<>();
    expected.add("| code | severity | meaning |");
    expected.add("| --- | --- | --- |");
    for (DiagnosticCode c : DiagnosticCode.values()) {
      expected.add("| `" + c.name() + "` | " + c.severity() + " | " + c.summary() + " |");
    }
    assertThat(String.join("\n", rows)).isEqualTo(String.join("\n", expected));
  }
}
