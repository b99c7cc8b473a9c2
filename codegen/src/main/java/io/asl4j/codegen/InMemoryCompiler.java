package io.asl4j.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with {@code javax.tools} (against this JVM's class path)
 * and loads them, for {@link RoundTrip}.
 */
final class InMemoryCompiler {

  /** The sources did not compile. */
  static final class CompilationFailed extends Exception {

    private static final long serialVersionUID = 1L;

    /** javac's errors by the class whose source has them ({@code ""}: no source). */
    private final transient Map<String, List<String>> errors;

    CompilationFailed(Map<String, List<String>> errors) {
      super("the sources do not compile", null, false, false);
      this.errors = errors;
    }

    /**
     * javac's errors, by the fully qualified name of the class whose source has them, each as
     * {@code p/Flow.java:LINE:COLUMN: message}; {@code ""} for errors of no source.
     */
    Map<String, List<String>> errors() {
      return errors;
    }
  }

  private InMemoryCompiler() {}

  /**
   * Compiles sources together and returns a class loader for the result.
   *
   * @param sources Java source by fully qualified class name
   * @return a loader for the compiled classes (parent: this class's loader)
   * @throws CompilationFailed if the sources do not compile
   * @throws IllegalStateException if no compiler is available (a JRE without javac)
   */
  static ClassLoader compile(Map<String, String> sources) throws CompilationFailed {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime; run asl4j on a JDK");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, source) -> units.add(new Source(name, source)));
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        null);
    JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className,
          JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/')
            + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classes.put(className, out);
            return out;
          }
        };
      }
    };
    StringWriter log = new StringWriter();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
        "-proc:none", "-Xlint:none", "-nowarn");
    boolean ok;
    try {
      ok = javac.getTask(log, files, diagnostics, options, null, units).call();
    } catch (RuntimeException crashed) {
      // javac's own failure, thrown rather than logged: its message is all there is to show
      log.append(String.valueOf(crashed)).append('\n');
      ok = false;
    }
    try {
      files.close(); // releases the class path's jars, failed compilation or not
    } catch (IOException ignored) {
      // nothing was opened for writing: the classes are in memory
    }
    if (!ok) {
      Map<String, List<String>> errors = new LinkedHashMap<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          String className = d.getSource() instanceof Source source ? source.className : "";
          String where = className.isEmpty() ? ""
              : className.replace('.', '/') + ".java:" + d.getLineNumber() + ":"
                  + d.getColumnNumber() + ": ";
          errors.computeIfAbsent(className, c -> new ArrayList<>())
              .add(where + d.getMessage(Locale.ROOT));
        }
      }
      if (errors.isEmpty()) {
        // javac failed without an error of a source (it crashed, say with a StackOverflowError
        // on deep code): its log says why; the stack trace is left out
        errors.put("", log.toString().lines().filter(l -> !l.isBlank() && !l.startsWith("\tat ")
            && !l.startsWith("\t...")).toList());
      }
      throw new CompilationFailed(errors);
    }
    return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String className;
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.className = className;
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
