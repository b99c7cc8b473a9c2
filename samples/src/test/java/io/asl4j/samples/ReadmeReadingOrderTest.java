package io.asl4j.samples;

import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.ref;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.field;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.asl4j.dsl.Step;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import io.asl4j.model.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Reading order, set once, strict builds": its Java is the sample's code (so it
 * compiles and builds the article's workflow), and its messages are what the DSL throws.
 */
class ReadmeReadingOrderTest {

  private static final JsonString TOPIC = literal("TOPIC_ARN");

  private static final String HEADING = "### Reading order, set once, strict builds\n";

  private static String block(String language) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```" + language + "\n", readme.indexOf(HEADING));
    int end = readme.indexOf("\n```", start + 4 + language.length());
    return readme.substring(start + 4 + language.length(), end + 1);
  }

  @Test
  void theJavaIsTheReadingOrderSample() throws IOException {
    String source = Files.readString(Path.of(
        "src/main/java/io/asl4j/samples/GlueLambdaSns.java"));
    int method = source.indexOf("public static Workflow workflowInReadingOrder() {\n");
    int start = source.indexOf('\n', method) + 1;
    int end = source.indexOf("\n  }\n", start) + 1;
    String body = source.substring(start, end).lines().map(l -> l.substring(4))
        .collect(Collectors.joining("\n", "", "\n"));

    assertThat(block("java")).isEqualTo(body);
  }

  @Test
  void theMessagesAreWhatTheDslThrows() throws IOException {
    Step glue = task("Run Glue Job").call(Glue.startJobRun("GLUE_JOB_NAME").sync())
        .next(ref("Fetch Dta"));
    Step fetch = task("Fetch Data")
        .call(Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME"))
        .next(ref("SNS Notify"));
    Step notify = task("SNS Notify").call(Sns.publish(TOPIC, path("$.data.lambdaresult"))).end();
    String unknown = catchThrowable(() -> startAt(glue).states(fetch, notify).build())
        .getMessage();
    String error = catchThrowable(() -> fail("Oops").error("X").error(path("$.error")))
        .getMessage();
    String parameters = catchThrowable(() -> task("SNS Notify")
        .call(Sns.publish(TOPIC, path("$.data.lambdaresult")))
        .parameters(field("Subject", "results"))).getMessage();

    assertThat(block("text")).isEqualTo(
        "startAt(glue).states(fetch, notify) with .next(ref(\"Fetch Dta\")):\n"
            + unknown.substring(unknown.indexOf('\n') + 1) + "\n"
            + "fail(\"Oops\").error(\"X\").error(path(\"$.error\")):\n"
            + "  " + error + "\n"
            + "task(\"SNS Notify\").call(Sns.publish(TOPIC, path(\"$.data.lambdaresult\")))"
            + ".parameters(field(\"Subject\", \"results\")):\n"
            + "  " + parameters + "\n");
  }
}
