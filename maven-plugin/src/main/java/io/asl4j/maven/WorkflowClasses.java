package io.asl4j.maven;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;

/**
 * The project's compiled classes, loaded to build its DSL workflows.
 *
 * <p>They are loaded apart from the plugin, with the project's own class path only (its classes
 * and its dependencies, its own asl4j among them), so that a project built against another asl4j
 * version than the plugin's still gets its own workflow. The workflow's JSON is taken from its
 * {@code toJson()}, which every version has; the plugin reads and checks that text.
 */
final class WorkflowClasses implements Closeable {

  /** What the method must return. */
  static final String WORKFLOW = "io.asl4j.Workflow";

  private final URLClassLoader loader;

  /**
   * Opens the project's class path.
   *
   * @param classpath the project's compile class path: its output directory and dependencies
   * @throws MalformedURLException if an element is not a path
   */
  WorkflowClasses(List<String> classpath) throws MalformedURLException {
    URL[] urls = new URL[classpath.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = new File(classpath.get(i)).toURI().toURL();
    }
    this.loader = new URLClassLoader("asl4j-project", urls, ClassLoader.getPlatformClassLoader());
  }

  /** Why a workflow could not be built; the message is for the user. */
  static final class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    WorkflowException(String message) {
      super(message);
    }
  }

  /**
   * Builds a workflow and returns its ASL.
   *
   * @param spec the method that builds it
   * @return the workflow's {@code toJson()}
   * @throws WorkflowException if the class or method is missing or wrong, or the method throws
   */
  String json(WorkflowSpec spec) throws WorkflowException {
    Class<?> type;
    try {
      type = Class.forName(spec.className(), true, loader);
    } catch (ClassNotFoundException e) {
      throw new WorkflowException("class " + spec.className() + " is not on the compile class"
          + " path" + nestedHint(spec.className()));
    } catch (ExceptionInInitializerError e) {
      throw new WorkflowException("class " + spec.className() + " failed to initialize: "
          + e.getCause());
    } catch (LinkageError e) {
      throw new WorkflowException("class " + spec.className() + " cannot be loaded: " + e);
    }
    Method method;
    try {
      method = type.getDeclaredMethod(spec.method());
    } catch (NoSuchMethodException e) {
      throw new WorkflowException("class " + spec.className() + " has no method "
          + spec.method() + "() without parameters");
    }
    if (!Modifier.isStatic(method.getModifiers())) {
      throw new WorkflowException(spec.method() + "() is not static");
    }
    if (!method.getReturnType().getName().equals(WORKFLOW)) {
      throw new WorkflowException(spec.method() + "() returns "
          + method.getReturnType().getTypeName() + ", not " + WORKFLOW);
    }
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      method.setAccessible(true); // a package-private class or method is fine
      Object workflow = method.invoke(null);
      if (workflow == null) {
        throw new WorkflowException(spec.method() + "() returned null");
      }
      return (String) workflow.getClass().getMethod("toJson").invoke(workflow);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new WorkflowException(spec.method() + "() threw " + cause.getClass().getName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new WorkflowException("cannot call " + spec.method() + "(): " + e);
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  /**
   * For {@code com.example.Flows.Orders}, where a class seems to be named as Java source names a
   * nested class: {@code ; a nested class is written com.example.Flows$Orders}.
   */
  static String nestedHint(String className) {
    String[] parts = className.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      if (Character.isUpperCase(parts[i].charAt(0))) {
        String outer = String.join(".", Arrays.copyOfRange(parts, 0, i + 1));
        String inner = String.join("$", Arrays.copyOfRange(parts, i + 1, parts.length));
        return "; a nested class is written " + outer + "$" + inner;
      }
    }
    return "";
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
