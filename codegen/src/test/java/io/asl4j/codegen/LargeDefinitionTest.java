package io.asl4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.json.AslWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Definitions as large as Step Functions takes (1 MiB written compactly) give Java that compiles
 * and reproduces them, however the size is spent; larger ones are refused up front.
 */
class LargeDefinitionTest {

  /** Just under Step Functions' limit of 1,048,576 bytes. */
  private static final int NEARLY_ONE_MIB = 1_040_000;

  /** The definition {@code make} gives for as many items as fit under the limit. */
  private static String nearlyOneMib(IntFunction<String> make) {
    int n = 1;
    while (make.apply(2 * n).length() <= NEARLY_ONE_MIB) {
      n *= 2;
    }
    for (int step = n / 2; step > 0; step /= 2) {
      if (make.apply(n + step).length() <= NEARLY_ONE_MIB) {
        n += step;
      }
    }
    String json = make.apply(n);
    assertThat(AslWriter.compact().write(Workflow.fromJson(json))
        .getBytes(StandardCharsets.UTF_8).length).isBetween(1_000_000, 1_048_576);
    return json;
  }

  private static void assertRoundTrips(String json, String className) {
    String source = JavaGenerator.create().packageName("big").className(className)
        .generate(json);

    assertThat(RoundTrip.verify("big." + className, source, json).problem()).isEmpty();
  }

  @Test
  void aChoiceOfSixteenThousandRules() {
    String json = nearlyOneMib(n -> {
      StringBuilder rules = new StringBuilder();
      for (int i = 0; i < n; i++) {
        rules.append(i == 0 ? "" : ",").append("{\"Variable\":\"$.v").append(i)
            .append("\",\"StringEquals\":\"value").append(i).append("\",\"Next\":\"")
            .append(i % 2 == 0 ? "A" : "B").append("\"}");
      }
      return "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rules
          + "],\"Default\":\"A\"},\"A\":{\"Type\":\"Succeed\"},\"B\":{\"Type\":\"Succeed\"}}}";
    });

    assertRoundTrips(json, "Rules");
  }

  @Test
  void anArrayOfOneHundredSixtyThousandNumbers() {
    String json = nearlyOneMib(n -> {
      StringBuilder numbers = new StringBuilder();
      for (int i = 0; i < n; i++) {
        numbers.append(i == 0 ? "" : ",").append(i % 3 == 0 ? i * 1_000_003L : i);
      }
      return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":[" + numbers
          + "],\"End\":true}}}";
    });

    assertRoundTrips(json, "Numbers");
  }

  @Test
  void anObjectOfFiftyThousandMembers() {
    String json = nearlyOneMib(n -> {
      StringBuilder members = new StringBuilder();
      for (int i = 0; i < n; i++) {
        members.append(i == 0 ? "" : ",").append("\"key").append(i).append("\":\"value")
            .append(i).append('"');
      }
      return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{"
          + members + "},\"End\":true}}}";
    });

    assertRoundTrips(json, "Members");
  }

  @Test
  void twentyFiveThousandStatesInAMap() {
    String json = nearlyOneMib(n -> {
      StringBuilder states = new StringBuilder();
      for (int i = 0; i < n; i++) {
        states.append("\"S").append(i).append("\":{\"Type\":\"Pass\",\"Next\":\"S").append(i + 1)
            .append("\"},");
      }
      return "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemProcessor\":{"
          + "\"StartAt\":\"S0\",\"States\":{" + states + "\"S" + n
          + "\":{\"Type\":\"Succeed\"}}},\"End\":true}}}";
    });

    assertRoundTrips(json, "States");
  }

  @Test
  void twentyThousandRetriersAndCatchers() {
    String json = nearlyOneMib(n -> {
      StringBuilder retry = new StringBuilder();
      StringBuilder katch = new StringBuilder();
      for (int i = 0; i < n; i++) {
        retry.append(i == 0 ? "" : ",").append("{\"ErrorEquals\":[\"E").append(i)
            .append("\"],\"BackoffRate\":1.").append(i).append('}');
        katch.append(i == 0 ? "" : ",").append("{\"ErrorEquals\":[\"C").append(i)
            .append("\"],\"Next\":\"F\"}");
      }
      return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":"
          + "\"arn:aws:states:::lambda:invoke\",\"Retry\":[" + retry + "],\"Catch\":[" + katch
          + "],\"End\":true},\"F\":{\"Type\":\"Succeed\"}}}";
    });

    assertRoundTrips(json, "Retries");
  }

  /** A Pass state whose Result text makes the definition {@code bytes} long, written compactly. */
  private static String ofSize(int bytes) {
    // {"StartAt":"P","States":{"P":{"Type":"Pass","Result":"...","End":true}}}: 69 bytes and the text
    String json = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\""
        + "x".repeat(bytes - 69) + "\",\"End\":true}}}";
    assertThat(AslWriter.compact().write(Workflow.fromJson(json))).hasSize(bytes);
    return json;
  }

  @Test
  void oneMibIsTheLimit() {
    assertRoundTrips(ofSize(1_048_576), "OneMib");

    assertThatThrownBy(() -> JavaGenerator.create().generate(ofSize(1_048_577)))
        .isInstanceOf(GenerationException.class)
        .hasMessage("the definition is 1048577 bytes; Step Functions accepts at most 1048576"
            + " (1 MiB), and so does the generator");
  }
}
