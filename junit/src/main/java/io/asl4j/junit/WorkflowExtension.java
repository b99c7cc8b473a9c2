package io.asl4j.junit;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.local.LocalExecutor;
import io.asl4j.model.ExecutionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WorkflowTest}: gives each test method that asks for one a
 * fresh {@link WorkflowRunner} of the class's workflow (compiled once per class), counts what the
 * class's runs exercise, and after the class prints the workflow coverage, writes it under
 * {@code target/asl4j-coverage} and fails the class when a minimum is not met.
 *
 * <p>Registered by {@link WorkflowTest}, or by hand for a workflow given in code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static WorkflowExtension workflow = WorkflowExtension.of("orders", Orders::workflow)
 *     .requireCoverage(new CoverageMinimum(100, 100, 0));
 * }</pre>
 *
 * <p>Reports: for each workflow, {@code <name>.json} ({@link WorkflowCoverage#toJson()}),
 * {@code <name>.mmd} and {@code <name>.dot} (diagrams with covered and uncovered parts told
 * apart), in the directory named by the system property {@code asl4j.coverage.dir} (default
 * {@code target/asl4j-coverage}). The files hold the coverage of the whole test run so far: every
 * class that tests a workflow of the same name adds to it, and the summary of the whole run is
 * printed when the run ends.
 *
 * <p>A minimum for the whole run, met by each workflow over all the classes that test it, comes
 * from the JUnit configuration parameters {@value #MINIMUM_STATES}, {@value #MINIMUM_TRANSITIONS}
 * and {@value #MINIMUM_RETRIES} (percentages; in {@code junit-platform.properties}, in Surefire's
 * {@code configurationParameters}, or as system properties). It is checked when the run ends; a
 * workflow below it fails the run, naming what no test exercised.
 */
public final class WorkflowExtension implements BeforeAllCallback, AfterAllCallback,
    ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(WorkflowExtension.class);

  /** What the extension keeps for one test class. */
  private record ClassState(String name, Workflow workflow, LocalExecutor executor,
      ExecutionType type, CoverageMinimum minimum, Map<String, WorkflowCoverage> coverage) {}

  private final String name;
  private final Supplier<Workflow> source;
  private final String resource;
  private final CoverageMinimum minimum;
  private final ExecutionType type;

  /** Creates the extension that {@link WorkflowTest} registers: the annotation says the rest. */
  public WorkflowExtension() {
    this(null, null, null, null, null);
  }

  private WorkflowExtension(String name, Supplier<Workflow> source, String resource,
      CoverageMinimum minimum, ExecutionType type) {
    this.name = name;
    this.source = source;
    this.resource = resource;
    this.minimum = minimum;
    this.type = type;
  }

  /**
   * An extension for a workflow built in code.
   *
   * @param name the workflow's name in messages and reports
   * @param workflow builds the workflow (called once per test class)
   * @return the extension
   */
  public static WorkflowExtension of(String name, Supplier<Workflow> workflow) {
    return new WorkflowExtension(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(workflow, "workflow"), null, null, null);
  }

  /**
   * An extension for an ASL definition on the class path.
   *
   * @param resource the resource, absolute ({@code /flows/orders.asl.json}) or relative to the
   *     test class's package
   * @return the extension
   */
  public static WorkflowExtension ofResource(String resource) {
    return new WorkflowExtension(null, null, Objects.requireNonNull(resource, "resource"), null,
        null);
  }

  /**
   * Sets the least coverage the test class must reach.
   *
   * @param value the minimum
   * @return a copy of this extension with the minimum
   */
  public WorkflowExtension requireCoverage(CoverageMinimum value) {
    return new WorkflowExtension(name, source, resource, Objects.requireNonNull(value, "value"),
        type);
  }

  /**
   * Sets the workflow type of the runs.
   *
   * @param value STANDARD or EXPRESS
   * @return a copy of this extension with the type
   */
  public WorkflowExtension withType(ExecutionType value) {
    return new WorkflowExtension(name, source, resource, minimum,
        Objects.requireNonNull(value, "value"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> test = context.getRequiredTestClass();
    Optional<WorkflowTest> annotation = Optional.ofNullable(test.getAnnotation(WorkflowTest.class));
    String n;
    Workflow w;
    CoverageMinimum min = minimum;
    ExecutionType t = type;
    if (source != null || resource != null) {
      n = name != null ? name : baseName(resource);
      w = source != null ? built(test, source) : read(test, resource);
    } else if (annotation.isPresent()) {
      WorkflowTest a = annotation.get();
      boolean hasSource = a.source() != void.class;
      boolean hasResource = !a.resource().isEmpty();
      if (hasSource == hasResource) {
        throw new ExtensionConfigurationException(test.getName() + ": @WorkflowTest needs "
            + "either source (a class whose static method builds the workflow) or resource (an "
            + ".asl.json file on the class path), not " + (hasSource ? "both" : "neither"));
      }
      if (hasSource) {
        n = a.name().isEmpty() ? a.source().getSimpleName()
            + (a.method().equals("workflow") ? "" : "#" + a.method()) : a.name();
        w = built(test, a.source(), a.method());
      } else {
        n = a.name().isEmpty() ? baseName(a.resource()) : a.name();
        w = read(test, a.resource());
      }
      try {
        min = min != null ? min : new CoverageMinimum(a.minStates(), a.minTransitions(),
            a.minRetries());
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(test.getName() + ": @WorkflowTest: "
            + e.getMessage());
      }
      t = t != null ? t : a.type();
    } else {
      throw new ExtensionConfigurationException(test.getName() + ": WorkflowExtension needs a "
          + "workflow: annotate the class with @WorkflowTest(source = ...) or @WorkflowTest("
          + "resource = ...), or register WorkflowExtension.of(name, supplier)");
    }
    LocalExecutor executor = LocalExecutor.compile(w);
    Map<String, WorkflowCoverage> coverage = new LinkedHashMap<>();
    coverage.put(n, new WorkflowCoverage(n, w));
    context.getStore(NAMESPACE).put(ClassState.class, new ClassState(n, w, executor,
        t == null ? ExecutionType.STANDARD : t, min == null ? CoverageMinimum.NONE : min,
        coverage));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WorkflowRunner.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ClassState state = state(context);
    return new WorkflowRunner(state.name(), state.workflow(), state.executor(), run -> {
      synchronized (state.coverage()) {
        state.coverage().computeIfAbsent(run.workflowName(),
            k -> new WorkflowCoverage(k, run.workflow())).record(run.trace());
      }
    }).withType(state.type());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClassState state = state(context);
    String where = context.getRequiredTestClass().getSimpleName();
    RunCoverage run = context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunCoverage.class,
        k -> new RunCoverage(runMinimum(context)), RunCoverage.class);
    PrintStream out = System.out;
    StringBuilder failures = new StringBuilder();
    for (WorkflowCoverage c : state.coverage().values()) {
      out.print(c.summary());
      run.add(c);
      if (c.name().equals(state.name())) {
        state.minimum().shortfall(where, c).ifPresent(failures::append);
      }
    }
    out.flush();
    if (failures.length() > 0) {
      throw new AssertionError(failures.toString());
    }
  }

  private static ClassState state(ExtensionContext context) {
    ClassState s = null;
    for (ExtensionContext c = context; c != null && s == null; c = c.getParent().orElse(null)) {
      s = c.getStore(NAMESPACE).get(ClassState.class, ClassState.class);
    }
    if (s == null) {
      throw new ExtensionConfigurationException("WorkflowExtension: no workflow for "
          + context.getDisplayName() + "; register the extension on the test class");
    }
    return s;
  }

  /** The configuration parameter that sets the whole run's least coverage of states. */
  public static final String MINIMUM_STATES = "asl4j.coverage.minimum.states";

  /** The configuration parameter that sets the whole run's least coverage of transitions. */
  public static final String MINIMUM_TRANSITIONS = "asl4j.coverage.minimum.transitions";

  /** The configuration parameter that sets the whole run's least coverage of Retry policies. */
  public static final String MINIMUM_RETRIES = "asl4j.coverage.minimum.retries";

  /**
   * The least coverage of each workflow over the whole run, from the JUnit configuration
   * parameters (junit-platform.properties, Surefire's configurationParameters, or system
   * properties).
   */
  static CoverageMinimum runMinimum(ExtensionContext context) {
    double states = percent(context, MINIMUM_STATES);
    double transitions = percent(context, MINIMUM_TRANSITIONS);
    double retries = percent(context, MINIMUM_RETRIES);
    return new CoverageMinimum(states, transitions, retries);
  }

  private static double percent(ExtensionContext context, String key) {
    Optional<String> value = context.getConfigurationParameter(key);
    if (value.isEmpty() || value.get().isBlank()) {
      return 0;
    }
    String text = value.get().strip();
    double v;
    try {
      v = Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= 0 && v <= 100)) {
      throw new ExtensionConfigurationException("configuration parameter " + key + " is a "
          + "percentage from 0 to 100, got '" + value.get() + "'");
    }
    return v;
  }

  /**
   * The coverage of the whole test run: written as each class ends, summarised and checked
   * against the run's minimum when the run ends (JUnit closes the root context's store then, and
   * reports what {@link #close()} throws as a failure of the engine, which fails the build).
   */
  static final class RunCoverage implements AutoCloseable {
    private final Map<String, WorkflowCoverage> all = new LinkedHashMap<>();
    private final CoverageMinimum minimum;

    RunCoverage(CoverageMinimum minimum) {
      this.minimum = minimum;
    }

    synchronized void add(WorkflowCoverage c) {
      WorkflowCoverage total = all.computeIfAbsent(c.name(),
          k -> new WorkflowCoverage(k, c.workflow()));
      total.add(c);
      write(total);
    }

    @Override
    public synchronized void close() {
      if (all.size() > 1) {
        StringBuilder sb = new StringBuilder("workflow coverage of the whole run:\n");
        for (WorkflowCoverage c : all.values()) {
          sb.append("  ").append(c.name()).append(": states ").append(c.states())
              .append(", transitions ").append(c.transitions()).append(", retries ")
              .append(c.retries()).append('\n');
        }
        System.out.print(sb);
        System.out.flush();
      }
      List<String> failures = new ArrayList<>();
      for (WorkflowCoverage c : all.values()) {
        minimum.shortfall("the test run", c).ifPresent(failures::add);
      }
      if (!failures.isEmpty()) {
        throw new AssertionError(String.join("\n", failures));
      }
    }
  }

  /** Writes a workflow's JSON report and diagrams under the report directory. */
  static void write(WorkflowCoverage c) {
    Path dir = Path.of(System.getProperty("asl4j.coverage.dir", "target/asl4j-coverage"));
    String file = c.name().replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file + ".json"), c.toJson(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(file + ".mmd"), c.mermaid(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(file + ".dot"), c.dot(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workflow coverage of " + c.name()
          + " to " + dir.toAbsolutePath(), e);
    }
  }

  private static String baseName(String resource) {
    String n = resource.substring(resource.lastIndexOf('/') + 1);
    for (String suffix : new String[] {".asl.json", ".json", ".asl"}) {
      if (n.endsWith(suffix)) {
        return n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }

  private static Workflow built(Class<?> test, Supplier<Workflow> supplier) {
    Workflow w = supplier.get();
    if (w == null) {
      throw new ExtensionConfigurationException(test.getName() + ": the workflow supplier "
          + "returned null");
    }
    return w;
  }

  private static Workflow built(Class<?> test, Class<?> source, String method) {
    String where = test.getName() + ": @WorkflowTest(source = " + source.getSimpleName()
        + ".class, method = \"" + method + "\")";
    Method m;
    try {
      m = source.getDeclaredMethod(method);
    } catch (NoSuchMethodException e) {
      throw new ExtensionConfigurationException(where + ": " + source.getName() + " has no "
          + "method " + method + "() without parameters");
    }
    if (!Modifier.isStatic(m.getModifiers()) || !Workflow.class.isAssignableFrom(m.getReturnType())) {
      throw new ExtensionConfigurationException(where + ": " + method + "() must be static and "
          + "return io.asl4j.Workflow");
    }
    try {
      m.setAccessible(true);
      return built(test, () -> {
        try {
          return (Workflow) m.invoke(null);
        } catch (IllegalAccessException e) {
          throw new ExtensionConfigurationException(where + ": cannot call " + method + "()", e);
        } catch (InvocationTargetException e) {
          throw new ExtensionConfigurationException(where + ": " + method + "() threw "
              + e.getCause(), e.getCause());
        }
      });
    } catch (RuntimeException e) {
      if (e instanceof ExtensionConfigurationException) {
        throw e;
      }
      throw new ExtensionConfigurationException(where + ": cannot call " + method + "(): " + e,
          e);
    }
  }

  private static Workflow read(Class<?> test, String resource) {
    String where = test.getName() + ": workflow resource " + resource;
    try (InputStream in = test.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtensionConfigurationException(where + ": not found on the class path"
            + (resource.startsWith("/") ? "" : " (a name without a leading / is relative to "
                + "the package " + test.getPackageName() + ")"));
      }
      return AslReader.create().keepUnknownFields(true).read(in.readAllBytes());
    } catch (IOException e) {
      throw new ExtensionConfigurationException(where + ": cannot be read: " + e.getMessage(), e);
    } catch (AslReadException e) {
      throw new ExtensionConfigurationException(where + ": "
          + e.getMessage().lines().findFirst().orElse("not a definition"), e);
    }
  }
}
