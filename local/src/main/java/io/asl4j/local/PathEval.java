package io.asl4j.local;

/**
 * A JSONPath (input, context or variable rooted) evaluated in a JSONPath state, failing with a
 * field-specific message when a definite path selects nothing.
 */
final class PathEval implements Eval {

  /** Words the cause of a path that selected nothing. */
  @FunctionalInterface
  interface Missing {
    String cause(Step step, JsonPathExpr path, Object root, Object data);
  }

  /** Jayway's own words, as AWS reports them for most path fields. */
  static final Missing JAYWAY = (s, p, root, data) -> s.where() + "Invalid path '" + p.text + "' : "
      + p.whyMissing(root);

  final JsonPathExpr path;
  private final Missing missing;

  PathEval(JsonPathExpr path, Missing missing) {
    this.path = path;
    this.missing = missing;
  }

  /** A template member {@code "field.$": "$.x"}. */
  static PathEval member(String text, String field) {
    return new PathEval(JsonPathExpr.compile(text), (s, p, root, data) -> s.where() + "The JSONPath '"
        + p.text + "' specified for the field '" + field + "' could not be found in the input '"
        + Json.write(data) + "'");
  }

  @Override
  public Object eval(Step step, Object data) throws Failure {
    Object root = root(step, data);
    if (root == null) {
      throw Failure.runtime(step.where() + "The JSONPath '" + path.text
          + "' refers to the variable '$" + path.variable + "', which is not defined");
    }
    Object v = path.find(root);
    if (v == JsonPathExpr.MISSING) {
      throw Failure.runtime(missing.cause(step, path, root, data));
    }
    return v;
  }

  /** Evaluates, returning {@link JsonPathExpr#MISSING} instead of failing. */
  Object find(Step step, Object data) {
    Object root = root(step, data);
    return root == null ? JsonPathExpr.MISSING : path.find(root);
  }

  private Object root(Step step, Object data) {
    return switch (path.root) {
      case INPUT -> data;
      case CONTEXT -> step.context();
      case VARIABLE -> step.scope.get(path.variable);
    };
  }
}
