package io.asl4j.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.asl4j.Workflow;
import io.asl4j.json.AslReader;
import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.Json;
import io.asl4j.local.LocalExecutor;
import io.asl4j.local.Mocks;
import io.asl4j.model.ExecutionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every execution recorded against AWS in {@code ../shared/conformance} (the system property
 * {@code asl4j.conformance}) on the local executor, by the contract of that folder's README: Task
 * states answer from {@code mocks.json}; status, output, error, cause and the states entered must
 * agree with AWS.
 *
 * <p>A case may disagree only when {@code execution-conformance-exceptions.tsv} lists it with its
 * reason and evidence; a listed case that starts agreeing fails the test too, so the list cannot
 * rot. Every disagreement is written to {@code target/execution-conformance.txt}.
 */
class ExecutionConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXCEPTIONS = "/conformance/execution-conformance-exceptions.tsv";

  @Test
  void everyRecordedExecutionAgreesWithAws() throws IOException {
    Path cases = root().resolve("cases");
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cases)) {
      dirs = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    Map<String, String> disagreements = new TreeMap<>();
    for (Path dir : dirs) {
      String problem;
      try {
        problem = check(dir);
      } catch (RuntimeException | IOException | StackOverflowError e) {
        problem = "threw " + e;
      }
      if (problem != null) {
        disagreements.put(dir.getFileName().toString(), problem);
      }
    }
    int agree = dirs.size() - disagreements.size();
    System.out.println("Conformance: " + agree + "/" + dirs.size()
        + " agree with AWS (status, output, error, cause, states entered)");
    Path report = Path.of("target", "execution-conformance.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, disagreements.entrySet().stream()
        .map(e -> e.getKey() + "\n  " + e.getValue().replace("\n", "\n  "))
        .collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);

    Map<String, String> documented = documentedExceptions();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : disagreements.entrySet()) {
      if (!documented.containsKey(e.getKey())) {
        problems.add(e.getKey() + ": " + e.getValue());
      }
    }
    for (String id : documented.keySet()) {
      if (!disagreements.containsKey(id)) {
        problems.add(id + ": listed in " + EXCEPTIONS + " but agrees with AWS now; remove it");
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " case(s) disagree with AWS without a documented reason (details in "
          + report.toAbsolutePath() + "):\n" + String.join("\n", problems.subList(0,
          Math.min(40, problems.size()))));
    }
  }

  /** Runs one case; returns what disagrees, or null when everything agrees. */
  private static String check(Path dir) throws IOException {
    String definition = Files.readString(dir.resolve("definition.asl.json"));
    Workflow workflow = AslReader.create().keepUnknownFields(true).read(definition);
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    String source = Files.readString(dir.resolve("source.txt"));
    ExecutionType type = source.contains("state_machine_type: EXPRESS") ? ExecutionType.EXPRESS
        : ExecutionType.STANDARD;
    Mocks mocks = Mocks.read(dir.resolve("mocks.json"), Optional.empty());
    ExecutionResult r = LocalExecutor.compile(workflow).runJson(
        Files.readString(dir.resolve("input.json")), mocks,
        ExecutionOptions.defaults().withType(type));

    Set<String> ignore = new HashSet<>();
    expected.path("ignore").forEach(n -> ignore.add(n.asText()));
    List<String> problems = new ArrayList<>();
    String status = expected.path("status").asText();
    if (!status.equals(r.status().name())) {
      problems.add("status " + r.status() + ", AWS " + status
          + (r.error().isPresent() ? " (error " + r.error().get() + ": " + r.cause().orElse("") + ")"
              : ""));
    }
    if (expected.has("output") && !ignore.contains("/output")) {
      JsonNode actual = JSON.readTree(Json.write(r.output().orElse(null)));
      String diff = diff(expected.get("output"), actual, "/output", ignore);
      if (diff != null) {
        problems.add("output " + diff + "\n    local: " + abbreviate(actual.toString())
            + "\n    AWS:   " + abbreviate(expected.get("output").toString()));
      }
    }
    if (status.equals("FAILED")) {
      String error = expected.path("error").isNull() ? null : expected.path("error").asText();
      if (!ignore.contains("/error") && !java.util.Objects.equals(error, r.error().orElse(null))) {
        problems.add("error " + r.error().orElse(null) + ", AWS " + error);
      }
      String cause = expected.path("cause").isNull() ? null : expected.path("cause").asText();
      String actualCause = r.cause().orElse(null);
      if (!ignore.contains("/cause") && !causeAgrees(cause, actualCause,
          "json".equals(expected.path("cause_compare").asText()))) {
        problems.add("cause\n    local: " + actualCause + "\n    AWS:   " + cause);
      }
    }
    if (expected.has("states_entered")) {
      List<String> want = new ArrayList<>();
      expected.get("states_entered").forEach(n -> want.add(n.asText()));
      List<String> got = r.statesEntered();
      boolean multiset = "multiset".equals(expected.path("states_entered_order").asText());
      boolean same = multiset ? sorted(want).equals(sorted(got)) : want.equals(got);
      if (!same) {
        problems.add("states entered " + got + ", AWS " + want);
      }
    }
    return problems.isEmpty() ? null : String.join("\n", problems);
  }

  private static boolean causeAgrees(String expected, String actual, boolean asJson) {
    if (java.util.Objects.equals(expected, actual)) {
      return true;
    }
    if (asJson && expected != null && actual != null) {
      try {
        return diff(JSON.readTree(expected), JSON.readTree(actual), "", Set.of()) == null;
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /** Compares JSON values: object member order ignored, integers and floats kept apart. */
  private static String diff(JsonNode want, JsonNode got, String pointer, Set<String> ignore) {
    if (ignore.contains(pointer)) {
      return null;
    }
    if (want.isObject() && got.isObject()) {
      Set<String> names = new HashSet<>();
      want.fieldNames().forEachRemaining(names::add);
      got.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        String p = pointer + "/" + n.replace("~", "~0").replace("/", "~1");
        if (!want.has(n) || !got.has(n)) {
          if (ignore.contains(p)) {
            continue;
          }
          return "at " + p + ": " + (want.has(n) ? "missing" : "unexpected member");
        }
        String d = diff(want.get(n), got.get(n), p, ignore);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (want.isArray() && got.isArray()) {
      if (want.size() != got.size()) {
        return "at " + pointer + ": " + got.size() + " elements, AWS " + want.size();
      }
      for (int i = 0; i < want.size(); i++) {
        String d = diff(want.get(i), got.get(i), pointer + "/" + i, ignore);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (want.isNumber() && got.isNumber()) {
      boolean same = want.isIntegralNumber() == got.isIntegralNumber()
          && want.decimalValue().compareTo(got.decimalValue()) == 0;
      return same ? null : "at " + pointer + ": " + got + ", AWS " + want;
    }
    return want.equals(got) ? null : "at " + pointer + ": " + abbreviate(got.toString()) + ", AWS "
        + abbreviate(want.toString());
  }

  private static List<String> sorted(List<String> l) {
    List<String> c = new ArrayList<>(l);
    c.sort(null);
    return c;
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  /** Case id to reason, from the checked-in list of documented disagreements. */
  private static Map<String, String> documentedExceptions() throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    try (var in = ExecutionConformanceTest.class.getResourceAsStream(EXCEPTIONS)) {
      if (in == null) {
        return m;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3 || f[1].isBlank() || f[2].isBlank()) {
          fail(EXCEPTIONS + ": every line is case id, reason and evidence, tab-separated: " + line);
        }
        m.put(f[0], f[1]);
      }
    }
    return m;
  }

  /** The conformance folder; fails on CI and skips elsewhere when it is missing. */
  private static Path root() {
    String configured = System.getProperty("asl4j.conformance");
    List<Path> candidates = configured != null ? List.of(Path.of(configured))
        : List.of(Path.of("../shared/conformance"), Path.of("../../shared/conformance"));
    for (Path p : candidates) {
      if (Files.isDirectory(p.resolve("cases"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    String message = "execution conformance cases not found at "
        + candidates.get(0).toAbsolutePath().normalize()
        + " (set -Dasl4j.conformance=DIR to point at ../shared/conformance)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message + "; skipping the execution conformance test");
    throw new AssertionError("unreachable");
  }

  /** Keeps an unused-import check quiet across JDKs. */
  static Iterator<JsonNode> elements(ArrayNode a) {
    return a.elements();
  }
}
