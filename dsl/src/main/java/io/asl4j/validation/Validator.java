package io.asl4j.validation;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a workflow against every rule of the Amazon States Language and warns about mistakes that
 * otherwise surface only at run time. Every problem is reported at once; see {@link Diagnostic}.
 *
 * <p>Immutable and thread-safe. {@link #validate(Workflow)} checks a model; {@link
 * #validate(String)} also checks JSON text that does not even read.
 */
public final class Validator {

  /** The workflow type the definition is deployed as. */
  public enum WorkflowType {
    /** Standard workflows: every integration pattern and activities. */
    STANDARD,
    /** Express workflows: request-response integrations only. */
    EXPRESS
  }

  private static final Validator STANDARD = new Validator(WorkflowType.STANDARD, Shape.ANY);
  private static final Validator EXPRESS = new Validator(WorkflowType.EXPRESS, Shape.ANY);
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final WorkflowType type;
  /** What the execution input is known to be: anything, unless an example or schema says. */
  private final Shape input;

  private Validator(WorkflowType type, Shape input) {
    this.type = type;
    this.input = input;
  }

  /**
   * Returns the validator for Standard workflows.
   *
   * @return the validator
   */
  public static Validator create() {
    return STANDARD;
  }

  /**
   * Returns a validator for the given workflow type.
   *
   * @param type {@code STANDARD} or {@code EXPRESS}
   * @return the validator
   */
  public Validator forType(WorkflowType type) {
    if (input == Shape.ANY) {
      return type == WorkflowType.EXPRESS ? EXPRESS : STANDARD;
    }
    return new Validator(type, input);
  }

  /**
   * Returns a validator that takes the execution input to be like an example: exactly its
   * members, every element of an array like the example's elements. The data-flow analysis then
   * reports a path that reads what the input lacks as an error ({@code PATH_NOT_FOUND}); without
   * an example or a schema, the input is anything and nothing read from it is reported.
   *
   * <pre>{@code Validator.create().withInputExample("{\"orderId\": \"o-1\", \"lines\": []}")
   *     .validate(workflow)}</pre>
   *
   * @param json an example execution input
   * @return the validator
   * @throws InputJsonException if the text is not JSON, said at its line and column (an
   *     {@link IllegalArgumentException})
   */
  public Validator withInputExample(String json) {
    return new Validator(type, InputShapes.example(json));
  }

  /**
   * Returns a validator that takes the execution input to be what a JSON Schema allows. The
   * keywords read are {@code type} (one type name), {@code properties}, {@code required},
   * {@code additionalProperties: false} (no other members) and {@code items} (one schema for every
   * element); a property not required may be missing (a read of it is a warning). Keywords that
   * only narrow the values ({@code enum}, {@code anyOf}, {@code minLength}, ...) are ignored,
   * which only ever makes the analysis say less; a schema with {@code $ref}, or several types or
   * none, is taken as allowing anything there.
   *
   * @param json a JSON Schema (any draft) for the execution input
   * @return the validator
   * @throws InputJsonException if the text is not JSON or not a schema object, said at its line
   *     and column (an {@link IllegalArgumentException})
   */
  public Validator withInputSchema(String json) {
    return new Validator(type, InputShapes.schema(json));
  }

  /**
   * Returns the workflow type this validator checks for.
   *
   * @return the type
   */
  public WorkflowType type() {
    return type;
  }

  /**
   * Checks a workflow.
   *
   * @param workflow the workflow
   * @return every diagnostic, errors and warnings, in definition order
   */
  public List<Diagnostic> validate(Workflow workflow) {
    return new ValidationRun(type, input, -1, false, false).workflow(workflow);
  }

  /**
   * Checks a definition given as JSON text: what keeps it from reading (every problem, located),
   * then every rule over the model, each diagnostic placed at its line and column.
   *
   * <p>Text that does not read is still checked as a model where leaving out the offending members
   * makes it readable (see {@link AslReader#recover(String)}), so that one misspelt field does not
   * hide the other problems.
   *
   * @param json the ASL JSON
   * @return every diagnostic, sorted by position
   */
  public List<Diagnostic> validate(String json) {
    List<Diagnostic> out = new ArrayList<>();
    AslReader.Recovered read = AslReader.create().recover(json);
    for (AslReadException.Problem p : read.problems()) {
      out.add(fromReader(p));
    }
    if (read.workflow().isEmpty()) {
      return out;
    }
    Workflow workflow = read.workflow().get();
    boolean graphRepaired = false;
    for (AslReadException.Problem p : read.problems()) {
      graphRepaired |= touchesGraph(p);
    }
    List<Diagnostic> model = new ValidationRun(type, input, DefinitionSize.sourceSize(json),
        !read.problems().isEmpty(), graphRepaired).workflow(workflow);
    if (!model.isEmpty()) {
      List<Diagnostic> placed = model;
      if (!out.isEmpty()) {
        // what the reader already reported (located) is not reported again
        Set<String> reported = new HashSet<>();
        for (Diagnostic d : out) {
          reported.add(d.code().name() + ' ' + d.location());
        }
        placed = new ArrayList<>(model.size());
        for (Diagnostic d : model) {
          if (!reported.contains(d.code().name() + ' ' + d.location())) {
            placed.add(d);
          }
        }
      }
      List<String> pointers = new ArrayList<>(placed.size());
      for (Diagnostic d : placed) {
        pointers.add(d.location());
      }
      // one streaming pass that reads only toward these pointers, instead of a located tree
      List<int[]> at = SourcePositions.of(json, pointers);
      for (int i = 0; i < placed.size(); i++) {
        out.add(placed.get(i).at(at.get(i)[0], at.get(i)[1]));
      }
      out.sort(BY_POSITION);
    }
    return out;
  }

  /**
   * Checks a definition given as UTF-8 bytes, as {@link #validate(String)} does; bytes that are
   * not UTF-8 give one located {@code INVALID_JSON} diagnostic.
   *
   * @param utf8 the ASL JSON, UTF-8 encoded (a byte order mark is accepted)
   * @return every diagnostic, sorted by position
   */
  public List<Diagnostic> validate(byte[] utf8) {
    String text;
    try {
      text = AslReader.decode(utf8);
    } catch (AslReadException e) {
      return List.of(fromReader(e.problems().get(0)));
    }
    return validate(text);
  }

  /** Fields whose repair (leaving them out) may change a graph's states or transitions. */
  private static final Set<String> GRAPH_FIELDS = Set.of("Next", "Default", "End", "StartAt",
      "States", "Type", "Choices", "Catch", "Branches", "ItemProcessor", "Iterator");

  /**
   * Whether repairing a reader problem may have changed a graph: the graph rules still run when
   * the text only had, say, a misspelt or mistyped field, and hold back their reachability
   * verdicts when a transition, a state, a rule, a catcher or a branch was left out.
   */
  private static boolean touchesGraph(AslReadException.Problem p) {
    String pointer = p.pointer();
    if (pointer.isEmpty() || p.code().equals(DiagnosticCode.MISSING_TRANSITION.name())) {
      return true;
    } else if (p.code().equals(DiagnosticCode.MISSING_FIELD.name())) {
      return false; // repaired with a neutral value (a Wait's time, a Task's Resource), or not at all
    }
    String[] segments = pointer.substring(1).split("/", -1);
    String last = segments[segments.length - 1];
    String parent = segments.length > 1 ? segments[segments.length - 2] : "";
    if (p.code().equals(DiagnosticCode.UNKNOWN_FIELD.name())) {
      // a misspelt transition ("Nxt") was meant to be one
      for (String field : GRAPH_FIELDS) {
        if (closeTo(last, field)) {
          return true;
        }
      }
    }
    return GRAPH_FIELDS.contains(last) || parent.equals("States") || parent.equals("Choices")
        || parent.equals("Catch") || parent.equals("Branches");
  }

  /** Whether a name is a field's name in another case or with at most two letters wrong. */
  private static boolean closeTo(String name, String field) {
    if (name.equalsIgnoreCase(field)) {
      return true;
    }
    if (Math.abs(name.length() - field.length()) > 2 || name.length() < 3) {
      return false;
    }
    int[] previous = new int[field.length() + 1];
    int[] current = new int[field.length() + 1];
    for (int j = 0; j <= field.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= name.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= field.length(); j++) {
        boolean same = Character.toLowerCase(name.charAt(i - 1))
            == Character.toLowerCase(field.charAt(j - 1));
        current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1,
            previous[j - 1] + (same ? 0 : 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[field.length()] <= 2;
  }

  /** The diagnostic of a problem the reader found; its code names a {@link DiagnosticCode}. */
  private static Diagnostic fromReader(AslReadException.Problem p) {
    DiagnosticCode code = DiagnosticCode.valueOf(p.code());
    return new Diagnostic(code, p.pointer(), p.message(), code.severity(), p.line(), p.column());
  }

  /**
   * Whether a list of diagnostics holds no error (warnings allowed).
   *
   * @param diagnostics what a validation reported
   * @return {@code true} when nothing is an error
   */
  public static boolean isValid(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }
}
