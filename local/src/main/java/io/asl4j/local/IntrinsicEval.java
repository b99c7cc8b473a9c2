package io.asl4j.local;

import io.asl4j.syntax.IntrinsicNode;
import io.asl4j.syntax.IntrinsicParser;
import io.asl4j.syntax.IntrinsicSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * An intrinsic function call compiled once from the shared parser's tree: literal arguments are
 * constants, paths are compiled, nested calls are compiled in turn.
 */
final class IntrinsicEval implements Eval {

  /** Compiles the calls of a workflow. */
  static final IntrinsicCompiler COMPILER = IntrinsicEval::compile;

  private final String name;
  private final Eval[] args;
  private final List<String> template;

  private IntrinsicEval(IntrinsicNode.Call call, String field) {
    // the tree names a function without its "States." prefix
    this.name = call.name().startsWith("States.") ? call.name() : "States." + call.name();
    if (!IntrinsicFunctions.exists(name)) {
      throw new LocalExecutionException("the field '" + field + "' calls " + name
          + ", which is not an intrinsic function");
    }
    List<IntrinsicNode> arguments = call.arguments();
    this.args = new Eval[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(arguments.get(i), field);
    }
    this.template = name.equals("States.Format") && !arguments.isEmpty()
        && arguments.get(0) instanceof IntrinsicNode.StringLiteral s ? template(s.source()) : null;
  }

  static Eval compile(String text, String field) {
    try {
      return new IntrinsicEval(IntrinsicParser.parse(text), field);
    } catch (IntrinsicSyntaxException e) {
      throw new LocalExecutionException("the intrinsic function call " + text + " in the field '"
          + field + "' does not parse: " + e.getMessage(), e);
    }
  }

  private static Eval argument(IntrinsicNode n, String field) {
    if (n instanceof IntrinsicNode.StringLiteral s) {
      return Eval.constant(s.value());
    } else if (n instanceof IntrinsicNode.NumberLiteral num) {
      String t = num.source();
      return Eval.constant(Json.number(t, t.contains(".") || t.contains("e") || t.contains("E")));
    } else if (n instanceof IntrinsicNode.BooleanLiteral b) {
      return Eval.constant(b.value());
    } else if (n instanceof IntrinsicNode.NullLiteral) {
      return Eval.constant(Json.NULL);
    } else if (n instanceof IntrinsicNode.PathReference p) {
      return PathEval.member(p.source(), field);
    }
    return new IntrinsicEval((IntrinsicNode.Call) n, field);
  }

  /** The parts of a literal template between its placeholders, escapes resolved. */
  private static List<String> template(String source) {
    String body = source.substring(1, source.length() - 1);
    List<String> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        sb.append(body.charAt(++i));
      } else if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
        parts.add(sb.toString());
        sb.setLength(0);
        i++;
      } else {
        sb.append(c);
      }
    }
    parts.add(sb.toString());
    return parts;
  }

  @Override
  public Object eval(Step step, Object data) throws Failure {
    Object[] values = new Object[args.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = args[i].eval(step, data);
    }
    try {
      return IntrinsicFunctions.apply(name, values, template);
    } catch (IntrinsicFunctions.Bad e) {
      throw Failure.of("States.IntrinsicFailure", step.where() + e.getMessage());
    }
  }
}
