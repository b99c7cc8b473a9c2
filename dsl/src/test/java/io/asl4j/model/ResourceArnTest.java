package io.asl4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Integration ARNs and their patterns: reading, writing, and what is not one. */
class ResourceArnTest {

  @Test
  void readsAnOptimizedIntegrationWithEachPattern() {
    assertThat(ResourceArn.parse("arn:aws:states:::lambda:invoke")).contains(new ResourceArn(
        "aws", "lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE, false));
    assertThat(ResourceArn.parse("arn:aws:states:::glue:startJobRun.sync")).contains(
        new ResourceArn("aws", "glue", "startJobRun", IntegrationPattern.SYNC, false));
    assertThat(ResourceArn.parse("arn:aws-cn:states:::states:startExecution.sync:2")).contains(
        new ResourceArn("aws-cn", "states", "startExecution", IntegrationPattern.SYNC_2, false));
    assertThat(ResourceArn.parse("arn:aws-us-gov:states:::sqs:sendMessage.waitForTaskToken"))
        .contains(new ResourceArn("aws-us-gov", "sqs", "sendMessage",
            IntegrationPattern.WAIT_FOR_TASK_TOKEN, false));
  }

  @Test
  void readsAnSdkIntegration() {
    assertThat(ResourceArn.parse("arn:aws:states:::aws-sdk:s3:listObjectsV2")).contains(
        ResourceArn.awsSdk("s3", "listObjectsV2"));
    assertThat(ResourceArn.parse("arn:aws-iso:states:::aws-sdk:ec2:describeInstances"
        + ".waitForTaskToken")).contains(new ResourceArn("aws-iso", "ec2", "describeInstances",
            IntegrationPattern.WAIT_FOR_TASK_TOKEN, true));
  }

  @Test
  void otherTextIsNotAnIntegration() {
    for (String other : new String[] {
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        "arn:aws:states:us-east-1:123456789012:activity:a",
        "arn:aws:states:::aws-sdk:s3:getObject.sync", // the SDK integrations have no .sync
        "arn:aws:states:::aws-sdk:listBuckets", // no SDK service
        "arn:${AWS::Partition}:states:::lambda:invoke",
        "arn:aws:states:::lambda:invoke.async",
        "arn:aws:states::123:lambda:invoke",
        "arn:aws:states:::Lambda:invoke",
        "${LambdaArn}"}) {
      assertThat(ResourceArn.parse(other)).as(other).isEmpty();
    }
  }

  @Test
  void writesWhatItReads() {
    for (String arn : new String[] {"arn:aws:states:::lambda:invoke.waitForTaskToken",
        "arn:aws-cn:states:::aws-sdk:dynamodb:getItem", "arn:aws:states:::ecs:runTask.sync:2"}) {
      assertThat(ResourceArn.parse(arn).map(ResourceArn::arn)).contains(arn);
    }
    assertThat(ResourceArn.of("batch", "submitJob").withPattern(IntegrationPattern.SYNC)
        .inPartition("aws-cn").arn()).isEqualTo("arn:aws-cn:states:::batch:submitJob.sync");
  }

  @Test
  void wellFormedWhenThePartitionIsNamedNotAPlaceholder() {
    assertThat(ResourceArn.parse("arn:aws-us-gov:states:::aws-sdk:s3:getObject").orElseThrow()
        .isWellFormed()).isTrue();
    ResourceArn placeholder = ResourceArn.parse("arn:${AWSPartition}:states:::lambda:invoke")
        .orElseThrow();
    assertThat(placeholder.partition()).isEqualTo("${AWSPartition}");
    assertThat(placeholder.isWellFormed()).isFalse();
    assertThat(placeholder.inPartition("aws").isWellFormed()).isTrue();
    assertThat(ResourceArn.of("Lambda", "invoke").isWellFormed()).isFalse();
    assertThat(ResourceArn.of("lambda", "invoke:x").isWellFormed()).isFalse();
  }

  @Test
  void onlyTheSyncPatternsWaitForTheJob() {
    assertThat(IntegrationPattern.SYNC.isSync()).isTrue();
    assertThat(IntegrationPattern.SYNC_2.isSync()).isTrue();
    assertThat(IntegrationPattern.REQUEST_RESPONSE.isSync()).isFalse();
    assertThat(IntegrationPattern.WAIT_FOR_TASK_TOKEN.isSync()).isFalse();
  }

  @Test
  void namesAnIntegrationByServiceAndAction() {
    ResourceArn put = ResourceArn.of("s3", "putObject");
    assertThat(put.is("s3", "putObject")).isTrue();
    assertThat(put.is("s3", "getObject")).isFalse();
    assertThat(ResourceArn.awsSdk("s3", "putObject").is("s3", "putObject")).isFalse();
  }

  @Test
  void sdkIntegrationsHaveNoSyncPattern() {
    assertThatThrownBy(() -> ResourceArn.awsSdk("glue", "startJobRun")
        .withPattern(IntegrationPattern.SYNC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aws-sdk:glue:startJobRun: SDK integrations have no .sync pattern; use"
            + " request-response or .waitForTaskToken");
  }

  @Test
  void patternOfAResourceIsReadFromItsEnd() {
    assertThat(IntegrationPattern.ofResource("arn:${AWS::Partition}:states:::ecs:runTask.sync"))
        .isEqualTo(IntegrationPattern.SYNC);
    assertThat(IntegrationPattern.ofResource("arn:aws:states:::states:startExecution.sync:2"))
        .isEqualTo(IntegrationPattern.SYNC_2);
    assertThat(IntegrationPattern.ofResource("${Fn}.waitForTaskToken"))
        .isEqualTo(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    assertThat(IntegrationPattern.ofResource("arn:aws:states:::lambda:invoke"))
        .isEqualTo(IntegrationPattern.REQUEST_RESPONSE);
    assertThat(IntegrationPattern.ofSuffix(".sync:2")).contains(IntegrationPattern.SYNC_2);
    assertThat(IntegrationPattern.ofSuffix(".async")).isEmpty();
  }

  @Test
  void lambdaFunctionArns() {
    LambdaFunctionArn live = LambdaFunctionArn.parse(
        "arn:aws:lambda:us-east-1:123456789012:function:resize:live").orElseThrow();
    assertThat(live).isEqualTo(new LambdaFunctionArn("aws", "us-east-1", "123456789012",
        "resize", Optional.of("live")));
    assertThat(live.isWellFormed()).isTrue();
    assertThat(live.unqualified().arn())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:resize");
    assertThat(LambdaFunctionArn.parse("arn:aws:lambda:::function:f:$LATEST").orElseThrow()
        .isWellFormed()).isTrue();
    // placeholders read, but are not well-formed names
    LambdaFunctionArn token = LambdaFunctionArn.parse(
        "arn:aws:lambda:us-east-1:123456789012:function:${Token[Fn.Name]}").orElseThrow();
    assertThat(token.name()).isEqualTo("${Token[Fn.Name]}");
    assertThat(token.isWellFormed()).isFalse();
    assertThat(LambdaFunctionArn.parse("arn:aws:lambda:us-east-1:1:function:f:v:x")).isEmpty();
    assertThat(LambdaFunctionArn.parse("arn:aws:lambda:us-east-1:1:layer:l")).isEmpty();
    assertThat(LambdaFunctionArn.isLambdaServiceArn("arn:aws:lambda:us-east-1:1:layer:l"))
        .isTrue();
    assertThat(LambdaFunctionArn.isLambdaServiceArn("arn:aws:states:::lambda:invoke")).isFalse();
    assertThat(live.versionsAndAliases())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:resize:*");
  }

  @Test
  void lambdaFunctionNamesInEachForm() {
    assertThat(LambdaFunctionArn.ofFunctionName("resize", "aws", "eu-west-1", "123456789012"))
        .contains(new LambdaFunctionArn("aws", "eu-west-1", "123456789012", "resize",
            Optional.empty()));
    assertThat(LambdaFunctionArn.ofFunctionName("resize:live", "aws-cn", "cn-north-1", "1"))
        .contains(new LambdaFunctionArn("aws-cn", "cn-north-1", "1", "resize",
            Optional.of("live")));
    assertThat(LambdaFunctionArn.ofFunctionName("111122223333:function:resize:$LATEST", "aws",
        "eu-west-1", "123456789012")).contains(new LambdaFunctionArn("aws", "eu-west-1",
            "111122223333", "resize", Optional.of("$LATEST")));
    assertThat(LambdaFunctionArn.ofFunctionName(
        "arn:aws:lambda:us-east-1:111122223333:function:resize", "aws-cn", "eu-west-1", "1"))
        .contains(new LambdaFunctionArn("aws", "us-east-1", "111122223333", "resize",
            Optional.empty()));
    for (String other : new String[] {"", "a:b:c", "1:function:f:v:x",
        "arn:aws:lambda:us-east-1:1:layer:l", "arn:aws:states:::lambda:invoke"}) {
      assertThat(LambdaFunctionArn.ofFunctionName(other, "aws", "eu-west-1", "1")).as(other)
          .isEmpty();
    }
  }

  @Test
  void activityArns() {
    assertThat(ActivityArn.parse("arn:aws:states:us-east-1:123456789012:activity:approve"))
        .contains(new ActivityArn("aws", "us-east-1", "123456789012", "approve"));
    assertThat(new ActivityArn("aws-cn", "cn-north-1", "1", "a").arn())
        .isEqualTo("arn:aws-cn:states:cn-north-1:1:activity:a");
    assertThat(ActivityArn.parse("arn:aws:states:us-east-1:1:stateMachine:a")).isEmpty();
  }

  @Test
  void stateMachineArnsAndTheirExecutions() {
    StateMachineArn orders = StateMachineArn.parse(
        "arn:aws:states:us-east-1:123456789012:stateMachine:orders:prod").orElseThrow();
    assertThat(orders).isEqualTo(new StateMachineArn("aws", "us-east-1", "123456789012",
        "orders", Optional.of("prod")));
    assertThat(orders.arn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:orders:prod");
    assertThat(orders.executions())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:orders:*");
    assertThat(orders.mapRunExecutions())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:orders/*");
    assertThat(StateMachineArn.parse("arn:aws:states:us-east-1:1:activity:a")).isEmpty();
  }
}
