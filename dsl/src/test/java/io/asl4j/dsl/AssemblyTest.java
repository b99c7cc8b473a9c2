package io.asl4j.dsl;

import static io.asl4j.Asl.choice;
import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.graph;
import static io.asl4j.Asl.map;
import static io.asl4j.Asl.parallel;
import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.ref;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Conditions.booleanEquals;
import static io.asl4j.Values.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import org.junit.jupiter.api.Test;

/** Building a workflow gathers the reachable states, resolves references and reports problems. */
class AssemblyTest {

  @Test
  void statesComeOutInReadingOrderNextFirstThenCatchTargets() {
    Step failure = fail("Failed");
    Step recover = pass("Recover").next(failure);
    Step done = succeed("Done");
    Step work = task("Work").resource("arn:aws:lambda:us-east-1:1:function:w").catchAll(recover)
        .next(done);

    Workflow w = startAt(work).build();

    assertThat(w.startAt()).isEqualTo("Work");
    assertThat(w.states().keySet()).containsExactly("Work", "Done", "Recover", "Failed");
  }

  @Test
  void aGraphAssemblesOnItsOwnWithPointersFromItsTop() {
    Step done = succeed("Done");
    Step work = task("Work").resource("arn:aws:lambda:us-east-1:1:function:w").next(done);

    assertThat(Graph.startingAt(work).assemble().keySet()).containsExactly("Work", "Done");
    assertThatThrownBy(() -> Graph.startingAt(pass("P").next(ref("Q"))).assemble())
        .isInstanceOfSatisfying(DefinitionException.class, e -> {
          assertThat(e.problems()).containsExactly(
              "/States/P/Next: unknown state \"Q\"; did you mean \"P\"? ref(name) finds the"
                  + " states reachable from StartAt (by Next, Choices, Default, Catch) and those"
                  + " declared with states(...) (known: \"P\")");
          assertThat(e.diagnostics()).isEmpty();
        });
  }

  @Test
  void loopsUseReferencesResolvedAtBuildTime() {
    Step check = choice("Done?").when(booleanEquals(path("$.done"), true), succeed("Finished"))
        .otherwise(ref("Poll"));
    Step poll = task("Poll").resource("arn:aws:states:::aws-sdk:s3:headObject").next(check);

    Workflow w = startAt(poll).build();

    assertThat(w.states().keySet()).containsExactly("Poll", "Done?", "Finished");
    assertThat(w.toJson()).contains("\"Default\": \"Poll\"");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Step a1 = pass("A").end();
    Step a2 = pass("A").next(ref("B"));
    Step start = choice("Start").when(booleanEquals(path("$.x"), true), a1)
        .when(booleanEquals(path("$.y"), true), a2).otherwise(ref("Nowhere"));

    assertThatThrownBy(() -> startAt(start).build())
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems())
            .containsExactly(
                "/States/A: two different states are named \"A\"; state names must be unique in"
                    + " the whole workflow, including branches and item processors",
                "/States/Start/Default: unknown state \"Nowhere\"; ref(name) finds the states"
                    + " reachable from StartAt (by Next, Choices, Default, Catch) and those"
                    + " declared with states(...) (known: \"Start\", \"A\")"));
  }

  @Test
  void aTransitionCannotLeaveABranch() {
    Step outside = succeed("Outside");
    Step inner = pass("Inner").next(ref("Outside"));
    Step par = parallel("Fan Out").branch(inner).next(outside);

    assertThatThrownBy(() -> startAt(par).build())
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems())
            .containsExactly("/States/Fan Out/Branches/0/States/Inner/Next: \"Outside\" is in the"
                + " top level, outside branch 0 of Parallel \"Fan Out\"; transitions cannot leave a"
                + " Parallel branch or Map item processor"));
  }

  @Test
  void aStateCannotBeSharedBetweenGraphs() {
    Step shared = succeed("Shared");
    Step par = parallel("P").branch(shared).next(shared);

    assertThatThrownBy(() -> startAt(par).build())
        .hasMessage("the workflow has 1 problem:\n  /States/Shared: state \"Shared\" is used in the"
            + " top level and in branch 0 of Parallel \"P\"; a state belongs to one graph, and"
            + " transitions cannot leave a Parallel branch or Map item processor");
  }

  @Test
  void aFragmentBuiltTwiceIsOneState() {
    Step first = task("Notify").resource("arn:aws:states:::sns:publish").end();
    Step again = task("Notify").resource("arn:aws:states:::sns:publish").end();
    Step start = choice("Pick").when(booleanEquals(path("$.a"), true), first).otherwise(again);

    assertThat(startAt(start).build().states().keySet()).containsExactly("Pick", "Notify");
  }

  @Test
  void nestedGraphsBecomeBranchesAndItemProcessors() {
    Step map = map("Each").processor(graph(pass("Item").end()).comment("per item"))
        .items(path("$.items")).next(parallel("Both").branch(succeed("L")).branch(succeed("R"))
            .end());

    Workflow w = startAt(map).comment("nested").build();

    assertThat(w.toJson()).contains("\"ItemsPath\": \"$.items\"", "\"Comment\": \"per item\"",
        "\"StartAt\": \"L\"", "\"StartAt\": \"R\"");
    assertThat(w.states().keySet()).containsExactly("Each", "Both");
  }

  @Test
  void aLongChainDoesNotRecurse() {
    Step next = succeed("End");
    for (int i = 0; i < 20_000; i++) {
      next = pass("P" + i).next(next);
    }

    assertThat(startAt(next).build().states()).hasSize(20_001);
  }
}
