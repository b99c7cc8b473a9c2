package io.asl4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonFactory;
import io.asl4j.Workflow;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a JPMS application sees of {@code asl4j-dsl} (module {@code io.asl4j}): every API package,
 * and not {@code io.asl4j.internal}. Compiles a small named module against the dsl module on the
 * module path, as a user's build would.
 */
class ModuleExportsTest {

  @TempDir
  Path sources;

  @Test
  void apiPackagesAreReadableFromAnotherModule() throws Exception {
    List<String> errors = compile("""
        package app;

        import io.asl4j.Asl;
        import io.asl4j.Workflow;
        import io.asl4j.diagram.Diagram;
        import io.asl4j.dsl.Step;
        import io.asl4j.integrations.Lambda;
        import io.asl4j.json.AslReader;
        import io.asl4j.model.TaskState;
        import io.asl4j.validation.Validator;

        public class Uses {
          public static String json() {
            Step run = Asl.task("Run").call(Lambda.function("arn:aws:lambda:eu-west-1:1:function:f"))
                .end();
            Workflow w = Asl.startAt(run).build();
            return w.toJson() + Diagram.mermaid(w) + Validator.create().validate(w)
                + AslReader.class + TaskState.class;
          }
        }
        """);
    assertThat(errors).isEmpty();
  }

  @Test
  void theInternalPackageIsNotExported() throws Exception {
    List<String> errors = compile("""
        package app;

        public class Uses {
          Object helper = new io.asl4j.internal.OrderedMap<String>();
        }
        """);
    assertThat(errors).containsExactly(
        "package io.asl4j.internal is not visible\n"
            + "  (package io.asl4j.internal is declared in module io.asl4j, which does not export"
            + " it)");
  }

  /** Compiles module {@code app} with the given class; returns javac's error messages. */
  private List<String> compile(String uses) throws IOException, URISyntaxException {
    Path module = sources.resolve("app");
    Files.createDirectories(module.resolve("app"));
    Files.writeString(module.resolve("module-info.java"),
        "module app { requires io.asl4j; }\n", StandardCharsets.UTF_8);
    Files.writeString(module.resolve("app/Uses.java"), uses, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      // nothing on the class path: javac would otherwise take this JVM's, where dsl's packages sit
      // in the unnamed module, and answer for that instead of the module
      files.setLocation(StandardLocation.CLASS_PATH, List.of());
      String modulePath = String.join(File.pathSeparator, location(Workflow.class),
          location(JsonFactory.class), location(Jsonata.class));
      List<String> options = List.of("--module-path", modulePath, "-d",
          sources.resolve("out").toString(), "-proc:none");
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(module.resolve("module-info.java"),
              module.resolve("app/Uses.java"))).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.getMessage(Locale.ROOT));
        }
      }
      assertThat(ok).isEqualTo(errors.isEmpty());
      return errors;
    }
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
