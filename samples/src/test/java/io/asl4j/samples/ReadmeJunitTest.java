package io.asl4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The README's "Testing workflows in JUnit 5" shows a real test of this module and the coverage
 * it really prints.
 */
class ReadmeJunitTest {

  private static final String HEADING = "## Testing workflows in JUnit 5\n";

  /** The text of the n-th fenced block of a language in the section. */
  private static String block(String language, int n) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int at = readme.indexOf(HEADING);
    assertThat(at).as("README.md has the section " + HEADING.strip()).isNotNegative();
    String fence = "```" + language + "\n";
    for (int i = 0; i <= n; i++) {
      at = readme.indexOf(fence, at + 1);
      assertThat(at).as("README.md has " + (n + 1) + " " + fence.strip() + " blocks in "
          + HEADING.strip()).isNotNegative();
    }
    int start = at + fence.length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theSampleTestIsTheRealOne() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/asl4j/samples/CatchNotifyFailTest.java"));
    assertThat(block("java", 0)).isEqualTo(source.substring(source.indexOf("@WorkflowTest")));
  }

  /** What running some tests printed, the failures, and the Mermaid coverage report. */
  private record Outcome(String out, String failures, String mermaid) {}

  private static Outcome launch(Path reports, DiscoverySelector selector) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    String before = System.getProperty("asl4j.coverage.dir");
    System.setProperty("asl4j.coverage.dir", reports.toString());
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selector).build(), listener);
    } finally {
      System.setOut(original);
      if (before == null) {
        System.clearProperty("asl4j.coverage.dir");
      } else {
        System.setProperty("asl4j.coverage.dir", before);
      }
    }
    StringBuilder failures = new StringBuilder();
    listener.getSummary().getFailures().forEach(f -> failures.append(f.getException()
        .getMessage()).append('\n'));
    return new Outcome(out.toString(StandardCharsets.UTF_8), failures.toString(),
        Files.readString(reports.resolve("CatchNotifyFail.mmd")));
  }

  @Test
  void theCoverageIsWhatTheSampleTestPrints(@TempDir Path reports) throws IOException {
    Outcome all = launch(reports, selectClass(CatchNotifyFailTest.class));
    assertThat(all.failures()).isEmpty();
    assertThat(block("text", 0)).isEqualTo(all.out());
  }

  @Test
  void withoutTheCatchTestTheClassFailsAndTheDiagramShowsWhatIsMissing(@TempDir Path reports)
      throws IOException {
    Outcome one = launch(reports, selectMethod(CatchNotifyFailTest.class,
        "theSuccessPathRunsTheJobAndTheQuery", "io.asl4j.junit.WorkflowRunner"));
    assertThat(block("text", 1)).isEqualTo(one.out() + one.failures());
    assertThat(block("mermaid", 0)).isEqualTo(one.mermaid());
  }
}
