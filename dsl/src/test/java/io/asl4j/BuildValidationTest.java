package io.asl4j;

import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.dsl.DefinitionException;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Validator;
import org.junit.jupiter.api.Test;

/** Building a workflow runs the validator: errors throw, all at once; warnings stay readable. */
class BuildValidationTest {

  @Test
  void errorsThrowOneExceptionListingAllOfThem() {
    WorkflowBuilder builder = startAt(task("Wait for approval")
        .resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken")
        .timeoutSeconds(30).heartbeatSeconds(60)
        .next(task("Notify").resource("not an arn").next(succeed("Done"))));

    DefinitionException e = catchThrowableOfType(DefinitionException.class, builder::build);

    assertThat(e).hasMessage("the workflow has 2 problems:\n"
        + "  /States/Wait for approval/HeartbeatSeconds: HeartbeatSeconds (60) must be less than"
        + " TimeoutSeconds (30) [HEARTBEAT_NOT_BELOW_TIMEOUT]\n"
        + "  /States/Notify/Resource: \"not an arn\" is not a URI; a Task's Resource is"
        + " arn:<partition>:states:::<service>:<action>, an activity or a Lambda function ARN"
        + " [INVALID_RESOURCE]");
    assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(
        DiagnosticCode.TASK_TOKEN_NOT_PASSED, DiagnosticCode.HEARTBEAT_NOT_BELOW_TIMEOUT,
        DiagnosticCode.INVALID_RESOURCE);
  }

  @Test
  void expressTypeRejectsCallbacksAtBuildTime() {
    WorkflowBuilder builder = startAt(task("Run").resource("arn:aws:states:::glue:startJobRun.sync")
        .end());
    assertThat(builder.build().warnings()).isEmpty();

    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> builder.type(Validator.WorkflowType.EXPRESS).build());

    assertThat(e.problems()).containsExactly("/States/Run/Resource: Express workflows only"
        + " support request-response integrations; \"arn:aws:states:::glue:startJobRun.sync\""
        + " needs a Standard workflow [EXPRESS_UNSUPPORTED]");
  }

  @Test
  void warningsStayReadableFromTheWorkflow() {
    Workflow w = startAt(task("Run").resource("arn:aws:states:::lambda:invoke")
        .catchAll(fail("Failed")).end()).build();

    assertThat(w.warnings()).extracting(Diagnostic::toString).containsExactly(
        "WARNING CATCH_REPLACES_INPUT /States/Run/Catch/0: without \"ResultPath\", the error"
            + " output replaces the state's whole input when this catcher fires; set ResultPath"
            + " (e.g. \"$.error\") to keep the input");
    assertThat(w.validate()).isEqualTo(w.warnings());
  }
}
