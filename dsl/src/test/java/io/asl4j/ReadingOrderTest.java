package io.asl4j;

import static io.asl4j.Asl.choice;
import static io.asl4j.Asl.graph;
import static io.asl4j.Asl.parallel;
import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.ref;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Conditions.booleanEquals;
import static io.asl4j.Values.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.dsl.DefinitionException;
import io.asl4j.dsl.Step;
import org.junit.jupiter.api.Test;

/**
 * A workflow written in reading order, the first state first: a forward {@code ref(name)} finds a
 * state declared with {@code states(...)}, before or after it, and a name that is really unknown
 * is refused with how states are found and the nearest known name.
 */
class ReadingOrderTest {

  private static final String FN = "arn:aws:lambda:us-east-1:1:function:f";

  @Test
  void forwardReferencesResolveToDeclaredStatesInReadingOrder() {
    Step first = task("Fetch").resource(FN).next(ref("Check"));
    Step check = choice("Check").when(booleanEquals(path("$.done"), true), ref("Done"))
        .otherwise(ref("Fetch"));
    Step done = succeed("Done");

    Workflow readingOrder = startAt(first).states(check, done).build();
    Workflow backToFront = startAt(task("Fetch").resource(FN).next(choice("Check")
        .when(booleanEquals(path("$.done"), true), succeed("Done")).otherwise(ref("Fetch"))))
        .build();

    assertThat(readingOrder.states().keySet()).containsExactly("Fetch", "Check", "Done");
    assertThat(readingOrder.toJson()).isEqualTo(backToFront.toJson());
    assertThat(startAt(first).states(done).states(check).build().toJson())
        .isEqualTo(backToFront.toJson());
  }

  @Test
  void aDeclaredStateNothingLeadsToIsWrittenAndReportedUnreachable() {
    Step first = pass("First").end();
    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> startAt(first).states(succeed("Orphan")).build());

    assertThat(e.problems()).containsExactly("/States/Orphan: state \"Orphan\" is not reachable"
        + " from \"First\"; remove it or add a transition to it [UNREACHABLE_STATE]");
    assertThat(startAt(first).states(succeed("Orphan")).buildUnvalidated().states().keySet())
        .containsExactly("First", "Orphan");
  }

  @Test
  void branchesDeclareTheirStatesToo() {
    Step inner = pass("Inner").next(ref("Inner Done"));
    Workflow w = startAt(parallel("Fan").branch(graph(inner).states(succeed("Inner Done")))
        .end()).build();

    assertThat(w.toJson()).contains("\"States\": {\n"
        + "            \"Inner\": {\n"
        + "              \"Type\": \"Pass\",\n"
        + "              \"Next\": \"Inner Done\"\n"
        + "            },\n"
        + "            \"Inner Done\": {\n"
        + "              \"Type\": \"Succeed\"\n");
  }

  @Test
  void anUnknownNameIsRefusedWithHowStatesAreFoundAndTheNearestName() {
    Step glue = task("Run Glue Job").resource(FN).next(ref("Fetch Dta"));
    Step fetch = task("Fetch Data").resource(FN).end();

    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> startAt(glue).states(fetch).build());

    assertThat(e).hasMessage("the workflow has 1 problem:\n"
        + "  /States/Run Glue Job/Next: unknown state \"Fetch Dta\"; did you mean \"Fetch Data\"?"
        + " ref(name) finds the states reachable from StartAt (by Next, Choices, Default, Catch)"
        + " and those declared with states(...) (known: \"Run Glue Job\", \"Fetch Data\")");
  }

  @Test
  void anUndeclaredForwardReferenceSaysToDeclareIt() {
    Step glue = task("Run Glue Job").resource(FN).next(ref("Fetch Data"));

    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> startAt(glue).build());

    assertThat(e.problems()).containsExactly("/States/Run Glue Job/Next: unknown state \"Fetch"
        + " Data\"; ref(name) finds the states reachable from StartAt (by Next, Choices, Default,"
        + " Catch) and those declared with states(...) (known: \"Run Glue Job\")");
  }

  @Test
  void aReferenceInsideABranchSearchesTheBranch() {
    Step inner = pass("Inner").next(ref("Innr Done"));
    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> startAt(parallel("Fan").branch(graph(inner).states(succeed("Inner Done"))).end())
            .build());

    assertThat(e.problems()).containsExactly("/States/Fan/Branches/0/States/Inner/Next: unknown"
        + " state \"Innr Done\"; did you mean \"Inner Done\"? ref(name) finds the states"
        + " reachable from the start of branch 0 of Parallel \"Fan\" (by Next, Choices, Default,"
        + " Catch) and those declared with states(...) (known: \"Inner\", \"Inner Done\")");
  }

  @Test
  void aReferenceCannotBeDeclaredInPlaceOfAState() {
    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> startAt(pass("A").end()).states(ref("B")).build());

    assertThat(e.problems()).containsExactly("/States/B: \"B\" is declared as a reference;"
        + " declare the state itself, not ref(...)");
  }
}
