package io.asl4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link WorkflowCoverage}: states, transitions and Retry policies counted across runs. */
class WorkflowCoverageTest {

  private static WorkflowCoverage coverage(WorkflowRun... runs) {
    WorkflowCoverage c = new WorkflowCoverage("article", WorkflowRunnerTest.ARTICLE);
    for (WorkflowRun r : runs) {
      c.record(r.trace());
    }
    return c;
  }

  private static WorkflowRun success() {
    return WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.jobRunSucceeds())
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
        .run(Map.of());
  }

  private static WorkflowRun caughtAfterARetry() {
    return WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.concurrentRunsExceeded(), GlueMock.jobRunFails("x"))
        .given("Notify Error Message", SnsMock.published())
        .run(Map.of());
  }

  @Test
  void oneRunCoversItsPathAndListsTheRest() {
    WorkflowCoverage c = coverage(success());
    assertThat(c.states().toString()).isEqualTo("4/6 (66.6%)");
    assertThat(c.transitions().toString()).isEqualTo("3/6 (50%)");
    assertThat(c.summary()).isEqualTo("""
        workflow coverage of article (1 run): states 4/6 (66.6%), transitions 3/6 (50%), \
        retries 0/1 (0%)
          state not entered: "Notify Error Message"
          state not entered: "Workflow Failure"
          transition not taken: "Run Glue Job" Catch/0/Next -> "Notify Error Message"
          transition not taken: "Route" Default -> "Done"
          transition not taken: "Notify Error Message" Next -> "Workflow Failure"
          retry not used: "Run Glue Job" Retry/0 [Glue.ConcurrentRunsExceededException]
        """);
  }

  @Test
  void runsAddUpAndTheReportCountsEachItem() {
    WorkflowCoverage c = coverage(success(), caughtAfterARetry());
    assertThat(c.states().percent()).isEqualTo(100.0);
    assertThat(c.uncoveredTransitions()).containsExactly(
        new WorkflowCoverage.Edge("Route", "Default", "Done"));
    assertThat(c.retries().toString()).isEqualTo("1/1 (100%)");
    assertThat(c.toJson()).startsWith("""
        {
          "workflow": "article",
          "runs": 2,
          "states": {
            "covered": 6,
            "total": 6,
            "percent": 100.0
          },
          "transitions": {
            "covered": 5,
            "total": 6,
            "percent": 83.3
          },""").contains("""
            {
              "state": "Run Glue Job",
              "count": 2
            },""".indent(4)).contains("""
            {
              "state": "Route",
              "field": "Default",
              "target": "Done",
              "count": 0
            },""".indent(4));
    WorkflowCoverage total = new WorkflowCoverage("article", WorkflowRunnerTest.ARTICLE);
    total.add(c);
    total.add(c);
    assertThat(total.runs()).isEqualTo(4);
    assertThat(total.stateCounts()).containsEntry("Run Glue Job", 4L);
  }

  @Test
  void theDiagramsMarkWhatIsCovered() {
    WorkflowCoverage c = coverage(success());
    assertThat(c.mermaid()).contains("class s0,s1,s2,s5 covered\n")
        .contains("class s3,s4 uncovered\n")
        .contains("s3[\"Notify Error Message<br/>(not covered)\"]:::task");
    assertThat(c.dot()).contains("s0 -> s1 [penwidth=2.5, color=\"#2e7d32\"];");
  }

  /** One Task, its Catch to a Fail state: the success path leaves the Catch edge uncovered. */
  private static final io.asl4j.Workflow ORDER = io.asl4j.Workflow.fromJson("""
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge"},
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Declined"}],
          "Next": "Done"},
        "Done": {"Type": "Succeed"},
        "Declined": {"Type": "Fail", "Error": "Declined"}}}""");

  @Test
  void theDiagramsDrawCoveredAndUncoveredStatesAndEdgesApart() {
    WorkflowCoverage c = new WorkflowCoverage("order", ORDER);
    c.record(WorkflowRunner.of("order", ORDER).given("Charge", LambdaMock.returns(1))
        .run(Map.of()).trace());
    // covered: green borders and edges; not covered: grey, dashed, labelled; Graphviz and
    // Mermaid apply the last of a repeated attribute, so the coverage style overrides the type's
    assertThat(c.mermaid()).isEqualTo("""
        flowchart TD
          start(("Start")):::marker
          s0["Charge"]:::task
          s1(["Done"]):::succeed
          s2{{"Declined<br/>(not covered)"}}:::fail
          stop(("End")):::marker
          start --> s0
          s0 --> s1
          s0 -.->|"catch States.ALL"| s2
          s1 --> stop
          classDef marker fill:#333333,stroke:#333333,color:#ffffff
          classDef task fill:#eef4ff,stroke:#3b6fd8
          classDef succeed fill:#dff5e1,stroke:#2e7d32,color:#1b5e20
          classDef fail fill:#fde2e2,stroke:#c62828,color:#b71c1c,stroke-width:2px
          linkStyle 2 stroke:#c62828,color:#c62828
          classDef covered stroke:#2e7d32,stroke-width:3px
          classDef uncovered fill:#f5f5f5,stroke:#9e9e9e,color:#757575,stroke-dasharray:4 3
          class s0,s1 covered
          class s2 uncovered
          linkStyle 1 stroke:#2e7d32,stroke-width:3px
          linkStyle 2 stroke:#9e9e9e,stroke-dasharray:3 3
        """);
    assertThat(c.dot()).isEqualTo("""
        digraph workflow {
          start [label="Start", shape=circle, style=filled, fillcolor="#333333", \
        fontcolor="#ffffff"];
          s0 [label="Charge", shape=box, style=filled, fillcolor="#eef4ff", color="#2e7d32", \
        penwidth=3];
          s1 [label="Done", shape=oval, style=filled, fillcolor="#dff5e1", color="#2e7d32", \
        penwidth=3];
          s2 [label="Declined\\n(not covered)", shape=doubleoctagon, style="filled,dashed", \
        fillcolor="#f5f5f5", color="#9e9e9e", fontcolor="#757575"];
          stop [label="End", shape=doublecircle, style=filled, fillcolor="#333333", \
        fontcolor="#ffffff"];
          start -> s0;
          s0 -> s1 [penwidth=2.5, color="#2e7d32"];
          s0 -> s2 [label="catch States.ALL", style=dotted, color="#9e9e9e", \
        fontcolor="#757575"];
          s1 -> stop;
        }
        """);
  }

  @Test
  void aMinimumNotMetNamesWhatNoTestExercised() {
    WorkflowCoverage c = coverage(success());
    assertThat(new CoverageMinimum(50, 50, 0).shortfall("ArticleTest", c)).isEmpty();
    assertThat(new CoverageMinimum(100, 60, 0).shortfall("ArticleTest", c)).contains(
        "ArticleTest: workflow coverage of article is below the minimum: states 4/6 (66.6%), at "
            + "least 100% required; transitions 3/6 (50%), at least 60% required; no test "
            + "exercised state \"Notify Error Message\", state \"Workflow Failure\", transition "
            + "\"Run Glue Job\" Catch/0/Next -> \"Notify Error Message\", transition \"Route\" "
            + "Default -> \"Done\", transition \"Notify Error Message\" Next -> \"Workflow "
            + "Failure\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CoverageMinimum(101, 0, 0))
        .hasMessage("the minimum coverage of states is a percentage from 0 to 100, got 101.0");
  }
}
