package io.asl4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.junit.WorkflowTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sample has a test class written with asl4j-junit that must reach full state and
 * transition coverage of it: a sample added without one fails here.
 */
class EverySampleIsTestedTest {

  @Test
  void everySampleHasAWorkflowTestRequiringFullCoverage() throws Exception {
    Map<String, String> testedBy = new LinkedHashMap<>();
    for (Class<?> test : testClasses()) {
      WorkflowTest a = test.getAnnotation(WorkflowTest.class);
      if (a == null || a.source() == void.class) {
        continue;
      }
      assertThat(a.minStates()).as(test.getSimpleName() + " minStates").isEqualTo(100.0);
      assertThat(a.minTransitions()).as(test.getSimpleName() + " minTransitions")
          .isEqualTo(100.0);
      Method m = a.source().getMethod(a.method());
      testedBy.put(((Workflow) m.invoke(null)).toJson(), test.getSimpleName());
    }
    List<String> untested = new ArrayList<>();
    Samples.all().forEach((name, sample) -> {
      if (!testedBy.containsKey(sample.get().toJson())) {
        untested.add(name);
      }
    });
    assertThat(untested).as("samples without a @WorkflowTest class").isEmpty();
  }

  /** The test classes of this package, from the test output directory. */
  private static List<Class<?>> testClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path dir = Path.of(EverySampleIsTestedTest.class.getResource(".").toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (f.endsWith("Test.class")) {
          out.add(Class.forName("io.asl4j.samples." + f.substring(0, f.length() - 6)));
        }
      }
    }
    return out;
  }
}
