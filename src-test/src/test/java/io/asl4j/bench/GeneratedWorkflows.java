package io.asl4j.bench;

/**
 * Generates large definitions for benchmarks and scale tests: a chain of groups that mixes every
 * state type (Task with Retry/Catch, Pass, Choice, Wait, Parallel, Map, a JSONata Task, Fail) so
 * that cost per state is measured on realistic content, not on one repeated shape.
 */
public final class GeneratedWorkflows {

  private GeneratedWorkflows() {}

  /**
   * Writes a workflow with at least {@code states} states (counting those nested in branches and
   * item processors) as compact JSON.
   *
   * @param states the number of states wanted
   * @return the definition
   */
  public static String mixed(int states) {
    StringBuilder sb = new StringBuilder(states * 260);
    sb.append("{\"Comment\":\"generated: ").append(states).append(" states of every type\",")
        .append("\"StartAt\":\"Task 0\",\"States\":{");
    int count = 0;
    int group = 0;
    while (count < states) {
      String g = " " + group;
      String next = " " + (group + 1);
      boolean last = count + 11 >= states;
      String after = last ? "Done" : "Task" + next;
      sb.append("\"Task").append(g).append("\":{\"Type\":\"Task\",")
          .append("\"Resource\":\"arn:aws:states:::lambda:invoke\",")
          .append("\"Parameters\":{\"FunctionName\":\"arn:aws:lambda:us-east-1:123456789012:")
          .append("function:step\",\"Payload\":{\"id.$\":\"$.id\",\"group\":").append(group)
          .append(",\"note.$\":\"States.Format('group {}', $.id)\"}},")
          .append("\"ResultSelector\":{\"out.$\":\"$.Payload\"},\"ResultPath\":\"$.result\",")
          .append("\"TimeoutSeconds\":300,")
          .append("\"Retry\":[{\"ErrorEquals\":[\"Lambda.TooManyRequestsException\"],")
          .append("\"IntervalSeconds\":2,\"MaxAttempts\":6,\"BackoffRate\":2.0,")
          .append("\"JitterStrategy\":\"FULL\"}],")
          .append("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.error\",")
          .append("\"Next\":\"Fail").append(g).append("\"}],\"Next\":\"Pass").append(g).append("\"},");
      sb.append("\"Pass").append(g).append("\":{\"Type\":\"Pass\",\"Result\":{\"step\":")
          .append(group).append(",\"tags\":[\"a\",\"b\"],\"ratio\":0.5},")
          .append("\"ResultPath\":\"$.pass\",\"Next\":\"Choice").append(g).append("\"},");
      sb.append("\"Choice").append(g).append("\":{\"Type\":\"Choice\",\"Choices\":[")
          .append("{\"Variable\":\"$.result.out.status\",\"StringEquals\":\"FAILED\",")
          .append("\"Next\":\"Fail").append(g).append("\"},")
          .append("{\"And\":[{\"Variable\":\"$.pass.step\",\"NumericGreaterThan\":10},")
          .append("{\"Variable\":\"$.flag\",\"IsPresent\":true}],\"Next\":\"Wait").append(g)
          .append("\"}],\"Default\":\"Wait").append(g).append("\"},");
      sb.append("\"Wait").append(g).append("\":{\"Type\":\"Wait\",\"Seconds\":1,")
          .append("\"Next\":\"Parallel").append(g).append("\"},");
      sb.append("\"Parallel").append(g).append("\":{\"Type\":\"Parallel\",\"Branches\":[")
          .append("{\"StartAt\":\"Left").append(g).append("\",\"States\":{\"Left").append(g)
          .append("\":{\"Type\":\"Pass\",\"End\":true}}},")
          .append("{\"StartAt\":\"Right").append(g).append("\",\"States\":{\"Right").append(g)
          .append("\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"$.id\"},\"End\":true}}}],")
          .append("\"ResultPath\":\"$.branches\",\"Next\":\"Map").append(g).append("\"},");
      sb.append("\"Map").append(g).append("\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",")
          .append("\"ItemSelector\":{\"item.$\":\"$$.Map.Item.Value\"},\"MaxConcurrency\":10,")
          .append("\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"INLINE\"},")
          .append("\"StartAt\":\"Item").append(g).append("\",\"States\":{\"Item").append(g)
          .append("\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\",")
          .append("\"Parameters\":{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/1/q\",")
          .append("\"MessageBody.$\":\"$.item\"},\"End\":true}}},")
          .append("\"ResultPath\":null,\"Next\":\"Publish").append(g).append("\"},");
      sb.append("\"Publish").append(g).append("\":{\"Type\":\"Task\",\"QueryLanguage\":\"JSONata\",")
          .append("\"Resource\":\"arn:aws:states:::sns:publish\",")
          .append("\"Arguments\":{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:t\",")
          .append("\"Message\":\"{% $string($states.input.result) %}\"},")
          .append("\"Assign\":{\"published\":\"{% $states.result.MessageId %}\"},")
          .append("\"Output\":\"{% $states.input %}\",\"Next\":\"").append(after).append("\"},");
      sb.append("\"Fail").append(g).append("\":{\"Type\":\"Fail\",\"Error\":\"StepFailed\",")
          .append("\"CausePath\":\"$.error.Cause\"},");
      count += 11;
      group++;
    }
    sb.append("\"Done\":{\"Type\":\"Succeed\"}}}");
    return sb.toString();
  }
}
