package io.asl4j;

import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.dsl.DefinitionException;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** A strict build fails on warnings, listing them; a normal build keeps them readable. */
class StrictBuildTest {

  private static WorkflowBuilder withAWarning() {
    return startAt(task("Run").resource("arn:aws:states:::lambda:invoke")
        .catchAll(fail("Failed")).end());
  }

  @Test
  void aStrictBuildFailsOnWarningsListingThem() {
    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> withAWarning().strict().build());

    assertThat(e).hasMessage("the workflow has 1 warning, and the build is strict:\n"
        + "  /States/Run/Catch/0: without \"ResultPath\", the error output replaces the state's"
        + " whole input when this catcher fires; set ResultPath (e.g. \"$.error\") to keep the"
        + " input [CATCH_REPLACES_INPUT]");
    assertThat(e.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.CATCH_REPLACES_INPUT);
  }

  @Test
  void aStrictBuildWithoutWarningsSucceeds() {
    Workflow w = startAt(task("Run").resource("arn:aws:lambda:us-east-1:1:function:f").end())
        .strict().build();
    assertThat(w.warnings()).isEmpty();
  }

  @Test
  void aNormalBuildKeepsWarningsReadable() {
    assertThat(withAWarning().build().warnings()).hasSize(1);
  }

  @Test
  void toolsHoldingAWorkflowThrowTheSameException() {
    assertThat(DefinitionException.ofWarnings(withAWarning().build().warnings()))
        .hasMessageStartingWith("the workflow has 1 warning, and the build is strict:\n"
            + "  /States/Run/Catch/0: without \"ResultPath\"");
  }
}
