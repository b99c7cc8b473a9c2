package io.asl4j.local;

import io.asl4j.Workflow;
import java.util.Optional;

/** Test helpers: run ASL text on JSON input with mocks given as JSON. */
final class Runs {

  private Runs() {}

  static ExecutionResult run(String asl, String input) {
    return run(asl, input, "{}");
  }

  static ExecutionResult run(String asl, String input, String mocks) {
    return LocalExecutor.compile(Workflow.fromJson(asl)).runJson(input,
        Mocks.parse(mocks, "mocks.json", Optional.empty()), ExecutionOptions.defaults());
  }

  /** The output of a succeeded run as compact JSON. */
  static String output(ExecutionResult r) {
    if (r.status() != ExecutionStatus.SUCCEEDED) {
      throw new AssertionError("expected SUCCEEDED, got " + r.status() + ": " + r.error().orElse("")
          + ": " + r.cause().orElse(""));
    }
    return Json.write(r.output().orElse(null));
  }

  /** A one-state workflow around a state definition named S. */
  static String single(String state) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
  }
}
