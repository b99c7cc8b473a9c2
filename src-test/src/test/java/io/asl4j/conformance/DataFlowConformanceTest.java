package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslWriter;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonShape;
import io.asl4j.model.JsonString;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.ResultShapes;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.TaskState;
import io.asl4j.model.Value;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data-flow analysis against what AWS did: the 665 executions recorded against real Step
 * Functions in {@code ../shared/conformance} (definition, input, task results, outcome). Given
 * each execution's input as the input example, the analysis reports no certain failure that AWS
 * did not have, and it finds the path failures AWS did have; and every task result AWS recorded
 * fits the shape {@link ResultShapes} gives for its resource.
 */
class DataFlowConformanceTest {

  /**
   * The recorded path failures the analysis does not find, and why: an undefined variable is
   * reported by another rule (UNASSIGNED_VARIABLE), and a legacy Lambda ARN returns anything.
   */
  private static final Set<String> NOT_FOUND_HERE = Set.of(
      "assign.assign_reference_variables.undefined_reference.BASE_UNDEFINED_ARGUMENTS",
      "assign.assign_reference_variables.undefined_reference.BASE_UNDEFINED_OUTPUT",
      "states_variables.error_output.map_catch_error.MAP_CATCH_ERROR_OUTPUT_WITH_RETRY",
      "scenarios.base_scenarios.catch_states_runtime");

  private static Path cases() {
    return Corpus.root().resolveSibling("conformance").resolve("cases");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any JSON text as a model value: the Result of a Pass state. */
  private static Value json(String text) {
    Workflow w = Workflow.fromJson("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
        + " \"Result\": " + text + ", \"End\": true}}}");
    return ((PassState) w.states().get("A")).result().orElseThrow();
  }

  @Test
  void noCertainFailureThatAwsDidNotHaveAndThePathFailuresItHad() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cases())) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    List<String> falseAlarms = new ArrayList<>();
    Set<String> missed = new TreeSet<>();
    int caught = 0;
    int pathFailures = 0;
    int succeeded = 0;
    for (Path d : dirs) {
      String expected = read(d.resolve("expected.json"));
      JsonObject outcome = (JsonObject) json(expected);
      boolean ok = outcome.members().get("status").equals(JsonString.of("SUCCEEDED"));
      String cause = outcome.members().get("cause") instanceof JsonString c ? c.value() : "";
      boolean pathFailure = !ok && (cause.contains("could not be found")
          || cause.contains("Invalid path") || cause.contains("does not reference an input")
          || cause.contains("returned nothing (undefined)"));
      List<Diagnostic> found = Validator.create().withInputExample(read(d.resolve("input.json")))
          .validate(read(d.resolve("definition.asl.json")));
      Set<String> entered = new TreeSet<>();
      if (outcome.members().get("states_entered") instanceof JsonArray a) {
        a.elements().forEach(e -> entered.add(((JsonString) e).value()));
      }
      Map<String, Value> mocks = ((JsonObject) json(read(d.resolve("mocks.json")))).members();
      boolean reported = false;
      for (Diagnostic x : found) {
        if (x.code() != DiagnosticCode.PATH_NOT_FOUND) {
          continue;
        }
        reported = true;
        String state = stateOf(x.location());
        boolean onlyThrew = mocks.get(state) instanceof JsonArray calls && calls.elements()
            .stream().noneMatch(c -> ((JsonObject) c).members().containsKey("Return"));
        if (ok && entered.contains(state) && !onlyThrew) {
          falseAlarms.add(d.getFileName() + ": " + x);
        }
      }
      succeeded += ok ? 1 : 0;
      if (pathFailure) {
        pathFailures++;
        if (reported) {
          caught++;
        } else {
          missed.add(d.getFileName().toString());
        }
      }
    }
    System.out.printf("Data-flow on AWS's recorded executions: %d cases (%d succeeded), %d false"
        + " alarms; %d of %d path failures found before the run%n", dirs.size(), succeeded,
        falseAlarms.size(), caught, pathFailures);
    falseAlarms.forEach(f -> System.out.println("  FALSE ALARM " + f));
    assertThat(dirs).hasSize(665);
    assertThat(falseAlarms).isEmpty();
    assertThat(missed).isEqualTo(NOT_FOUND_HERE);
    assertThat(caught).isEqualTo(11);
  }

  /** The name of the state a pointer such as {@code /States/A/Branches/0/States/B/x} is in. */
  private static String stateOf(String pointer) {
    String[] parts = pointer.split("/");
    String state = "";
    for (int i = 1; i + 1 < parts.length; i++) {
      if (parts[i].equals("States")) {
        state = parts[i + 1].replace("~1", "/").replace("~0", "~");
      }
    }
    return state;
  }

  @Test
  void everyResultAwsRecordedFitsTheShapeOfItsIntegration() {
    int checked = 0;
    Map<String, Integer> byResource = new LinkedHashMap<>();
    List<String> misfits = new ArrayList<>();
    try (Stream<Path> s = Files.list(cases())) {
      for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
        Workflow w;
        try {
          w = Workflow.fromJson(read(d.resolve("definition.asl.json")));
        } catch (AslReadException unreadable) {
          continue;
        }
        Map<String, TaskState> tasks = new LinkedHashMap<>();
        collect(w, tasks);
        Map<String, Value> mocks = ((JsonObject) json(read(d.resolve("mocks.json")))).members();
        for (Map.Entry<String, TaskState> t : tasks.entrySet()) {
          TaskState task = t.getValue();
          ResourceArn arn = ResourceArn.parse(task.resource()).orElse(null);
          JsonShape shape = ResultShapes.of(task.resource(), task.parameters().or(task::arguments)
              .map(v -> AslWriter.compact().write(v).contains("Task.Token")).orElse(false));
          if (arn == null || arn.awsSdk() || shape == JsonShape.ANY
              || !(mocks.get(t.getKey()) instanceof JsonArray calls)) {
            continue;
          }
          for (Value call : calls.elements()) {
            Value result = ((JsonObject) call).members().get("Return");
            if (result != null) {
              checked++;
              byResource.merge(arn.service() + ":" + arn.action() + arn.pattern().suffix(), 1,
                  Integer::sum);
              if (!shape.accepts(result)) {
                misfits.add(d.getFileName() + " " + t.getKey() + ": " + result);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("Recorded results checked against ResultShapes: " + checked + " "
        + byResource);
    misfits.forEach(m -> System.out.println("  MISFIT " + m));
    assertThat(misfits).isEmpty();
    assertThat(checked).isEqualTo(42);
  }

  private static void collect(StateGraph g, Map<String, TaskState> tasks) {
    for (Map.Entry<String, State> e : g.states().entrySet()) {
      if (e.getValue() instanceof TaskState t) {
        tasks.put(e.getKey(), t);
      } else if (e.getValue() instanceof ParallelState p) {
        p.branches().forEach(b -> collect(b, tasks));
      } else if (e.getValue() instanceof MapState m) {
        collect(m.itemProcessor(), tasks);
      }
    }
  }
}
