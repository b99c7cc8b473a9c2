package io.asl4j.cdk.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The IAM actions derived for {@code aws-sdk} Tasks, against expectation tables written apart from
 * the deriver's own tables: one operation per listed service ({@code expected-iam-prefixes.tsv})
 * and single operations, including every API Gateway operation ({@code expected-iam-actions.tsv}).
 */
class AwsSdkIamTest {

  private static final IamDeriver DERIVER = IamDeriver.create();

  /** The data rows of a test resource, split at tabs. */
  private static List<String[]> rows(String name) throws IOException {
    try (InputStream in = AwsSdkIamTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    }
  }

  static List<Arguments> services() throws IOException {
    return rows("expected-iam-prefixes.tsv").stream()
        .map(c -> Arguments.of(c[0], c[1], c[2], c[3])).toList();
  }

  static List<Arguments> operations() throws IOException {
    return rows("expected-iam-actions.tsv").stream()
        .map(c -> Arguments.of(c[0], c[1], c[2])).toList();
  }

  /** The statements derived for one aws-sdk Task. */
  private static IamDeriver.Result call(String serviceOperation) {
    return DERIVER.derive(Workflow.fromJson("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\":"
        + " \"Task\", \"Resource\": \"arn:aws:states:::aws-sdk:" + serviceOperation + "\","
        + " \"Parameters\": {}, \"End\": true}}}"));
  }

  private static List<String> statements(IamDeriver.Result r) {
    return r.statements().stream().map(Statement::toString).toList();
  }

  @ParameterizedTest(name = "{0}:{1} -> {2} ({3})")
  @MethodSource("services")
  void serviceUsesTheIamPrefixOfTheServiceAuthorizationReference(String service,
      String operation, String expected, String page) {
    String camel = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);

    assertThat(statements(call(service + ":" + camel))).containsExactly("[" + expected
        + "] on [*]");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("operations")
  void operationNeedsTheDocumentedActions(String serviceOperation, String expected,
      String source) {
    assertThat(statements(call(serviceOperation))).containsExactly("["
        + String.join(", ", expected.split(",")) + "] on [*]");
  }

  @Test
  void everyServiceRowHasAnExpectation() throws IOException {
    Set<String> expected = rows("expected-iam-prefixes.tsv").stream().map(c -> c[0])
        .collect(Collectors.toCollection(TreeSet::new));
    // API Gateway is checked operation by operation in expected-iam-actions.tsv
    expected.addAll(List.of("apigateway", "apigatewayv2"));

    assertThat(AwsSdkIam.tables().services().keySet()).containsExactlyElementsOf(expected);
  }

  @Test
  void everyOperationRowHasAnExpectation() throws IOException {
    List<String> tested = rows("expected-iam-actions.tsv").stream().map(c -> c[0]).toList();

    for (String row : AwsSdkIam.tables().operations().keySet()) {
      if (row.endsWith("*")) {
        String start = row.substring(0, row.length() - 1);
        assertThat(tested).as(row).anyMatch(t -> t.startsWith(start));
      } else {
        assertThat(tested).as(row).contains(row);
      }
    }
  }

  @Test
  void issue11Corrections() {
    assertThat(statements(call("mediapackagevod:listAssets"))).containsExactly(
        "[mediapackage-vod:ListAssets] on [*]");
    assertThat(statements(call("resourcegroupstaggingapi:getResources"))).containsExactly(
        "[tag:GetResources] on [*]");
    assertThat(statements(call("emrcontainers:startJobRun"))).containsExactly(
        "[emr-containers:StartJobRun] on [*]");
    assertThat(statements(call("apigatewayv2:createApi"))).containsExactly(
        "[apigateway:POST] on [*]");
    assertThat(statements(call("s3:listObjectsV2"))).containsExactly("[s3:ListBucket] on [*]");
    assertThat(statements(call("s3:headObject"))).containsExactly("[s3:GetObject] on [*]");
  }

  @Test
  void unlistedServicesUseTheirNameAndOperation() {
    assertThat(statements(call("dynamodb:getItem"))).containsExactly(
        "[dynamodb:GetItem] on [*]");
    assertThat(statements(call("scheduler:createSchedule"))).containsExactly(
        "[scheduler:CreateSchedule] on [*]");
    assertThat(statements(call("ec2:describeInstances"))).containsExactly(
        "[ec2:DescribeInstances] on [*]");
  }

  @Test
  void severalActionsAreAllowedTogetherAndNamedInTheWarning() {
    IamDeriver.Result r = call("s3:copyObject");

    assertThat(statements(r)).containsExactly("[s3:GetObject, s3:PutObject] on [*]");
    assertThat(r.warnings()).containsExactly("state \"T\": the resources of s3:GetObject,"
        + " s3:PutObject (aws-sdk:s3:copyObject) cannot be derived; they are allowed on every"
        + " resource: declare them to narrow them");
  }

  @Test
  void apiGatewayOperationWithoutAKnownMethodGetsNoStatement() {
    IamDeriver.Result r = call("apigatewayv2:previewPortal");

    assertThat(r.statements()).isEmpty();
    assertThat(r.warnings()).containsExactly("state \"T\": no permissions are derived for"
        + " aws-sdk:apigatewayv2:previewPortal: its IAM action is the HTTP method of the call,"
        + " which is not known for this operation; add the statements it needs");
  }

  @Test
  void malformedRowsAreRefusedWithFileAndLine() {
    List<String> none = List.of();
    assertThatThrownBy(() -> AwsSdkIam.parse(List.of("# c", "sfn\tstates\toperation"), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aws-sdk-iam-prefixes.tsv:2: expected 4 tab-separated columns, got 3");
    assertThatThrownBy(() -> AwsSdkIam.parse(List.of("sfn\tstates\tverbs\tn"), none))
        .hasMessage("aws-sdk-iam-prefixes.tsv:1: action naming \"verbs\" is neither"
            + " \"operation\" nor \"http-method\"");
    assertThatThrownBy(() -> AwsSdkIam.parse(List.of("Sfn\tstates\toperation\tn"), none))
        .hasMessage("aws-sdk-iam-prefixes.tsv:1: service \"Sfn\" is not lower-case letters and"
            + " digits");
    assertThatThrownBy(() -> AwsSdkIam.parse(List.of("sfn\tStates\toperation\tn"), none))
        .hasMessage("aws-sdk-iam-prefixes.tsv:1: IAM prefix \"States\" is not lower-case"
            + " letters, digits and hyphens");
    assertThatThrownBy(() -> AwsSdkIam.parse(List.of("sfn\tstates\toperation\tn",
        "sfn\tstates\toperation\tn"), none))
        .hasMessage("aws-sdk-iam-prefixes.tsv:2: service \"sfn\" is listed twice");
    assertThatThrownBy(() -> AwsSdkIam.parse(List.of("sfn\t\toperation\tn"), none))
        .hasMessage("aws-sdk-iam-prefixes.tsv:1: a column is empty");
    assertThatThrownBy(() -> AwsSdkIam.parse(none, List.of("s3-listBuckets\ts3:A\tn")))
        .hasMessage("aws-sdk-iam-actions.tsv:1: \"s3-listBuckets\" is not service:operation or"
            + " service:start*");
    assertThatThrownBy(() -> AwsSdkIam.parse(none, List.of("s3:headObject\ts3:GetObject,\tn")))
        .hasMessage("aws-sdk-iam-actions.tsv:1: IAM action \"\" is not prefix:Name");
    assertThatThrownBy(() -> AwsSdkIam.parse(none, List.of("s3:get*\ts3:A\tn",
        "s3:get*\ts3:B\tn")))
        .hasMessage("aws-sdk-iam-actions.tsv:2: \"s3:get*\" is listed twice");
  }

  @Test
  void theLongestStartWinsAndAnExactRowBeatsEveryStart() {
    AwsSdkIam t = AwsSdkIam.parse(List.of("api\tapigateway\thttp-method\tn"), List.of(
        "api:get*\tapigateway:GET\tn", "api:getExport*\tapigateway:HEAD\tn",
        "api:getExportNow\tapigateway:PUT\tn"));

    assertThat(t.actions("api", "getThing")).containsExactly("apigateway:GET");
    assertThat(t.actions("api", "getExportLater")).containsExactly("apigateway:HEAD");
    assertThat(t.actions("api", "getExportNow")).containsExactly("apigateway:PUT");
    assertThat(t.actions("api", "previewPortal")).isEmpty();
    assertThat(t.actions("other", "doIt")).containsExactly("other:DoIt");
    assertThat(Arrays.asList(t.operations().keySet().toArray())).containsExactly(
        "api:get*", "api:getExport*", "api:getExportNow");
  }
}
