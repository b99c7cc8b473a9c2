package io.asl4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.asl4j.Workflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link WorkflowExtension} and {@link WorkflowTest}, run through the JUnit Platform: the runner
 * a test gets, the coverage printed and written after the class, and the class failing when a
 * minimum is not met or the annotation is wrong, with a message naming what and where.
 */
class WorkflowExtensionTest {

  /** The article's workflow, for {@code @WorkflowTest(source = ...)}. */
  static Workflow workflow() {
    return WorkflowRunnerTest.ARTICLE;
  }

  /** Takes the success path only: the Catch path and the Default are left uncovered. */
  @WorkflowTest(source = WorkflowExtensionTest.class, name = "article", minStates = 100,
      minTransitions = 80)
  static class SuccessPathOnly {
    @Test
    void succeeds(WorkflowRunner runner) {
      runner.given("Run Glue Job", GlueMock.jobRunSucceeds())
          .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
          .run(Map.of());
    }
  }

  /** Both paths: every state entered, enough transitions taken. */
  @WorkflowTest(source = WorkflowExtensionTest.class, name = "article", minStates = 100,
      minTransitions = 80)
  static class BothPaths {
    @Test
    void succeeds(WorkflowRunner runner) {
      runner.given("Run Glue Job", GlueMock.jobRunSucceeds())
          .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
          .run(Map.of());
    }

    @Test
    void isCaught(WorkflowRunner runner) {
      runner.given("Run Glue Job", GlueMock.jobRunFails("x"))
          .given("Notify Error Message", SnsMock.published())
          .run(Map.of());
    }
  }

  /** A workflow given in code, by a registered extension. */
  static class Registered {
    @RegisterExtension
    static WorkflowExtension extension = WorkflowExtension.of("registered",
        WorkflowExtensionTest::workflow).requireCoverage(new CoverageMinimum(0, 0, 100));

    @Test
    void succeeds(WorkflowRunner runner) {
      runner.given("Run Glue Job", GlueMock.jobRunSucceeds())
          .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
          .run(Map.of());
    }
  }

  /** The success path, without a minimum of its own. */
  @WorkflowTest(source = WorkflowExtensionTest.class, name = "article")
  static class SuccessPath {
    @Test
    void succeeds(WorkflowRunner runner) {
      runner.given("Run Glue Job", GlueMock.jobRunSucceeds())
          .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
          .run(Map.of());
    }
  }

  /** The Catch path, without a minimum of its own. */
  @WorkflowTest(source = WorkflowExtensionTest.class, name = "article")
  static class CatchPath {
    @Test
    void isCaught(WorkflowRunner runner) {
      runner.given("Run Glue Job", GlueMock.jobRunFails("x"))
          .given("Notify Error Message", SnsMock.published())
          .run(Map.of());
    }
  }

  @WorkflowTest(source = WorkflowExtensionTest.class, resource = "x.asl.json")
  static class Both {
    @Test
    void nothing() {}
  }

  @WorkflowTest(resource = "missing.asl.json")
  static class MissingResource {
    @Test
    void nothing() {}
  }

  @WorkflowTest(source = WorkflowExtensionTest.class, method = "nope")
  static class MissingMethod {
    @Test
    void nothing() {}
  }

  /** What running a class printed and which failures it had. */
  private record Outcome(String out, List<String> failures, long succeeded) {}

  private static Outcome run(Class<?> test, Path reports) {
    return run(reports, Map.of(), test);
  }

  /**
   * Runs classes through the JUnit Platform, as Surefire does, with configuration parameters;
   * a failure of a container (a class, the engine) counts as a failure.
   */
  private static Outcome run(Path reports, Map<String, String> parameters, Class<?>... tests) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String before = System.getProperty("asl4j.coverage.dir");
    System.setProperty("asl4j.coverage.dir", reports.toString());
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(java.util.Arrays.stream(tests).map(t -> selectClass(t)).toList())
          .configurationParameters(parameters).build(), listener);
    } finally {
      System.setOut(original);
      if (before == null) {
        System.clearProperty("asl4j.coverage.dir");
      } else {
        System.setProperty("asl4j.coverage.dir", before);
      }
    }
    TestExecutionSummary s = listener.getSummary();
    return new Outcome(out.toString(StandardCharsets.UTF_8), s.getFailures().stream()
        .map(f -> f.getException().getMessage()).toList(), s.getTestsSucceededCount());
  }

  @Test
  void aMinimumNotMetFailsTheClassNamingWhatNoTestExercised(@TempDir Path reports) {
    Outcome o = run(SuccessPathOnly.class, reports);
    assertThat(o.succeeded()).isEqualTo(1);
    assertThat(o.failures()).containsExactly("SuccessPathOnly: workflow coverage of article is "
        + "below the minimum: states 4/6 (66.6%), at least 100% required; transitions 3/6 (50%),"
        + " at least 80% required; no test exercised state \"Notify Error Message\", state "
        + "\"Workflow Failure\", transition \"Run Glue Job\" Catch/0/Next -> \"Notify Error "
        + "Message\", transition \"Route\" Default -> \"Done\", transition \"Notify Error "
        + "Message\" Next -> \"Workflow Failure\"");
    assertThat(o.out()).startsWith("workflow coverage of article (1 run): states 4/6 (66.6%), "
        + "transitions 3/6 (50%), retries 0/1 (0%)\n");
  }

  @Test
  void aMinimumMetPassesAndTheReportsAreWritten(@TempDir Path reports) throws Exception {
    Outcome o = run(BothPaths.class, reports);
    assertThat(o.failures()).isEmpty();
    assertThat(o.succeeded()).isEqualTo(2);
    assertThat(o.out()).isEqualTo("""
        workflow coverage of article (2 runs): states 6/6 (100%), transitions 5/6 (83.3%), \
        retries 0/1 (0%)
          transition not taken: "Route" Default -> "Done"
          retry not used: "Run Glue Job" Retry/0 [Glue.ConcurrentRunsExceededException]
        """);
    assertThat(Files.readString(reports.resolve("article.json")))
        .startsWith("{\n  \"workflow\": \"article\",\n  \"runs\": 2,");
    // the diagrams of the class's two runs, as WorkflowCoverageTest pins their drawing
    WorkflowCoverage both = new WorkflowCoverage("article", WorkflowRunnerTest.ARTICLE);
    both.record(WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.jobRunSucceeds())
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3))).run(Map.of()).trace());
    both.record(WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.jobRunFails("x"))
        .given("Notify Error Message", SnsMock.published()).run(Map.of()).trace());
    assertThat(Files.readString(reports.resolve("article.mmd"))).isEqualTo(both.mermaid())
        .contains("  class s0,s1,s2,s3,s4,s5 covered\n  linkStyle 1,2,3,4,6 stroke:#2e7d32,"
            + "stroke-width:3px\n  linkStyle 5 stroke:#9e9e9e,stroke-dasharray:3 3\n");
    assertThat(Files.readString(reports.resolve("article.dot"))).isEqualTo(both.dot())
        .contains("  s2 -> s5 [label=\"Default\", style=dotted, "
            + "color=\"#9e9e9e\", fontcolor=\"#757575\"];\n");
  }

  @Test
  void aRegisteredExtensionChecksItsOwnMinimum(@TempDir Path reports) {
    Outcome o = run(Registered.class, reports);
    assertThat(o.failures()).containsExactly("Registered: workflow coverage of registered is "
        + "below the minimum: retries 0/1 (0%), at least 100% required; no test exercised retry "
        + "\"Run Glue Job\" Retry/0 [Glue.ConcurrentRunsExceededException]");
  }

  @Test
  void aWrongAnnotationSaysWhatIsMissing(@TempDir Path reports) {
    assertThat(run(Both.class, reports).failures()).containsExactly(Both.class.getName()
        + ": @WorkflowTest needs either source (a class whose static method builds the workflow)"
        + " or resource (an .asl.json file on the class path), not both");
    assertThat(run(MissingResource.class, reports).failures()).containsExactly(
        MissingResource.class.getName() + ": workflow resource missing.asl.json: not found on "
            + "the class path (a name without a leading / is relative to the package "
            + "io.asl4j.junit)");
    assertThat(run(MissingMethod.class, reports).failures()).containsExactly(
        MissingMethod.class.getName() + ": @WorkflowTest(source = WorkflowExtensionTest.class, "
            + "method = \"nope\"): io.asl4j.junit.WorkflowExtensionTest has no method nope() "
            + "without parameters");
  }

  @Test
  void aRunMinimumIsCheckedWhenTheRunEndsOverEveryClassOfTheWorkflow(@TempDir Path reports) {
    // both classes together enter every state, but no test takes the Choice's Default
    Outcome o = run(reports, Map.of(WorkflowExtension.MINIMUM_STATES, "100",
        WorkflowExtension.MINIMUM_TRANSITIONS, "100"), SuccessPath.class, CatchPath.class);
    assertThat(o.succeeded()).isEqualTo(2);
    assertThat(o.failures()).containsExactly("the test run: workflow coverage of article is "
        + "below the minimum: transitions 5/6 (83.3%), at least 100% required; no test "
        + "exercised transition \"Route\" Default -> \"Done\"");
    // each class alone passes: the minimum is the run's, not the class's
    assertThat(run(reports, Map.of(WorkflowExtension.MINIMUM_STATES, "100"), SuccessPath.class,
        CatchPath.class).failures()).isEmpty();
  }

  @Test
  void aRunMinimumNotMetFailsTheEngineSoTheBuildFails(@TempDir Path reports) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    java.util.List<String> failed = new java.util.ArrayList<>();
    PrintStream original = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String before = System.getProperty("asl4j.coverage.dir");
    System.setProperty("asl4j.coverage.dir", reports.toString());
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(SuccessPath.class))
          .configurationParameter(WorkflowExtension.MINIMUM_STATES, "90").build(), listener,
          new org.junit.platform.launcher.TestExecutionListener() {
            @Override
            public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                org.junit.platform.engine.TestExecutionResult result) {
              if (result.getStatus()
                  == org.junit.platform.engine.TestExecutionResult.Status.FAILED) {
                failed.add((id.getParentId().isEmpty() ? "engine " : "") + id.getDisplayName());
              }
            }
          });
    } finally {
      System.setOut(original);
      if (before == null) {
        System.clearProperty("asl4j.coverage.dir");
      } else {
        System.setProperty("asl4j.coverage.dir", before);
      }
    }
    // the class and its test pass; the engine (the run) fails, which Surefire counts as an error
    assertThat(failed).containsExactly("engine JUnit Jupiter");
    assertThat(listener.getSummary().getContainersFailedCount()).isEqualTo(1);
    assertThat(listener.getSummary().getTotalFailureCount()).isEqualTo(1);
    assertThat(listener.getSummary().getFailures().get(0).getException())
        .isInstanceOf(AssertionError.class)
        .hasMessage("the test run: workflow coverage of article is below the minimum: states "
            + "4/6 (66.6%), at least 90% required; no test exercised state \"Notify Error "
            + "Message\", state \"Workflow Failure\"");
  }

  @Test
  void aRunMinimumThatIsNotAPercentageFailsTheClassNamingTheParameter(@TempDir Path reports) {
    assertThat(run(reports, Map.of(WorkflowExtension.MINIMUM_TRANSITIONS, "lots"),
        SuccessPath.class).failures()).containsExactly("configuration parameter "
            + "asl4j.coverage.minimum.transitions is a percentage from 0 to 100, got 'lots'");
    assertThat(run(reports, Map.of(WorkflowExtension.MINIMUM_RETRIES, "80%"),
        SuccessPath.class).failures()).containsExactly("the test run: workflow coverage of "
            + "article is below the minimum: retries 0/1 (0%), at least 80% required; no test "
            + "exercised retry \"Run Glue Job\" Retry/0 [Glue.ConcurrentRunsExceededException]");
  }
}
