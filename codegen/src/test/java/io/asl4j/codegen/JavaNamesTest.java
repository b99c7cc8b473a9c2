package io.asl4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link JavaNames}: one camel-casing rule for class names and the locals of states. */
class JavaNamesTest {

  @Test
  void wordsSplitAtNonAlphanumericsAndCamelCaseHumps() {
    assertThat(JavaNames.lowerCamel("SNS Notify")).isEqualTo("snsNotify");
    assertThat(JavaNames.lowerCamel("sns-notify")).isEqualTo("snsNotify");
    assertThat(JavaNames.lowerCamel("SNSNotify")).isEqualTo("snsNotify");
    assertThat(JavaNames.lowerCamel("orderFulfillment")).isEqualTo("orderFulfillment");
    assertThat(JavaNames.lowerCamel("DescribeDBInstances")).isEqualTo("describeDbInstances");
    assertThat(JavaNames.lowerCamel("S3PutObject")).isEqualTo("s3PutObject");
    assertThat(JavaNames.lowerCamel("my_ETL_job")).isEqualTo("myEtlJob");
    assertThat(JavaNames.lowerCamel("Café Ready")).isEqualTo("caféReady");
    assertThat(JavaNames.lowerCamel("3 tries")).isEqualTo("3Tries");
    assertThat(JavaNames.lowerCamel("-- ")).isEmpty();
    assertThat(JavaNames.upperCamel("retry with backoff.v2")).isEqualTo("RetryWithBackoffV2");
    assertThat(JavaNames.upperCamel("HTTPServer")).isEqualTo("HttpServer");
  }

  @Test
  void classNamesAreDerivedFromFileNames() {
    assertThat(JavaNames.className("order-fulfillment.asl.json")).isEqualTo("OrderFulfillment");
    assertThat(JavaNames.className("3-choice-glue-a-or-b.asl.json"))
        .isEqualTo("Workflow3ChoiceGlueAOrB");
    assertThat(JavaNames.className("orderFulfillment.json")).isEqualTo("OrderFulfillment");
    assertThat(JavaNames.className("HTTPServer.asl")).isEqualTo("HttpServer");
    assertThat(JavaNames.className("my_ETL_job.JSON")).isEqualTo("MyEtlJob");
    assertThat(JavaNames.className("s3Copy2Glacier.json")).isEqualTo("S3Copy2Glacier");
    assertThat(JavaNames.className("café.json")).isEqualTo("Café");
    assertThat(JavaNames.className("class.asl.json")).isEqualTo("Class");
    assertThat(JavaNames.className(".asl.json")).isEqualTo("Workflow");
    assertThat(JavaNames.className("42.json")).isEqualTo("Workflow42");
  }

  @Test
  void stateLocalsFollowTheSameRuleAndStayUniqueAndLegal() {
    Identifiers names = new Identifiers();

    assertThat(names.variable("Describe DB Instances")).isEqualTo("describeDbInstances");
    assertThat(names.variable("DescribeDBInstances")).isEqualTo("describeDbInstances2");
    assertThat(names.variable("class")).isEqualTo("classState");
    assertThat(names.variable("steps")).isEqualTo("stepsState");
    assertThat(names.variable("3 tries")).isEqualTo("state3Tries");
    assertThat(names.variable("?")).isEqualTo("state");
    assertThat(names.variable("a".repeat(50))).isEqualTo("a".repeat(40));
    assertThat(names.method("states")).isEqualTo("states1");
    assertThat(names.method("states")).isEqualTo("states2");
  }
}
