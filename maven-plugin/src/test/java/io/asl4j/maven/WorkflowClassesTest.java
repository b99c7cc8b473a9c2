package io.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonFactory;
import io.asl4j.Workflow;
import io.asl4j.maven.fixtures.Flows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkflowClasses}: the write goal builds a project's workflows from its class path, apart
 * from the plugin's own classes, and says what is wrong with an entry.
 */
class WorkflowClassesTest {

  private static WorkflowClasses classes;

  /** The project's class path: its classes (the fixtures) and its asl4j with what that needs. */
  @BeforeAll
  static void open() throws Exception {
    classes = new WorkflowClasses(List.of(location(Flows.class), location(Workflow.class),
        location(JsonFactory.class), location(Jsonata.class)));
  }

  @AfterAll
  static void close() throws Exception {
    classes.close();
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static String json(String entry) throws WorkflowClasses.WorkflowException {
    return classes.json(WorkflowSpec.parse(entry));
  }

  @Test
  void buildsTheWorkflowAndReturnsItsJson() throws Exception {
    assertThat(json("io.asl4j.maven.fixtures.Flows")).isEqualTo(Flows.workflow().toJson());
    assertThat(json("io.asl4j.maven.fixtures.Flows#hidden")).contains("\"StartAt\": \"Hidden\"");
    assertThat(json("io.asl4j.maven.fixtures.Flows$Nested")).contains("\"StartAt\": \"Nested\"");
  }

  @Test
  void saysWhatIsWrongWithAnEntry() {
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Missing"))
        .hasMessage("class io.asl4j.maven.fixtures.Missing is not on the compile class path");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows.Nested"))
        .hasMessage("class io.asl4j.maven.fixtures.Flows.Nested is not on the compile class path;"
            + " a nested class is written io.asl4j.maven.fixtures.Flows$Nested");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows#orders"))
        .hasMessage("class io.asl4j.maven.fixtures.Flows has no method orders() without"
            + " parameters");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows#withComment"))
        .hasMessage("class io.asl4j.maven.fixtures.Flows has no method withComment() without"
            + " parameters");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows#instance"))
        .hasMessage("instance() is not static");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows#name"))
        .hasMessage("name() returns java.lang.String, not io.asl4j.Workflow");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows#nothing"))
        .hasMessage("nothing() returned null");
    assertThatThrownBy(() -> json("io.asl4j.maven.fixtures.Flows#broken"))
        .hasMessage("broken() threw java.lang.IllegalStateException: no table configured");
  }
}
