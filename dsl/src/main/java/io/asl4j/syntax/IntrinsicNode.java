package io.asl4j.syntax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A node of a parsed intrinsic function call: the {@link Call} itself, or one of its arguments — a
 * string, number, boolean or null literal, a path, or a nested call.
 *
 * <pre>{@code
 * States.Format('Hello {}', $.name)
 * Call[name=Format, offset=0]
 *   StringLiteral[value=Hello {}, source='Hello {}', offset=14]
 *   PathReference[kind=INPUT, source=$.name, offset=26]
 * }</pre>
 *
 * <p>Every node knows where it starts in the parsed text ({@link #offset()}, counted in chars
 * from 0) and its text exactly as written ({@link #source()}, without the white space around it),
 * so that a message can point at it.
 */
public sealed interface IntrinsicNode permits IntrinsicNode.Call, IntrinsicNode.StringLiteral,
    IntrinsicNode.NumberLiteral, IntrinsicNode.BooleanLiteral, IntrinsicNode.NullLiteral,
    IntrinsicNode.PathReference {

  /**
   * Returns where the node starts in the parsed text.
   *
   * @return the offset of its first char, from 0
   */
  int offset();

  /**
   * Returns the node's text exactly as written; it ends at {@code offset() + source().length()}.
   *
   * @return the text, e.g. {@code 'it\'s'} for a string literal, with its quotes
   */
  String source();

  private static void check(int offset, String source) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " is negative");
    }
    Objects.requireNonNull(source, "source");
  }

  /**
   * A call, {@code States.<name>(<arguments>)}.
   *
   * @param offset where {@code States.} starts
   * @param source the call from {@code States.} to its closing parenthesis
   * @param name the function name after {@code States.}: letters and digits, e.g. {@code Format}
   *     (whether it names a function is the validator's question, not the parser's)
   * @param arguments the arguments in order
   */
  record Call(int offset, String source, String name, List<IntrinsicNode> arguments)
      implements IntrinsicNode {

    /**
     * Creates a call node.
     *
     * @param offset where {@code States.} starts
     * @param source the call as written
     * @param name the function name
     * @param arguments the arguments, copied
     */
    public Call {
      check(offset, source);
      Objects.requireNonNull(name, "name");
      arguments = List.copyOf(arguments);
    }

    /**
     * Returns how deep calls nest here: 1 for a call none of whose arguments is a call.
     * Step Functions allows at most 10 in one field; a parsed tree is at most
     * {@link IntrinsicParser#MAX_NESTING} deep.
     *
     * @return the number of calls on the longest chain from this one inwards
     */
    public int nesting() {
      int deepest = 0;
      for (IntrinsicNode a : arguments) {
        if (a instanceof Call c) {
          deepest = Math.max(deepest, c.nesting());
        }
      }
      return deepest + 1;
    }
  }

  /**
   * A string literal, {@code 'text'}, in which {@code \'}, <code>\{</code>, <code>\}</code> and
   * {@code \\} are the only escapes.
   *
   * @param offset where the opening quote is
   * @param source the literal as written, quotes and escapes included
   * @param value the string, unescaped: {@code it's} for {@code 'it\'s'}. A {@code States.Format}
   *     template needs the {@code source}, where an escaped <code>\{</code> is not a placeholder.
   */
  record StringLiteral(int offset, String source, String value) implements IntrinsicNode {

    /**
     * Creates a string literal node.
     *
     * @param offset where the opening quote is
     * @param source the literal as written
     * @param value the string, unescaped
     */
    public StringLiteral {
      check(offset, source);
      Objects.requireNonNull(value, "value");
    }

    /**
     * Writes a string as a literal: in quotes, with {@code '}, {@code \}, <code>{</code> and
     * <code>}</code> escaped.
     *
     * <pre>{@code quote("it's {x}")   // 'it\'s \{x\}'}</pre>
     *
     * @param value the string
     * @return the literal, which parses back to {@code value}
     */
    public static String quote(String value) {
      StringBuilder sb = new StringBuilder(value.length() + 2).append('\'');
      for (int i = 0; i < value.length(); i++) {
        escape(sb, value.charAt(i));
      }
      return sb.append('\'').toString();
    }

    /**
     * Writes a {@code States.Format} template as a literal: like {@link #quote}, except that each
     * <code>{}</code> stays a placeholder.
     *
     * <pre>{@code quoteTemplate("{} of {x}")   // '{} of \{x\}'}</pre>
     *
     * @param template the template; <code>{}</code> marks a placeholder
     * @return the literal
     */
    public static String quoteTemplate(String template) {
      StringBuilder sb = new StringBuilder(template.length() + 2).append('\'');
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
          sb.append("{}");
          i++;
        } else {
          escape(sb, c);
        }
      }
      return sb.append('\'').toString();
    }

    private static void escape(StringBuilder sb, char c) {
      if (c == '\'' || c == '\\' || c == '{' || c == '}') {
        sb.append('\\');
      }
      sb.append(c);
    }
  }

  /**
   * A number literal such as {@code 3}, {@code -0.5} or {@code 1e3}: an optional minus, digits,
   * an optional fraction and an optional exponent.
   *
   * @param offset where the number starts
   * @param source the number exactly as written
   */
  record NumberLiteral(int offset, String source) implements IntrinsicNode {

    /**
     * Creates a number literal node.
     *
     * @param offset where the number starts
     * @param source the number as written
     */
    public NumberLiteral {
      check(offset, source);
    }

    /**
     * Returns the exact value.
     *
     * @return the value as a decimal
     * @throws NumberFormatException if the source is not a number (only for a hand-made node)
     */
    public BigDecimal value() {
      return new BigDecimal(source);
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param offset where the literal starts
   * @param source {@code true} or {@code false}
   * @param value the boolean
   */
  record BooleanLiteral(int offset, String source, boolean value) implements IntrinsicNode {

    /**
     * Creates a boolean literal node.
     *
     * @param offset where the literal starts
     * @param source the literal as written
     * @param value the boolean
     */
    public BooleanLiteral {
      check(offset, source);
    }
  }

  /**
   * {@code null}.
   *
   * @param offset where the literal starts
   * @param source {@code null}
   */
  record NullLiteral(int offset, String source) implements IntrinsicNode {

    /**
     * Creates a null literal node.
     *
     * @param offset where the literal starts
     * @param source the literal as written
     */
    public NullLiteral {
      check(offset, source);
    }
  }

  /**
   * A path argument: into the state input ({@code $}, {@code $.x}, {@code $[0]}), into the
   * context object ({@code $$.Execution.Id}) or through a variable ({@code $name.field}). The
   * parser takes its extent (up to a {@code ,} or {@code )} outside brackets and parentheses); the
   * path's own syntax is not checked here.
   *
   * @param offset where the {@code $} is
   * @param source the path as written
   * @param kind what the path starts from
   */
  record PathReference(int offset, String source, Kind kind) implements IntrinsicNode {

    /**
     * Creates a path node.
     *
     * @param offset where the {@code $} is
     * @param source the path as written
     * @param kind what it starts from
     */
    public PathReference {
      check(offset, source);
      Objects.requireNonNull(kind, "kind");
    }

    /** What a path starts from. */
    public enum Kind {
      /** The state input: {@code $}, {@code $.x}, {@code $[0]}. */
      INPUT,
      /** The context object: {@code $$}, {@code $$.Execution.Id}. */
      CONTEXT,
      /** A variable: {@code $name}, {@code $name.field}. */
      VARIABLE;

      /**
       * Tells what a path starts from by its first chars: {@code $$} is the context object,
       * {@code $} and a letter or underscore a variable, anything else the input.
       *
       * @param path a path starting with {@code $}
       * @return its kind
       */
      public static Kind of(String path) {
        if (path.startsWith("$$")) {
          return CONTEXT;
        }
        if (path.length() > 1 && (path.charAt(1) == '_' || Character.isLetter(path.charAt(1)))) {
          return VARIABLE;
        }
        return INPUT;
      }
    }
  }
}
