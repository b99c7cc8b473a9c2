package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.CsvDelimiter;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.FailState;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JitterStrategy;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.Path;
import io.asl4j.model.ProcessorMode;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.ReaderTransformation;
import io.asl4j.model.Retrier;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import io.asl4j.model.WriterOutputType;
import io.asl4j.testing.Resources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader puts each piece of JSON in the right place in the model, with the right meaning. */
class ModelMappingTest {

  private static Workflow read(String resource) {
    return AslReader.create().read(Resources.text("asl/" + resource));
  }

  private static Value member(Value object, String... path) {
    Value v = object;
    for (String name : path) {
      v = ((JsonObject) v).get(name).orElseThrow(() -> new AssertionError("no member " + name));
    }
    return v;
  }

  @Test
  void taskFieldsLandInTheirComponents() {
    Workflow w = read("task/all-fields.asl.json");
    TaskState t = (TaskState) w.states().get("Charge Card");

    assertThat(w.comment()).contains("A task using every Task field of the JSONPath query language");
    assertThat(w.version()).contains("1.0");
    assertThat(w.timeoutSeconds()).contains(new JsonNumber("3600"));
    assertThat(w.queryLanguage()).isEmpty();
    assertThat(t.resource()).isEqualTo("arn:aws:states:::lambda:invoke");
    assertThat(t.comment()).contains("calls the payment function in another account");
    assertThat(t.credentials()).contains(JsonObject.of("RoleArn", JsonPath.of("$.paymentRoleArn")));
    assertThat(t.inputPath()).contains(Path.of("$.order"));
    assertThat(t.timeoutSeconds()).contains(JsonPath.of("$.limits.timeout"));
    assertThat(t.heartbeatSeconds()).contains(new JsonNumber("60"));
    assertThat(t.resultPath()).contains(Path.of("$.payment"));
    assertThat(t.outputPath()).contains(Path.of("$.payment"));
    assertThat(t.resultSelector().orElseThrow().members().keySet())
        .containsExactly("status", "receipt");
    assertThat(t.assign()).contains(JsonObject.of("paidAt", JsonPath.of("$$.State.EnteredTime"),
        "attempts", new JsonNumber("1")));
    assertThat(t.transition()).isEqualTo(Transition.next("Done"));
    assertThat(t.arguments()).isEmpty();
    assertThat(t.output()).isEmpty();
    assertThat(t.retry()).isEmpty();
    assertThat(t.catchers()).isEmpty();
  }

  @Test
  void jsonPathTemplatesTurnDollarKeysIntoExpressions() {
    TaskState t = (TaskState) read("task/all-fields.asl.json").states().get("Charge Card");
    Value payload = member(t.parameters().orElseThrow(), "Payload");

    assertThat(member(payload, "orderId")).isEqualTo(JsonPath.of("$.id"));
    assertThat(member(payload, "execution")).isEqualTo(JsonPath.of("$$.Execution.Id"));
    assertThat(member(payload, "customer")).isEqualTo(JsonPath.of("$customerId"));
    assertThat(member(payload, "note"))
        .isEqualTo(Intrinsic.of("States.Format('Order {} for {}', $.id, $customerId)"));
    assertThat(member(payload, "literalDollar")).isEqualTo(JsonString.of("$.this-stays-a-string"));
    assertThat(member(payload, "nothing")).isEqualTo(JsonNull.INSTANCE);
    assertThat(member(payload, "flag")).isEqualTo(JsonBoolean.TRUE);
    JsonArray tags = (JsonArray) member(payload, "tags");
    assertThat(tags.elements()).containsExactly(JsonString.of("payments"),
        JsonObject.of("source", JsonPath.of("$$.StateMachine.Name")));
    assertThat(((JsonObject) payload).members().keySet()).doesNotContain("orderId.$");
  }

  @Test
  void passResultIsConstantAndKeepsNumbersExactly() {
    Workflow w = read("pass/result-and-parameters.asl.json");
    PassState seed = (PassState) w.states().get("Seed");
    Value result = seed.result().orElseThrow();

    assertThat(member(result, "greeting.$")).isEqualTo(JsonString.of("$.name"));
    assertThat(((JsonArray) member(result, "numbers")).elements()).containsExactly(
        new JsonNumber("1"), new JsonNumber("2.50"), new JsonNumber("-0"), new JsonNumber("1e400"),
        new JsonNumber("123456789012345678901234567890"));
    assertThat(result.isConstant()).isTrue();
    assertThat(w.toJson()).contains("2.50,", "-0,", "1e400,", "123456789012345678901234567890\n");
  }

  @Test
  void parametersMayBeAnyJsonValue() {
    Workflow w = read("pass/result-and-parameters.asl.json");

    assertThat(((PassState) w.states().get("Scalar Parameters")).parameters())
        .contains(JsonString.of("$.not-evaluated-without-a-key"));
    assertThat(((PassState) w.states().get("Array Parameters")).parameters()).contains(
        JsonArray.of(JsonObject.of("item", JsonPath.of("$.value")), JsonString.of("literal")));
    assertThat(((PassState) w.states().get("Shape")).parameters().orElseThrow())
        .isEqualTo(JsonObject.of("who", JsonPath.of("$.greeting"),
            "count", Intrinsic.of("States.ArrayLength($.numbers)"),
            "id", Intrinsic.of("States.UUID()")));
  }

  @Test
  void everyComparisonOperatorIsRead() {
    ChoiceState c = (ChoiceState) read("choice/every-operator.asl.json").states().get("Route");

    List<ComparisonOperator> operators = c.choices().stream()
        .map(r -> ((Condition.Comparison) r.condition()).operator()).distinct().toList();
    assertThat(operators).containsExactlyInAnyOrder(ComparisonOperator.values());
    Condition.Comparison last = (Condition.Comparison) c.choices().get(40).condition();
    assertThat(last.variable()).isEqualTo(JsonPath.of("$threshold"));
    assertThat(last.operand()).isEqualTo(JsonPath.of("$limits.max"));
    assertThat(((Condition.Comparison) c.choices().get(17).condition()).operand())
        .isEqualTo(new JsonNumber("4e2"));
    assertThat(c.defaultState()).contains("B");
    assertThat(c.assign()).contains(JsonObject.of("route", JsonString.of("default")));
  }

  @Test
  void andOrNotNestRulesWithTheirComments() {
    ChoiceState c = (ChoiceState) read("choice/and-or-not.asl.json").states().get("Check");
    ChoiceRule first = c.choices().get(0);
    Condition.And and = (Condition.And) first.condition();
    Condition.Or or = (Condition.Or) and.rules().get(1).condition();
    Condition.Not not = (Condition.Not) or.rules().get(1).condition();

    assertThat(first.comment()).contains("adults with a verified email");
    assertThat(first.next()).isEqualTo("Adult");
    assertThat(first.assign().orElseThrow().get("checkedAt"))
        .contains(JsonPath.of("$$.State.EnteredTime"));
    assertThat(and.rules().get(1).comment()).contains("nested rules may carry a comment");
    assertThat(not.rule().condition()).isEqualTo(new Condition.Comparison(JsonPath.of("$.phone"),
        ComparisonOperator.IS_NULL, JsonBoolean.TRUE));
  }

  @Test
  void everyWaitForm() {
    Workflow w = read("wait/every-form.asl.json");

    assertThat(((WaitState) w.states().get("Seconds")).time())
        .isEqualTo(new WaitTime.Seconds(new JsonNumber("10")));
    assertThat(((WaitState) w.states().get("Seconds Path")).time())
        .isEqualTo(new WaitTime.Seconds(JsonPath.of("$.delay")));
    assertThat(((WaitState) w.states().get("Timestamp")).time())
        .isEqualTo(new WaitTime.Timestamp(JsonString.of("2026-03-14T01:59:00Z")));
    assertThat(((WaitState) w.states().get("Timestamp Path")).time())
        .isEqualTo(new WaitTime.Timestamp(JsonPath.of("$.until")));
    assertThat(((WaitState) w.states().get("JSONata Seconds")).time())
        .isEqualTo(new WaitTime.Seconds(new Jsonata("{% $states.input.delay * 2 %}")));
    assertThat(((WaitState) w.states().get("JSONata Timestamp")).time())
        .isEqualTo(new WaitTime.Timestamp(new Jsonata("{% $states.input.until %}")));
  }

  @Test
  void everyFailForm() {
    Workflow w = read("succeed-fail/every-form.asl.json");
    FailState literal = (FailState) w.states().get("Literal Failure");
    FailState path = (FailState) w.states().get("Path Failure");
    FailState intrinsic = (FailState) w.states().get("Intrinsic Failure");
    FailState jsonata = (FailState) w.states().get("JSONata Failure");
    FailState bare = (FailState) w.states().get("Bare Failure");

    assertThat(literal.error()).contains(JsonString.of("Order.Invalid"));
    assertThat(path.error()).contains(JsonPath.of("$.error.name"));
    assertThat(path.cause()).contains(JsonPath.of("$.error.cause"));
    assertThat(intrinsic.error()).contains(Intrinsic.of("States.Format('Order.{}', $.code)"));
    assertThat(jsonata.cause()).contains(new Jsonata("{% 'failed at ' & $now() %}"));
    assertThat(bare.error()).isEmpty();
    assertThat(bare.cause()).isEmpty();
    SucceedState fine = (SucceedState) w.states().get("Fine");
    assertThat(fine.inputPath()).contains(Path.of("$.result"));
    assertThat(fine.outputPath()).contains(Path.of("$.summary"));
  }

  @Test
  void parallelBranchesAreNestedGraphsWithTheirOwnQueryLanguage() {
    ParallelState p = (ParallelState) read("parallel/branches.asl.json").states().get("Enrich");
    Branch jsonata = p.branches().get(1);
    TaskState orders = (TaskState) jsonata.states().get("Orders");

    assertThat(p.branches()).hasSize(2);
    assertThat(p.branches().get(0).comment()).contains("address lookup");
    assertThat(jsonata.queryLanguage()).contains(QueryLanguage.JSONATA);
    assertThat(member(orders.arguments().orElseThrow(), "ExpressionAttributeValues", ":id", "S"))
        .isEqualTo(new Jsonata("{% $states.input.id %}"));
    assertThat(p.catchers().orElseThrow().get(0).resultPath()).contains(Path.discard());
    assertThat(p.retry().orElseThrow().get(0).maxAttempts()).contains(new JsonNumber("2"));
  }

  @Test
  void legacyMapKeepsIteratorAndParameters() {
    MapState m = (MapState) read("map/inline-legacy.asl.json").states().get("Each Line");

    assertThat(m.legacyIterator()).isTrue();
    assertThat(m.items()).contains(JsonPath.of("$.order.lines"));
    assertThat(m.parameters().orElseThrow())
        .isEqualTo(JsonObject.of("sku", JsonPath.of("$$.Map.Item.Value.sku"),
            "index", JsonPath.of("$$.Map.Item.Index")));
    assertThat(m.itemSelector()).isEmpty();
    assertThat(m.maxConcurrency()).contains(new JsonNumber("5"));
    assertThat(m.itemProcessor().processorConfig()).isEmpty();
  }

  @Test
  void distributedMapReadsReaderBatcherAndWriter() {
    Workflow w = read("map/distributed.asl.json");
    MapState rows = (MapState) w.states().get("Process Rows");
    MapState inventory = (MapState) w.states().get("Inventory");

    assertThat(rows.legacyIterator()).isFalse();
    assertThat(rows.itemProcessor().processorConfig().orElseThrow().mode())
        .contains(ProcessorMode.DISTRIBUTED);
    assertThat(rows.itemProcessor().processorConfig().orElseThrow().executionType())
        .contains(ExecutionType.EXPRESS);
    assertThat(rows.itemReader().orElseThrow().readerConfig().orElseThrow().csvHeaders())
        .contains(List.of("id", "name", "amount"));
    assertThat(rows.itemReader().orElseThrow().readerConfig().orElseThrow().csvDelimiter())
        .contains(CsvDelimiter.SEMICOLON);
    assertThat(rows.itemReader().orElseThrow().readerConfig().orElseThrow().maxItems())
        .contains(JsonPath.of("$.limit"));
    assertThat(rows.itemBatcher().orElseThrow().maxInputBytesPerBatch())
        .contains(JsonPath.of("$.batchBytes"));
    assertThat(rows.toleratedFailurePercentage()).contains(JsonPath.of("$.tolerance.percent"));
    assertThat(rows.toleratedFailureCount()).contains(new JsonNumber("10"));
    assertThat(rows.label()).contains("RowRun");
    assertThat(rows.resultWriter().orElseThrow().writerConfig().orElseThrow().outputType())
        .contains(WriterOutputType.JSONL);
    assertThat(inventory.itemReader().orElseThrow().readerConfig().orElseThrow().transformation())
        .contains(ReaderTransformation.LOAD_AND_FLATTEN);
    assertThat(inventory.itemReader().orElseThrow().arguments().orElseThrow())
        .isEqualTo(JsonObject.of("Bucket", new Jsonata("{% $states.input.bucket %}"),
            "Prefix", JsonString.of("logs/")));
    assertThat(inventory.itemBatcher().orElseThrow().batchInput())
        .contains(JsonObject.of("at", new Jsonata("{% $now() %}")));
    assertThat(inventory.maxConcurrency()).contains(new Jsonata("{% $states.input.width %}"));
    assertThat(inventory.toleratedFailurePercentage()).contains(new JsonNumber("2.5"));
    assertThat(inventory.resultWriter().orElseThrow().resource()).isEmpty();
  }

  @Test
  void retriersAndCatchersKeepEveryField() {
    Workflow w = read("retry-catch/full.asl.json");
    TaskState call = (TaskState) w.states().get("Call");
    Retrier throttle = call.retry().orElseThrow().get(0);
    Catcher timeout = call.catchers().orElseThrow().get(0);
    TaskState report = (TaskState) w.states().get("Report");

    assertThat(throttle.comment()).contains("throttling: back off hard, with jitter, capped");
    assertThat(throttle.errorEquals())
        .containsExactly("States.Http.Socket", "Lambda.TooManyRequestsException");
    assertThat(throttle.backoffRate()).contains(new JsonNumber("2.0"));
    assertThat(throttle.maxDelaySeconds()).contains(new JsonNumber("60"));
    assertThat(throttle.jitterStrategy()).contains(JitterStrategy.FULL);
    assertThat(timeout.assign().orElseThrow().get("at")).contains(JsonPath.of("$$.State.EnteredTime"));
    assertThat(report.retry()).contains(List.of());
    assertThat(report.catchers().orElseThrow().get(0).output())
        .contains(JsonObject.of("error", new Jsonata("{% $states.errorOutput.Error %}")));
  }

  @Test
  void jsonataStatesEvaluateDelimitedStringsAndKeepDollarKeys() {
    Workflow w = read("jsonata/variables.asl.json");
    TaskState load = (TaskState) w.states().get("Load");
    ChoiceState route = (ChoiceState) w.states().get("Route");
    MapState each = (MapState) w.states().get("Each");
    MapState literal = (MapState) w.states().get("Literal Items");
    ParallelState parallel = (ParallelState) w.states().get("Parallel Work");

    assertThat(w.queryLanguage()).contains(QueryLanguage.JSONATA);
    assertThat(((JsonArray) member(load.arguments().orElseThrow(), "Payload", "keys")).elements())
        .containsExactly(new Jsonata("{% $states.input.a %}"), JsonString.of("literal.$"),
            JsonString.of("$.not-a-path"));
    assertThat(load.timeoutSeconds()).contains(new Jsonata("{% $states.input.timeout %}"));
    assertThat(load.credentials().orElseThrow().get("RoleArn"))
        .contains(new Jsonata("{% $states.input.role %}"));
    assertThat(load.assign().orElseThrow().get("total.$"))
        .contains(JsonString.of("this key keeps its .$ in JSONata"));
    assertThat(load.output()).contains(new Jsonata("{% $states.result.Payload %}"));
    assertThat(route.choices().get(0).condition())
        .isEqualTo(new Condition.JsonataTest(new Jsonata("{% $total > 100 %}")));
    assertThat(route.choices().get(1).condition())
        .isEqualTo(new Condition.JsonataTest(JsonBoolean.TRUE));
    assertThat(route.choices().get(0).output()).contains(new Jsonata("{% $states.input %}"));
    assertThat(each.items()).contains(new Jsonata("{% $lines %}"));
    assertThat(literal.items()).contains(JsonArray.of(new JsonNumber("1"),
        new Jsonata("{% $orderId %}"), JsonObject.of("k", JsonString.of("v"))));
    assertThat(parallel.arguments()).contains(new Jsonata("{% $states.input %}"));
    assertThat(((SucceedState) literal.itemProcessor().states().get("Skip")).output())
        .contains(new Jsonata("{%$states.input%}"));
  }

  @Test
  void eachStateIsReadInItsOwnQueryLanguage() {
    Workflow w = read("jsonata/mixed-query-languages.asl.json");
    PassState path = (PassState) w.states().get("Path State");
    PassState ata = (PassState) w.states().get("Ata State");
    MapState map = (MapState) w.states().get("Ata Map");
    PassState inner = (PassState) map.itemProcessor().states().get("Inner");

    assertThat(member(path.parameters().orElseThrow(), "text"))
        .isEqualTo(JsonString.of("{% not evaluated in JSONPath %}"));
    assertThat(path.assign()).contains(JsonObject.of("fromPath", JsonPath.of("$.value")));
    assertThat(ata.assign()).contains(JsonObject.of("fromAta", new Jsonata("{% $fromPath %}"),
        "plain.$", JsonString.of("kept as a key")));
    assertThat(inner.assign()).as("inherits JSONata from the enclosing Map state")
        .contains(JsonObject.of("x", new Jsonata("{% $states.input %}")));
  }

  @Test
  void pathFieldsDistinguishAbsentNullAndAPath() {
    Workflow w = read("paths/absent-null-value.asl.json");
    PassState absent = (PassState) w.states().get("Absent");
    PassState nulls = (PassState) w.states().get("Null");
    PassState values = (PassState) w.states().get("Value");
    TaskState task = (TaskState) w.states().get("Task Paths");
    WaitState wait = (WaitState) w.states().get("Wait Paths");
    ChoiceState choice = (ChoiceState) w.states().get("Choice Paths");
    SucceedState succeed = (SucceedState) w.states().get("Succeed Paths");

    assertThat(List.of(absent.inputPath(), absent.resultPath(), absent.outputPath()))
        .containsOnly(Optional.empty());
    assertThat(List.of(nulls.inputPath(), nulls.resultPath(), nulls.outputPath()))
        .containsOnly(Optional.of(Path.discard()));
    assertThat(values.inputPath()).contains(Path.of("$.in"));
    assertThat(values.resultPath()).contains(Path.of("$.result"));
    assertThat(values.outputPath()).contains(Path.of("$.out"));
    assertThat(task.inputPath()).contains(Path.discard());
    assertThat(task.resultPath()).contains(Path.of("$.r"));
    assertThat(task.outputPath()).contains(Path.discard());
    assertThat(task.catchers().orElseThrow()).extracting(Catcher::resultPath)
        .containsExactly(Optional.of(Path.discard()), Optional.of(Path.of("$.error")));
    assertThat(wait.inputPath()).contains(Path.discard());
    assertThat(wait.outputPath()).contains(Path.of("$.x"));
    assertThat(choice.inputPath()).contains(Path.of("$.c"));
    assertThat(choice.outputPath()).contains(Path.discard());
    assertThat(succeed.inputPath()).contains(Path.discard());
    assertThat(succeed.outputPath()).contains(Path.discard());
  }

  @Test
  void statesKeepTheirDefinitionOrder() {
    Workflow w = read("succeed-fail/every-form.asl.json");

    assertThat(w.states().keySet()).containsExactly("Decide", "Literal Failure", "Path Failure",
        "Intrinsic Failure", "JSONata Failure", "Bare Failure", "Fine");
    assertThat(w.states().values()).extracting(State::type).containsExactly("Choice", "Fail",
        "Fail", "Fail", "Fail", "Fail", "Succeed");
  }
}
