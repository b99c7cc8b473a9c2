package io.asl4j.integrations;

import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.Value;
import java.util.Map;
import java.util.Objects;

/**
 * Any AWS API through the SDK integrations,
 * {@code arn:aws:states:::aws-sdk:<service>:<action>}. Parameters are PascalCase, as in the API.
 *
 * <pre>{@code AwsSdk.call("s3", "listObjectsV2").parameter("Bucket", text("logs"))
 * // "Resource": "arn:aws:states:::aws-sdk:s3:listObjectsV2", "Parameters": {"Bucket": "logs"}}</pre>
 */
public final class AwsSdk extends ServiceIntegration<AwsSdk> {

  private final String sdkService;
  private final String sdkAction;

  private AwsSdk(String service, String action, String suffix, String partition,
      Map<String, Value> payload) {
    super(ResourceArn.awsSdk(service, action).inPartition(partition)
        .withPattern(IntegrationPattern.ofSuffix(suffix).orElseThrow()), payload);
    this.sdkService = service;
    this.sdkAction = action;
  }

  /**
   * Calls an API action.
   *
   * @param service the SDK service id in lower case, e.g. {@code s3}, {@code dynamodb},
   *     {@code sfn}
   * @param action the action in camelCase, e.g. {@code getObject}
   * @return the integration
   */
  public static AwsSdk call(String service, String action) {
    return new AwsSdk(Objects.requireNonNull(service, "service"),
        Objects.requireNonNull(action, "action"), "", "aws", Map.of());
  }

  @Override
  AwsSdk copy(String suffix, String partition, Map<String, Value> payload) {
    return new AwsSdk(sdkService, sdkAction, suffix, partition, payload);
  }

  /**
   * Waits for a callback with the task token ({@code .waitForTaskToken}).
   *
   * @return the integration with that pattern
   */
  public AwsSdk waitForTaskToken() {
    return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
  }
}
