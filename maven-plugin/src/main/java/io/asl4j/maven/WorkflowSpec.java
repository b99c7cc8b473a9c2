package io.asl4j.maven;

import javax.lang.model.SourceVersion;

/**
 * One entry of the {@code write} goal's {@code <workflows>}: a static method without parameters
 * that returns a {@code io.asl4j.Workflow}, and the name of the file it is written to.
 *
 * <pre>
 * com.example.OrderFlows                  OrderFlows.workflow() to OrderFlows.asl.json
 * com.example.OrderFlows#refund           OrderFlows.refund() to OrderFlows.refund.asl.json
 * orders=com.example.OrderFlows#workflow  OrderFlows.workflow() to orders.asl.json
 * com.example.Flows$Orders                the nested class Flows.Orders
 * </pre>
 *
 * @param text the entry as configured
 * @param name the file's name without {@code .asl.json}
 * @param className the binary name of the class
 * @param method the method's name
 */
record WorkflowSpec(String text, String name, String className, String method) {

  /** The method taken when the entry names none: what generated classes and samples have. */
  static final String DEFAULT_METHOD = "workflow";

  /**
   * Reads an entry.
   *
   * @param text {@code [name=]com.example.Class[#method]}
   * @return the entry
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static WorkflowSpec parse(String text) {
    String rest = text.strip();
    String name = null;
    int equals = rest.indexOf('=');
    if (equals >= 0) {
      name = rest.substring(0, equals).strip();
      rest = rest.substring(equals + 1).strip();
      if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
        throw new IllegalArgumentException("\"" + name + "\" is not a file name; expected"
            + " [name=]com.example.Class[#method]");
      }
    }
    String className = rest;
    String method = DEFAULT_METHOD;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      className = rest.substring(0, hash).strip();
      method = rest.substring(hash + 1).strip();
    }
    if (!SourceVersion.isName(className.replace('$', '.'))) {
      throw new IllegalArgumentException("\"" + className + "\" is not a class name; expected"
          + " [name=]com.example.Class[#method]");
    }
    if (!SourceVersion.isIdentifier(method) || SourceVersion.isKeyword(method)) {
      throw new IllegalArgumentException("\"" + method + "\" is not a method name; expected"
          + " [name=]com.example.Class[#method]");
    }
    if (name == null) {
      String simple = className.substring(Math.max(className.lastIndexOf('.'),
          className.lastIndexOf('$')) + 1);
      name = method.equals(DEFAULT_METHOD) ? simple : simple + "." + method;
    }
    return new WorkflowSpec(text.strip(), name, className, method);
  }

  /**
   * The file the workflow is written to, relative to the output directory.
   *
   * @return e.g. {@code OrderFlows.asl.json}
   */
  String fileName() {
    return name + ".asl.json";
  }

  /**
   * The method as messages show it.
   *
   * @return e.g. {@code com.example.OrderFlows#workflow}
   */
  @Override
  public String toString() {
    return className + "#" + method;
  }
}
