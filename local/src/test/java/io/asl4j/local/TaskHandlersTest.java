package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Java handlers per Task state or per resource, with mocks behind them. */
class TaskHandlersTest {

  private static final Workflow ORDER = Workflow.fromJson("""
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"amount.$": "$.amount"}, "ResultPath": "$.charge",
                   "Next": "Notify"},
        "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                   "Parameters": {"Message.$": "$.charge.id"}, "ResultPath": null,
                   "Next": "Ship"},
        "Ship": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                 "ResultPath": "$.shipped", "End": true}}}""");

  @Test
  void aStatesHandlerTakesTheEffectiveInputAndAResourcesHandlerAnswersTheRest() {
    TaskHandler tasks = TaskHandlers.create()
        .onState("Charge", input -> TaskResult.success(Map.of("id", "ch-" + ((Map<?, ?>) input)
            .get("amount"))))
        .onResource("arn:aws:states:::sns:publish", input -> {
          assertThat(input).isEqualTo(Map.of("Message", "ch-5"));
          return TaskResult.success(Map.of());
        })
        .onResource("arn:aws:states:::sqs:sendMessage", input -> TaskResult.success(true));
    ExecutionResult r = LocalExecutor.compile(ORDER).run(Map.of("amount", 5), tasks);
    assertThat(r.output()).contains(Map.of("amount", 5L, "charge", Map.of("id", "ch-5"),
        "shipped", true));
  }

  @Test
  void aStatesHandlerWinsOverItsResourcesAndFailuresAreResults() {
    TaskHandler tasks = TaskHandlers.create()
        .onResource("arn:aws:states:::lambda:invoke", input -> TaskResult.success("resource"))
        .onState("Charge", input -> TaskResult.failure(Optional.of("Card.Declined"),
            Optional.of("no funds")));
    ExecutionResult r = LocalExecutor.compile(ORDER).run(Map.of("amount", 5), tasks);
    assertThat(r.error()).contains("Card.Declined");
    assertThat(r.cause()).contains("no funds");
  }

  @Test
  void tasksWithoutAHandlerTakeTheMocksBehindThem() {
    Mocks mocks = Mocks.parse("{\"Notify\": [{\"Return\": {}}], \"Ship\": [{\"Return\": 1}]}",
        "m.json", Optional.empty());
    TaskHandler tasks = TaskHandlers.create()
        .onState("Charge", input -> TaskResult.success(Map.of("id", "x")))
        .otherwise(mocks);
    LocalExecutor e = LocalExecutor.compile(ORDER);
    // every run starts at the first mock again, as with the mocks alone
    for (int i = 0; i < 2; i++) {
      assertThat(e.run(Map.of("amount", 1), tasks).output().map(o -> (Object) ((Map<?, ?>) o)
          .get("shipped"))).contains(1L);
    }
    // the mocks are still checked against the workflow
    TaskHandler typo = TaskHandlers.create().otherwise(Mocks.parse(
        "{\"Shipp\": [{\"Return\": 1}]}", "m.json", Optional.empty()));
    assertThatThrownBy(() -> e.run(Map.of(), typo)).hasMessage("m.json: /Shipp: the workflow has "
        + "no state \"Shipp\" (its Task states: \"Charge\", \"Notify\", \"Ship\")");
  }

  @Test
  void aTaskThatNoHandlerAnswersNamesItsStateAndResource() {
    TaskHandler tasks = TaskHandlers.create()
        .onState("Charge", input -> TaskResult.success(Map.of("id", "x")));
    assertThatThrownBy(() -> LocalExecutor.compile(ORDER).run(Map.of("amount", 1), tasks))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("no handler for the Task state \"Notify\" (resource "
            + "arn:aws:states:::sns:publish)");
    assertThatThrownBy(() -> LocalExecutor.compile(ORDER).run(Map.of("amount", 1),
        TaskHandlers.create().onState("Charge", input -> null)))
        .hasMessage("the handler of the Task state \"Charge\" (resource "
            + "arn:aws:states:::lambda:invoke) returned null");
  }

  @Test
  void handlersAreImmutable() {
    TaskHandlers empty = TaskHandlers.create();
    TaskHandlers one = empty.onState("Charge", input -> TaskResult.success(1));
    assertThat(one).isNotSameAs(empty);
    assertThatThrownBy(() -> empty.invoke(new TaskCall("Charge", "r", Map.of(), 0,
        Optional.empty()))).hasMessage("no handler for the Task state \"Charge\" (resource r)");
    assertThat(one.invoke(new TaskCall("Charge", "r", List.of(), 0, Optional.empty())))
        .isEqualTo(TaskResult.success(1));
  }
}
