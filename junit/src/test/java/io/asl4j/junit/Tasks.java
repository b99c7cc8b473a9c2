package io.asl4j.junit;

import io.asl4j.Workflow;
import io.asl4j.local.Json;
import java.util.Map;

/** Test helpers: one-Task workflows, and what their Task returns under a mock. */
final class Tasks {

  private Tasks() {}

  /** A workflow of one Task state "T" with a resource and Parameters (JSON text, or null). */
  static Workflow task(String resource, String parameters) {
    return Workflow.fromJson("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", "
        + "\"Resource\": \"" + resource + "\"" + (parameters == null ? ""
            : ", \"Parameters\": " + parameters) + ", \"End\": true}}}");
  }

  /** Runs the one-Task workflow with the mock. */
  static WorkflowRun run(String resource, String parameters, TaskMock mock) {
    return WorkflowRunner.of("t", task(resource, parameters)).given("T", mock).run(Map.of());
  }

  /** The raw result the Task returned (its output, as nothing selects from it). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> result(String resource, String parameters, TaskMock mock) {
    WorkflowRun r = run(resource, parameters, mock);
    if (r.status() != io.asl4j.local.ExecutionStatus.SUCCEEDED) {
      throw new AssertionError(r.toString());
    }
    return (Map<String, Object>) Json.parse(r.result().outputJson().orElseThrow());
  }

  /** The result as compact JSON. */
  static String json(String resource, String parameters, TaskMock mock) {
    return Json.write(result(resource, parameters, mock));
  }
}
