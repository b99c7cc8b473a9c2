package io.asl4j.dsl;

import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.waitState;
import static io.asl4j.Values.field;
import static io.asl4j.Values.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.model.JitterStrategy;
import io.asl4j.model.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rules the builders check when called, with messages that say what to do. */
class BuilderRulesTest {

  private static TaskStep lambda(String name) {
    return task(name).resource("arn:aws:lambda:us-east-1:1:function:f");
  }

  @Test
  void statesAllMustBeLastAndAlone() {
    Step done = succeed("Done");

    assertThatThrownBy(() -> lambda("A").retry(Retry.policy(), "States.ALL"))
        .hasMessage("state \"A\": use retryAll for States.ALL; it must stand alone in the last"
            + " entry");
    assertThatThrownBy(() -> lambda("A").retryAll(Retry.policy()).retry(Retry.policy(), "X"))
        .hasMessage("state \"A\": retryAll must be the last retrier (ASL only accepts States.ALL"
            + " in the last one)");
    assertThatThrownBy(() -> lambda("A").catchAll(done).catching(done, "X"))
        .hasMessage("state \"A\": catchAll must be the last catcher (ASL only accepts States.ALL"
            + " in the last one)");
    assertThatThrownBy(() -> lambda("A").catching(done))
        .hasMessage("state \"A\": catching needs at least one error name (catchAll matches every"
            + " error)");
  }

  @Test
  void retrySettingsAreCheckedWhenSet() {
    assertThatThrownBy(() -> Retry.policy().backoffRate(0.5))
        .hasMessage("BackoffRate is 0.5; it must be at least 1.0");
    assertThatThrownBy(() -> Retry.policy().maxAttempts(-1))
        .hasMessage("MaxAttempts is -1; it must be from 0 to 99999999");
    assertThatThrownBy(() -> Retry.policy().maxDelaySeconds(0))
        .hasMessage("MaxDelaySeconds is 0; it must be from 1 to 31622400");
  }

  @Test
  void retriesAndCatchesAreWrittenInOrder() {
    Step fallback = succeed("Fallback");
    Step a = lambda("A")
        .retry(Retry.policy().intervalSeconds(2).maxAttempts(6).backoffRate(2).maxDelaySeconds(30)
            .jitter(JitterStrategy.FULL).comment("throttled"), "Lambda.TooManyRequestsException")
        .retryAll(Retry.policy().maxAttempts(2))
        .catching(Catch.resultPath(path("$.timeout")), fallback, Errors.TIMEOUT)
        .catchAll(Catch.defaults().withResultPath(Path.discard()).comment("anything else"),
            fallback)
        .end();

    String json = io.asl4j.json.AslWriter.compact().write(startAt(a).build());

    assertThat(json).contains("\"Retry\":[{\"Comment\":\"throttled\",\"ErrorEquals\":"
        + "[\"Lambda.TooManyRequestsException\"],\"IntervalSeconds\":2,\"MaxAttempts\":6,"
        + "\"BackoffRate\":2,\"MaxDelaySeconds\":30,\"JitterStrategy\":\"FULL\"},"
        + "{\"ErrorEquals\":[\"States.ALL\"],\"MaxAttempts\":2}]");
    assertThat(json).contains("\"Catch\":[{\"ErrorEquals\":[\"States.Timeout\"],\"ResultPath\":"
        + "\"$.timeout\",\"Next\":\"Fallback\"},{\"Comment\":\"anything else\",\"ErrorEquals\":"
        + "[\"States.ALL\"],\"ResultPath\":null,\"Next\":\"Fallback\"}]");
  }

  @Test
  void buildersAreImmutableSoAHalfBuiltStepCanBeBranchedFrom() {
    TaskStep base = lambda("Call").resultPath(path("$.r"));
    Step quiet = base.end();
    Step loud = base.comment("loud").end();

    assertThat(startAt(quiet).build().toJson()).doesNotContain("loud");
    assertThat(startAt(loud).build().toJson()).contains("\"Comment\": \"loud\"");
  }

  @Test
  void passResultMustBeConstant() {
    assertThatThrownBy(() -> pass("P").result(io.asl4j.Values.object(field("x", path("$.x")))))
        .hasMessage("state \"P\": Result is constant JSON and never evaluated; use"
            + " parameters(...) or output(...) for computed values");
  }

  @Test
  void stateNamesAreOneToEightyCharacters() {
    assertThatThrownBy(() -> pass("")).hasMessage("a state name is 1 to 80 characters; \"\" has 0");
    assertThat(pass("x".repeat(80)).name()).hasSize(80);
    assertThatThrownBy(() -> pass("x".repeat(81))).hasMessageEndingWith("has 81");
  }

  @Test
  void waitTimestampsAreWrittenAsRfc3339() {
    Step w = waitState("Until").timestamp(Instant.parse("2026-03-14T01:59:00Z")).end();

    assertThat(startAt(w).build().toJson()).contains("\"Timestamp\": \"2026-03-14T01:59:00Z\"");
  }
}
