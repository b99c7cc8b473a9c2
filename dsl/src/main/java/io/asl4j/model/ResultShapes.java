package io.asl4j.model;

/**
 * What a Task state's resource returns, as a {@link JsonShape}: the one place that says it, for
 * the validator's data-flow analysis and for anything else that needs a task's result (a typed
 * mock, say).
 *
 * <table>
 * <caption>Results by resource</caption>
 * <tr><th>resource</th><th>result</th></tr>
 * <tr><td>an optimized integration of {@link OptimizedIntegration}, request-response,
 *     {@code .sync} or {@code .sync:2}</td><td>{@link OptimizedIntegration#resultShape}: for
 *     example {@code lambda:invoke} wraps the function's result in {@code Payload}, and
 *     {@code states:startExecution.sync} gives the child's {@code Output} as JSON text where
 *     {@code .sync:2} gives JSON</td></tr>
 * <tr><td>{@code .waitForTaskToken}</td><td>anything: whatever the callback sends</td></tr>
 * <tr><td>a Lambda function ARN (the legacy form)</td><td>anything: the function's result
 *     itself, without the {@code Payload} wrapper</td></tr>
 * <tr><td>an activity, an SDK integration ({@code aws-sdk:...}), another service, a
 *     placeholder, anything else</td><td>anything</td></tr>
 * </table>
 *
 * <p>A task that passes its task token ({@code $$.Task.Token}) on, whatever its pattern, may end
 * with whatever a callback sends; that depends on the payload, not on the resource, and
 * {@link #of(String, boolean)} takes it into account.
 */
public final class ResultShapes {

  private ResultShapes() {}

  /**
   * Returns the shape of what a resource returns.
   *
   * <pre>{@code ResultShapes.of("arn:aws:states:::sns:publish")
   * // a closed object: MessageId, SequenceNumber (optional), SdkHttpMetadata, SdkResponseMetadata}</pre>
   *
   * @param resource a Task's {@code Resource}
   * @return the shape of its result; {@link JsonShape#ANY} when nothing is known
   */
  public static JsonShape of(String resource) {
    return of(resource, false);
  }

  /**
   * Returns the shape of what a resource returns, given whether the task passes its task token on.
   *
   * @param resource a Task's {@code Resource}
   * @param passesTaskToken whether the task's payload passes the task token (a callback may
   *     then end the task with anything)
   * @return the shape of its result; {@link JsonShape#ANY} when nothing is known
   */
  public static JsonShape of(String resource, boolean passesTaskToken) {
    if (passesTaskToken) {
      return JsonShape.ANY;
    }
    ResourceArn arn = ResourceArn.parse(resource).orElse(null);
    if (arn == null || arn.awsSdk()) {
      return JsonShape.ANY;
    }
    return OptimizedIntegration.of(arn.service(), arn.action())
        .map(i -> i.resultShape(arn.pattern())).orElse(JsonShape.ANY);
  }
}
