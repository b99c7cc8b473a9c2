package io.asl4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.asl4j.Workflow;
import io.asl4j.json.JsonDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed article's three workflows, written with the DSL, render to JSON trees equal to the
 * article's files in {@code ../shared/seed-workflows} (system property {@code asl4j.seeds}).
 */
class SeedWorkflowsTest {

  private static String seed(String file) throws IOException {
    Path dir = Path.of(System.getProperty("asl4j.seeds", "../shared/seed-workflows"));
    if (!Files.isDirectory(dir)) {
      String message = "seed workflows not found at " + dir.toAbsolutePath().normalize();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return Files.readString(dir.resolve(file));
  }

  private static void assertReproduces(String file, Supplier<Workflow> sample) throws IOException {
    String expected = seed(file);
    Workflow built = sample.get();

    assertThat(JsonDiff.firstDifference(expected, built.toJson())).isEmpty();
    assertThat(built).isEqualTo(Workflow.fromJson(expected));
  }

  @Test
  void glueLambdaSnsIsTheArticlesFirstWorkflow() throws IOException {
    assertReproduces("1-glue-lambda-sns.asl.json", GlueLambdaSns::workflow);
  }

  @Test
  void theFirstWorkflowWrittenInReadingOrderIsTheSameJson() throws IOException {
    assertReproduces("1-glue-lambda-sns.asl.json", GlueLambdaSns::workflowInReadingOrder);
    assertThat(GlueLambdaSns.workflowInReadingOrder().toJson())
        .isEqualTo(GlueLambdaSns.workflow().toJson());
  }

  @Test
  void catchNotifyFailIsTheArticlesSecondWorkflow() throws IOException {
    assertReproduces("2-catch-notify-fail.asl.json", CatchNotifyFail::workflow);
  }

  @Test
  void choiceGlueAOrBIsTheArticlesThirdWorkflow() throws IOException {
    assertReproduces("3-choice-glue-a-or-b.asl.json", ChoiceGlueAOrB::workflow);
  }
}
