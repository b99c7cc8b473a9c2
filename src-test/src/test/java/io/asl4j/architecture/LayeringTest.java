package io.asl4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the compiled classes and on the POMs: libraries point down
 * to {@code dsl}; only {@code cli}, {@code samples} and {@code src-test} may depend on everything;
 * inside {@code dsl}, the model is the bottom and there is no cycle between the model, the internal
 * helpers, the builders and the root package.
 */
class LayeringTest {

  /** A module: its artifact, the package its code lives in, and the modules it may use. */
  private record Module(String directory, String artifact, String rootPackage,
      Set<String> mayUse) {}

  /** Every module of DESIGN.md, present or planned, in dependency order. */
  private static final List<Module> MODULES = List.of(
      new Module("dsl", "asl4j-dsl", "io.asl4j", Set.of()),
      new Module("codegen", "asl4j-codegen", "io.asl4j.codegen", Set.of("dsl")),
      new Module("templates", "asl4j-templates", "io.asl4j.templates", Set.of("dsl")),
      new Module("cdk-adapter", "asl4j-cdk-adapter", "io.asl4j.cdk", Set.of("dsl")),
      new Module("local", "asl4j-local", "io.asl4j.local", Set.of("dsl")),
      new Module("junit", "asl4j-junit", "io.asl4j.junit", Set.of("dsl", "local")),
      new Module("maven-plugin", "asl4j-maven-plugin", "io.asl4j.maven",
          Set.of("dsl", "codegen", "templates")),
      new Module("samples", "asl4j-samples", "io.asl4j.samples", null),
      new Module("cli", "asl4j-cli", "io.asl4j.cli", null));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")
            && !location.contains("/test-classes/"))
        .importPackages("io.asl4j");
  }

  @Test
  void importedTheMainClassesOfTheModules() {
    Set<String> found = classes.stream().map(c -> moduleOf(c).directory())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).contains("dsl", "codegen", "templates", "cdk-adapter", "samples",
        "maven-plugin");
  }

  @Test
  void eachModulesCodeUsesOnlyTheModulesBelowIt() {
    for (Module module : MODULES) {
      if (module.mayUse() == null) {
        continue;
      }
      List<String> forbidden = MODULES.stream()
          .filter(m -> m != module && !module.mayUse().contains(m.directory()))
          .map(Module::directory).toList();
      noClasses().that(inModule(module))
          .should().dependOnClassesThat(inAnyModule(forbidden))
          .because(module.directory() + " may use only " + module.mayUse())
          .allowEmptyShould(true) // a planned module not built yet
          .check(classes);
    }
  }

  @Test
  void eachModulesPomDependsOnlyOnTheModulesBelowIt() throws IOException {
    Path root = projectRoot();
    List<String> problems = new ArrayList<>();
    for (Module module : MODULES) {
      Path pom = root.resolve(module.directory()).resolve("pom.xml");
      if (module.mayUse() == null || !Files.exists(pom)) {
        continue;
      }
      for (String dependency : asl4jDependencies(Files.readString(pom))) {
        String artifact = dependency.replace(" (test)", "");
        Module used = MODULES.stream().filter(m -> m.artifact().equals(artifact)).findFirst()
            .orElse(null);
        if (used != null && !module.mayUse().contains(used.directory())
            && !TEST_ONLY.contains(module.directory() + " -> " + dependency)) {
          problems.add(module.directory() + "/pom.xml depends on " + artifact + "; "
              + module.directory() + " may use only " + module.mayUse());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void onlyDslUsesItsInternalPackage() {
    noClasses().that(DescribedPredicate.not(inModule(MODULES.get(0))))
        .should().dependOnClassesThat().resideInAPackage("io.asl4j.internal..")
        .because("io.asl4j.internal is not exported: it is not an API")
        .check(classes);
  }

  @Test
  void theModelIsTheBottomOfDsl() {
    noClasses().that().resideInAPackage("io.asl4j.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.asl4j", "io.asl4j.dsl..",
            "io.asl4j.json..", "io.asl4j.validation..", "io.asl4j.diagram..",
            "io.asl4j.integrations..")
        .check(classes);
    noClasses().that().resideInAPackage("io.asl4j.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("io.asl4j", "io.asl4j.model..",
            "io.asl4j.dsl..", "io.asl4j.json..", "io.asl4j.validation..", "io.asl4j.diagram..",
            "io.asl4j.integrations..")
        .check(classes);
  }

  @Test
  void noCycleBetweenModelInternalBuildersAndTheRootPackage() {
    SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        if (p.equals("io.asl4j")) {
          return SliceIdentifier.of("io.asl4j (root)");
        }
        for (String layer : List.of("model", "internal", "dsl")) {
          if (p.equals("io.asl4j." + layer) || p.startsWith("io.asl4j." + layer + ".")) {
            return SliceIdentifier.of("io.asl4j." + layer);
          }
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the root package, io.asl4j.model, io.asl4j.internal and io.asl4j.dsl";
      }
    }).should().beFreeOfCycles().check(classes);
  }

  /**
   * No cycle between any of {@code dsl}'s packages, with one exception: {@code io.asl4j.Workflow}
   * is the document that {@code AslReader} returns and {@code AslWriter} and {@code Validator}
   * take, while its own {@code fromJson}, {@code toJson}, {@code validate} and {@code warnings}
   * call them. Nothing else in the root package may be used by the packages below it.
   */
  @Test
  void noCycleBetweenTheDslPackagesButWorkflowWithItsReaderWriterAndValidator() {
    Module dsl = MODULES.get(0);
    SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        if (!(p.equals("io.asl4j") || p.startsWith("io.asl4j.")) || moduleOf(c) != dsl) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(p.equals("io.asl4j") ? "io.asl4j (root)"
            : "io.asl4j." + p.substring("io.asl4j.".length()).split("\\.")[0]);
      }

      @Override
      public String getDescription() {
        return "the packages of dsl";
      }
    }).should().beFreeOfCycles()
        .ignoreDependency(DescribedPredicate.<JavaClass>describe(
                "are in io.asl4j.json or io.asl4j.validation",
                c -> c.getPackageName().startsWith("io.asl4j.json")
                    || c.getPackageName().startsWith("io.asl4j.validation")),
            DescribedPredicate.<JavaClass>describe("are io.asl4j.Workflow",
                c -> c.getName().equals("io.asl4j.Workflow")))
        .check(classes);
  }

  private static Module moduleOf(JavaClass c) {
    String p = c.getPackageName();
    Module found = MODULES.get(0);
    for (Module m : MODULES) {
      if ((p.equals(m.rootPackage()) || p.startsWith(m.rootPackage() + "."))
          && m.rootPackage().length() >= found.rootPackage().length()) {
        found = m;
      }
    }
    return found;
  }

  private static DescribedPredicate<JavaClass> inModule(Module module) {
    return DescribedPredicate.describe("are in module " + module.directory(),
        c -> moduleOf(c) == module);
  }

  private static DescribedPredicate<JavaClass> inAnyModule(List<String> directories) {
    return DescribedPredicate.describe("are in module " + directories,
        c -> directories.contains(moduleOf(c).directory()));
  }

  private static final Pattern DEPENDENCY = Pattern.compile(
      "<dependency>\\s*<groupId>io\\.asl4j</groupId>\\s*<artifactId>([^<]+)</artifactId>");

  /**
   * Test-scoped dependencies that are no layering: the plugin's integration builds write the
   * samples' workflows, so the reactor builds {@code samples} first and the invoker installs it;
   * no class of the plugin sees it.
   */
  private static final Set<String> TEST_ONLY =
      Set.of("maven-plugin -> asl4j-samples (test)");

  private static final Pattern TEST_SCOPED = Pattern.compile(
      "<dependency>\\s*<groupId>io\\.asl4j</groupId>\\s*<artifactId>([^<]+)</artifactId>"
          + "\\s*<scope>test</scope>");

  /** The asl4j artifacts a POM's dependencies name (not its dependency management). */
  private static List<String> asl4jDependencies(String pom) {
    String dependencies = pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>",
        "");
    Matcher m = DEPENDENCY.matcher(dependencies);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    // a test-scoped one is named with its scope, so that only TEST_ONLY lets it through
    Matcher test = TEST_SCOPED.matcher(dependencies);
    while (test.find()) {
      found.set(found.indexOf(test.group(1)), test.group(1) + " (test)");
    }
    return found;
  }

  private static Path projectRoot() {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    return Files.exists(root.resolve("dsl/pom.xml")) ? root : Path.of("..");
  }
}
