package io.asl4j.validation;

/**
 * What kind of problem a {@link Diagnostic} reports: a stable identifier for tools, the same as
 * the code of the {@link io.asl4j.json.AslReadException.Problem} it may come from. Each code has
 * one severity; {@link #name()} is the text form that the command line and JSON output show.
 *
 * <p>The README's "Diagnostic codes" table lists the same codes, in this order.
 */
public enum DiagnosticCode {

  // ---------------------------------------------------------------- reading the JSON

  /**
   * The text is not JSON: a syntax error, text after the document, or bytes that are not UTF-8;
   * or it passes a limit of {@link io.asl4j.syntax.InputLimits} (size, nesting, the length of a
   * string or number). Always an error.
   */
  INVALID_JSON(Severity.ERROR, "the text is not JSON (syntax error, trailing text, not UTF-8), or"
      + " passes an input limit"),
  /** An object has two members with the same name. Always an error. */
  DUPLICATE_KEY(Severity.ERROR, "an object has two members with the same name"),
  /**
   * A value has the wrong JSON type, e.g. a string where a number goes, or a fractional count.
   * Always an error.
   */
  WRONG_TYPE(Severity.ERROR, "a value has the wrong JSON type (or is not a whole number)"),
  /**
   * A field ASL does not define for this object; the message suggests a close name. Always an
   * error.
   */
  UNKNOWN_FIELD(Severity.ERROR, "a field ASL does not define here, often a misspelling"),
  /**
   * A field ASL defines, but not in this place: for this state type, language or setting. Always an
   * error.
   */
  FIELD_NOT_ALLOWED(Severity.ERROR,
      "a field ASL defines, but not for this state type, query language or setting"),
  /** A required field is absent, or a list that needs members is empty. Always an error. */
  MISSING_FIELD(Severity.ERROR, "a required field is absent, or a required list is empty"),
  /**
   * A Task, Pass, Wait, Parallel or Map state has neither {@code Next} nor {@code End}. Always an
   * error.
   */
  MISSING_TRANSITION(Severity.ERROR, "a state that continues has neither Next nor End"),
  /**
   * Two fields that exclude each other are both set, e.g. {@code Next} and {@code End}. Always an
   * error.
   */
  MUTUALLY_EXCLUSIVE(Severity.ERROR, "two fields that exclude each other are both set"),
  /**
   * A value of the right type that is not allowed: an unknown enum name, version or pattern. Always
   * an error.
   */
  INVALID_VALUE(Severity.ERROR, "a value of the right type that ASL does not allow"),
  /**
   * {@code Type} is not one of Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map. Always an
   * error.
   */
  UNKNOWN_STATE_TYPE(Severity.ERROR, "\"Type\" is not one of the eight state types"),
  /**
   * A Choice rule without a test, with two operators, or mixing a comparison with And/Or/Not.
   * Always an error.
   */
  INVALID_CHOICE_RULE(Severity.ERROR,
      "a Choice rule has no test, two operators, or a comparison mixed with And/Or/Not"),
  /**
   * A payload template key ending in {@code .$} whose value is not a path or intrinsic string.
   * Always an error.
   */
  INVALID_PAYLOAD_TEMPLATE(Severity.ERROR,
      "a key ending in \".$\" has a value that is not a path or intrinsic string"),

  // ---------------------------------------------------------------- the graph

  /** A state name is empty. Always an error. */
  INVALID_STATE_NAME(Severity.ERROR, "a state name is empty"),
  /** A state name is longer than 80 characters. Always an error. */
  STATE_NAME_TOO_LONG(Severity.ERROR, "a state name is longer than 80 characters"),
  /**
   * Two states have the same name; names are unique across branches and item processors too. Always
   * an error.
   */
  DUPLICATE_STATE_NAME(Severity.ERROR, "two states anywhere in the workflow have the same name"),
  /**
   * {@code StartAt}, {@code Next}, {@code Default} or a catcher names a state that does not exist.
   * Always an error.
   */
  MISSING_TRANSITION_TARGET(Severity.ERROR, "a transition names a state that does not exist"),
  /**
   * A transition goes to a state of another Parallel branch or Map item processor. Always an error.
   */
  TRANSITION_LEAVES_SCOPE(Severity.ERROR,
      "a transition leaves its Parallel branch or Map item processor"),
  /** A state no transition from {@code StartAt} reaches. Always an error. */
  UNREACHABLE_STATE(Severity.ERROR, "no path from StartAt reaches the state"),
  /** A graph with no state that ends it ({@code End}, Succeed or Fail). Always an error. */
  MISSING_TERMINAL_STATE(Severity.ERROR, "a graph has no End, Succeed or Fail state"),
  /**
   * A state from which no transition ever leads to an end: the execution can only loop. Always a
   * warning.
   */
  NO_PATH_TO_END(Severity.WARNING, "from this state no path leads to an end; it can only loop"),
  /**
   * A state or graph sets {@code QueryLanguage} to JSONPath in a JSONata workflow. Always an error.
   */
  QUERY_LANGUAGE_DOWNGRADE(Severity.ERROR, "JSONPath is chosen inside a JSONata workflow"),

  // ---------------------------------------------------------------- states and fields

  /**
   * A Task's {@code Resource} is not a URI, a well-formed Lambda ARN, or has an open placeholder.
   * Always an error.
   */
  INVALID_RESOURCE(Severity.ERROR,
      "a Resource is not a URI, not a well-formed ARN, or not one this field takes"),
  /**
   * A Task's {@code Resource} is a URI but not an ARN, which Step Functions cannot run. Always a
   * warning.
   */
  RESOURCE_NOT_ARN(Severity.WARNING, "a Task's Resource is a URI but not an ARN"),
  /**
   * An optimized integration that does not exist ({@code arn:aws:states:::dynamodb:query}, where
   * only the SDK integration has Query), or a pattern the integration lacks
   * ({@code lambda:invoke.sync}); see {@link io.asl4j.model.OptimizedIntegration}. Always an error.
   */
  UNKNOWN_INTEGRATION(Severity.ERROR,
      "an optimized integration, or a pattern of one, that Step Functions does not have"),
  /**
   * A field that takes an ARN (a topic, a state machine, a role, ...) holds text that is neither
   * an ARN, a {@code ${Name}} placeholder nor a path. Always a warning.
   */
  NOT_AN_ARN(Severity.WARNING, "a field that takes an ARN holds text that is not one"),
  /**
   * A DynamoDB attribute value written as plain JSON, without its type wrapper ({@code {"S": ...}},
   * {@code {"N": ...}}, ...). Always a warning.
   */
  UNTYPED_DYNAMODB_VALUE(Severity.WARNING,
      "a DynamoDB attribute value lacks its type (S, N, BOOL, M, L, ...)"),
  /**
   * An Express workflow uses {@code .sync}, {@code .waitForTaskToken} or an activity. Always an
   * error.
   */
  EXPRESS_UNSUPPORTED(Severity.ERROR,
      "an Express workflow uses .sync, .waitForTaskToken or an activity"),
  /**
   * A {@code .waitForTaskToken} task whose payload never passes the task token. Always a warning.
   */
  TASK_TOKEN_NOT_PASSED(Severity.WARNING,
      "a .waitForTaskToken task never passes the task token on"),
  /**
   * {@code HeartbeatSeconds} is not below {@code TimeoutSeconds} (99,999,999 when unset). Always an
   * error.
   */
  HEARTBEAT_NOT_BELOW_TIMEOUT(Severity.ERROR, "HeartbeatSeconds is not below TimeoutSeconds"),
  /** A number or text length outside the range ASL allows. Always an error. */
  OUT_OF_RANGE(Severity.ERROR, "a number or a text length is outside the range ASL allows"),
  /**
   * A timestamp that is not RFC 3339 with a time and zone, e.g. {@code 2026-01-01T00:00:00Z}.
   * Always an error.
   */
  INVALID_TIMESTAMP(Severity.ERROR, "a timestamp is not RFC 3339 with a time and a zone"),
  /** {@code States.ALL} is not alone in the last retrier or catcher. Always an error. */
  STATES_ALL_NOT_LAST(Severity.ERROR, "\"States.ALL\" is not alone in the last retrier or catcher"),
  /**
   * An error name that Step Functions reserves or never raises, or a miscased {@code States.}.
   * Always a warning.
   */
  UNKNOWN_STATES_ERROR(Severity.WARNING,
      "an error name starting with \"States.\" that nothing raises, or miscased"),
  /**
   * A catcher without {@code ResultPath}: the error output replaces the state's input. Always a
   * warning.
   */
  CATCH_REPLACES_INPUT(Severity.WARNING,
      "a catcher without ResultPath replaces the state's input with the error"),
  /**
   * A test-harness placeholder such as {@code __tbd__} that was never replaced. Always an error.
   */
  UNRESOLVED_PLACEHOLDER(Severity.ERROR, "a test-harness placeholder was never replaced"),
  /**
   * A JSONata field ({@code Arguments}, {@code Output}, ...) in a JSONPath state. Always an error.
   */
  JSONATA_FIELD_IN_JSONPATH(Severity.ERROR, "a JSONata field in a state that uses JSONPath"),
  /**
   * A JSONPath field ({@code Parameters}, {@code ResultPath}, ...) in a JSONata state. Always an
   * error.
   */
  JSONPATH_FIELD_IN_JSONATA(Severity.ERROR, "a JSONPath field in a state that uses JSONata"),
  /**
   * A value of the other query language, which only a model built in Java can hold (the reader
   * reads each field in its state's language): a {@code path(..)} or intrinsic in a JSONata
   * value, written {@code "name.$": "$.x"} and passed as text, or a {@code jsonata(..)}
   * expression in a JSONPath template, passed as the text {@code "{% ... %}"}. Always an error.
   */
  VALUE_IN_OTHER_QUERY_LANGUAGE(Severity.ERROR, "a JSONPath value in a JSONata state, or a"
      + " JSONata expression in a JSONPath state"),

  // ---------------------------------------------------------------- paths and expressions

  /** A path that is not valid JSONPath. Always an error. */
  INVALID_PATH(Severity.ERROR, "a path is not valid JSONPath"),
  /**
   * A path where a reference path (one value, only {@code .field} and {@code [i]}) is required.
   * Always an error.
   */
  INVALID_REFERENCE_PATH(Severity.ERROR,
      "a path is not a reference path (one value, .field and [index] steps only)"),
  /**
   * A string in a template that looks like a path or intrinsic call but has no {@code .$} key.
   * Always a warning.
   */
  LOOKS_LIKE_PATH(Severity.WARNING,
      "literal text that looks like a path or intrinsic call: the key lacks \".$\""),
  /**
   * A context object path ({@code $$.}) naming a field the context object does not have. Always a
   * warning.
   */
  UNKNOWN_CONTEXT_FIELD(Severity.WARNING, "a $$. path names a field the context object lacks"),
  /**
   * An intrinsic function call that does not parse, or gives no string where one is needed. Always
   * an error.
   */
  INVALID_INTRINSIC(Severity.ERROR,
      "an intrinsic function call does not parse, or gives no string where one is needed"),
  /** A call of an intrinsic function Step Functions does not have. Always an error. */
  UNKNOWN_INTRINSIC(Severity.ERROR, "an intrinsic function Step Functions does not have"),
  /** An intrinsic function called with the wrong number or kind of arguments. Always an error. */
  INTRINSIC_ARGUMENTS(Severity.ERROR, "an intrinsic function gets wrong arguments"),
  /** Intrinsic calls nested more than 10 deep. Always an error. */
  INTRINSIC_NESTING(Severity.ERROR, "intrinsic calls are nested more than 10 deep"),
  /**
   * A JSONata expression that does not parse, is longer or nested deeper than
   * {@link io.asl4j.syntax.InputLimits} allows, or uses what Step Functions does not bind. Always
   * an error.
   */
  INVALID_JSONATA(Severity.ERROR, "a JSONata expression does not parse, passes an input limit, or"
      + " uses a name Step Functions does not bind"),

  // ---------------------------------------------------------------- data flow

  /**
   * A path reads what is certainly not there when the state runs (dropped by an OutputPath,
   * overwritten by a ResultPath, never returned by the integration, ...): the execution would
   * fail with {@code States.Runtime} (JSONata: {@code States.QueryEvaluationError}). Always an
   * error.
   */
  PATH_NOT_FOUND(Severity.ERROR,
      "a path reads what is certainly not there: the execution would fail"),
  /**
   * A path reads what is missing on some route through the states (the message names one), or
   * what only the execution input could still provide there. Always a warning.
   */
  PATH_MAY_BE_MISSING(Severity.WARNING,
      "a path reads what is missing on some route through the states"),

  // ---------------------------------------------------------------- Map states

  /** A Distributed Map field on a Map without {@code "Mode": "DISTRIBUTED"}. Always a warning. */
  DISTRIBUTED_ONLY(Severity.WARNING, "a Distributed Map field on an inline Map"),
  /**
   * A Map {@code Label} that is empty, too long, or has a character it cannot have. Always an
   * error.
   */
  INVALID_LABEL(Severity.ERROR, "a Map Label is empty, over 40 characters, or has a bad character"),

  // ---------------------------------------------------------------- variables

  /**
   * An Assign name that is not a variable name, or is too long, or is {@code states}. Always an
   * error.
   */
  INVALID_VARIABLE_NAME(Severity.ERROR,
      "an Assign name is a sub-path, over 80 characters, or \"states\""),
  /** An Assign name that JSONata cannot read as {@code $name}. Always a warning. */
  VARIABLE_NAME_NOT_IDENTIFIER(Severity.WARNING,
      "an Assign name that JSONata cannot read as $name"),
  /** A variable read where some path from StartAt has not assigned it. Always a warning. */
  UNASSIGNED_VARIABLE(Severity.WARNING, "a variable may be read before it is assigned"),
  /**
   * A Parallel branch or Map iteration assigns a variable its enclosing scope already has. Always a
   * warning.
   */
  VARIABLE_SHADOWS_OUTER(Severity.WARNING,
      "a branch or iteration assigns a variable of its enclosing scope"),

  // ---------------------------------------------------------------- the whole definition

  /** The definition is over 1 MiB (1,048,576 bytes of UTF-8). Always an error. */
  DEFINITION_TOO_LARGE(Severity.ERROR, "the definition is over 1 MiB");

  private final Severity severity;
  private final String summary;

  DiagnosticCode(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /**
   * Returns the severity every diagnostic of this code has.
   *
   * @return {@code ERROR} or {@code WARNING}
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns a one-line description of the problem, as the README's table gives it.
   *
   * @return the description
   */
  public String summary() {
    return summary;
  }
}
