package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code asl4j cost}: the figures it prints, its exit codes and its messages. */
class CostCommandTest extends CommandHarness {

  private static final String ORDER = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                   "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"]}],
                   "Catch": [{"ErrorEquals": ["Card.Declined"], "ResultPath": "$.error",
                              "Next": "Declined"}],
                   "Next": "Done"},
        "Done": {"Type": "Succeed"},
        "Declined": {"Type": "Fail", "Error": "OrderFailed", "Cause": "the card was declined"}}}
      """;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("order.asl.json"), ORDER);
    Files.writeString(dir.resolve("ok.json"), "{\"Charge\": [{\"Return\": {\"Payload\": "
        + "{\"ok\": true}}}]}");
    Files.writeString(dir.resolve("throttled.json"), "{\"Charge\": [{\"Throw\": {\"Error\": "
        + "\"Lambda.TooManyRequestsException\"}}, {\"Return\": {\"Payload\": {}}}]}");
    Files.writeString(dir.resolve("declined.json"), "{\"Charge\": [{\"Throw\": {\"Error\": "
        + "\"Card.Declined\", \"Cause\": \"insufficient funds\"}}]}");
  }

  @Test
  void aStandardExecutionIsPricedPerStateTransitionBeyondTheFreeTier() {
    assertThat(run("cost", "--mocks", "ok.json", "--executions-per-month", "100000",
        "order.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        execution: SUCCEEDED, states entered: Charge -> Done
        billed state transitions: 2 per execution (2 states entered, no retry)
        price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
        one execution: $0.00005
        100,000 executions a month: 200,000 transitions, 196,000 beyond the free tier: $4.90
        free tier: 4,000 state transitions a month per account, all its Standard workflows \
        together (2,000 executions of this one alone)
        """);
    assertThat(err()).isEmpty();
  }

  @Test
  void eachRetryIsOneMoreTransitionAndAFewExecutionsStayFree() {
    assertThat(run("cost", "--mocks", "throttled.json", "--executions-per-month", "1,000",
        "order.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        execution: SUCCEEDED, states entered: Charge -> Done
        billed state transitions: 3 per execution (2 states entered, 1 retry)
        price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
        one execution: $0.000075
        1,000 executions a month: 3,000 transitions, within the free tier: $0.00
        free tier: 4,000 state transitions a month per account, all its Standard workflows \
        together (1,333 executions of this one alone)
        """);
  }

  @Test
  void aFailedExecutionIsPricedTooAndExitsOne() {
    assertThat(run("cost", "--mocks", "declined.json", "order.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("""
        execution: FAILED (OrderFailed), states entered: Charge -> Declined
        billed state transitions: 2 per execution (2 states entered, no retry)
        price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
        one execution: $0.00005
        free tier: 4,000 state transitions a month per account, all its Standard workflows \
        together (2,000 executions of this one alone)
        """);
  }

  @Test
  void anExpressExecutionIsPricedPerRequestAndDuration() {
    assertThat(run("cost", "--type", "EXPRESS", "--mocks", "ok.json",
        "--executions-per-month", "10000000", "order.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        execution: SUCCEEDED, states entered: Charge -> Done
        billed: 1 request and 100 ms at 64 MB (0.00625 GB-seconds) per execution
        price: $1.00 per million requests, $0.00001667 per GB-second (us-east-1)
        one execution: $0.0000011041875
        10,000,000 executions a month: $11.04
        free tier: none for Express workflows; every request and GB-second is billed
        """);
  }

  @Test
  void expressWarnsOfWhatAnExpressWorkflowCannotRunAndPricesItAllTheSame() throws IOException {
    Files.writeString(dir.resolve("sync.asl.json"), """
        {"StartAt": "Job", "States": {
          "Job": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
                  "Parameters": {"JobName": "nightly"}, "Next": "Ask"},
          "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"QueueUrl": "q", "MessageBody": {"Token.$": "$$.Task.Token"}},
                  "End": true}}}
        """);
    Files.writeString(dir.resolve("sync-mocks.json"), "{\"Job\": [{\"Return\": {}}], "
        + "\"Ask\": [{\"Return\": {}}]}");
    assertThat(run("cost", "--type", "EXPRESS", "--mocks", "sync-mocks.json", "sync.asl.json"))
        .isEqualTo(0);
    assertThat(err()).isEqualTo("""
        asl4j cost: sync.asl.json:2:27: warning: EXPRESS_UNSUPPORTED /States/Job/Resource: Express \
        workflows only support request-response integrations; \
        "arn:aws:states:::glue:startJobRun.sync" needs a Standard workflow
        asl4j cost: sync.asl.json:4:27: warning: EXPRESS_UNSUPPORTED /States/Ask/Resource: Express \
        workflows only support request-response integrations; \
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken" needs a Standard workflow
        """);
    assertThat(out()).startsWith("execution: SUCCEEDED, states entered: Job -> Ask\n"
        + "billed: 1 request and 100 ms at 64 MB");
    err.reset();
    out.reset();
    // as a Standard workflow, and an Express one that fits, no warning
    assertThat(run("cost", "--mocks", "sync-mocks.json", "sync.asl.json")).isEqualTo(0);
    assertThat(err()).isEmpty();
    assertThat(run("cost", "--type", "EXPRESS", "--mocks", "ok.json", "order.asl.json"))
        .isEqualTo(0);
    assertThat(err()).isEmpty();
  }

  @Test
  void pricesOfAnotherRegionComeFromAFile() throws IOException {
    Files.writeString(dir.resolve("sa-east-1.json"), "{\"region\": \"sa-east-1\", "
        + "\"standardPerThousandTransitions\": 0.0375}");
    assertThat(run("cost", "--prices", "sa-east-1.json", "--mocks", "ok.json",
        "--executions-per-month", "100000", "order.asl.json")).isEqualTo(0);
    assertThat(out()).contains("price: $0.0375 per 1,000 state transitions, 4,000 free a month "
        + "(sa-east-1)\n", "one execution: $0.000075\n",
        "100,000 executions a month: 200,000 transitions, 196,000 beyond the free tier: $7.35\n");
  }

  @Test
  void badInputIsOneLineWithItsPlaceAndExitsTwo() throws IOException {
    Files.writeString(dir.resolve("typo.json"), "{\"Charge\": [{\"Return\": 1}],\n \"Chrage\": "
        + "[]}");
    assertThat(run("cost", "--mocks", "typo.json", "order.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j cost: typo.json:2:2: /Chrage: the workflow has no state "
        + "\"Chrage\" (its Task states: \"Charge\")\n");
    assertThat(out()).isEmpty();
    err.reset();
    assertThat(run("cost", "order.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j cost: no mock for the Task state \"Charge\" (resource "
        + "arn:aws:states:::lambda:invoke): no mocks were given\n");
    err.reset();
    Files.writeString(dir.resolve("prices.json"), "{\"expressMemoryMb\": 100}");
    assertThat(run("cost", "--prices", "prices.json", "--mocks", "ok.json", "order.asl.json"))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j cost: prices.json:1:2: expressMemoryMb must be a "
        + "positive multiple of 64 (AWS bills memory in 64 MB chunks), got 100\n");
    err.reset();
    Files.writeString(dir.resolve("badprices.json"), "{\"region\": \"eu-west-1\",\n"
        + "  \"standardPerThousandTransitions\": \"0.025\"}");
    assertThat(run("cost", "--prices", "badprices.json", "--mocks", "ok.json",
        "order.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j cost: badprices.json:2:3: /standardPerThousandTransitions:"
        + " expected a number\n");
    assertThat(out()).isEmpty();
    err.reset();
    Files.writeString(dir.resolve("broken.asl.json"), "{\"StartAt\": \"A\", \"States\": {}}");
    assertThat(run("cost", "broken.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j cost: broken.asl.json: StartAt: unknown state \"A\"\n");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("cost", "--executions-per-month", "-3", "order.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j cost: --executions-per-month must be a whole number, 0 "
        + "or more, not '-3'\nRun 'asl4j cost --help' for usage.\n");
    err.reset();
    assertThat(run("cost")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j cost: no input file (use '-' for standard input)\n");
    err.reset();
    assertThat(run("cost", "--type", "FAST", "order.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j cost: --type must be");
    err.reset();
    assertThat(run("cost", "--input", "-", "-")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j cost: standard input can be only one of the files\n");
    err.reset();
    assertThat(run("cost", "--test-case", "T", "order.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j cost: --test-case needs --mocks\n");
  }
}
