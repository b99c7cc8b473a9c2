package io.asl4j.fuzz;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A broken promise found by a property: its signature (what broke, where; stable across inputs, so
 * failures of one cause group together and {@code known-failures.tsv} can name them), what the
 * library threw if anything, and a detail for the report.
 *
 * @param signature e.g. {@code JavaGenerator.generate: java.lang.IllegalArgumentException at
 *     io.asl4j.model.JsonNumber.of}
 * @param cause what was thrown, or {@code null} for a wrong answer
 * @param detail what happened on this input (a message, a difference), for the report
 */
record Failure(String signature, Throwable cause, String detail) {

  Failure {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * A wrong answer (nothing thrown).
   *
   * @param stage the call that answered wrongly, e.g. {@code AslReader.read(byte[])}
   * @param what what is wrong, the same for every input with this cause
   * @param detail what happened on this input
   * @return the failure
   */
  static Failure wrong(String stage, String what, String detail) {
    return new Failure(stage + ": " + what, null, detail);
  }

  /**
   * An exception or error the call does not document.
   *
   * @param stage the call, e.g. {@code Validator.validate(String)}
   * @param t what it threw
   * @return the failure
   */
  static Failure thrown(String stage, Throwable t) {
    return new Failure(stage + ": " + signatureOf(t), t, describe(t));
  }

  /** A throwable for the report; a stack overflow with the recursion it happened in. */
  static String describe(Throwable t) {
    return t instanceof StackOverflowError ? t + " in " + recursionOf(t) : String.valueOf(t);
  }

  /**
   * Names a throwable by its class and where it came from: the first frame in asl4j's code (not
   * the fuzzer's), as {@code Class.method} without a line number so the name survives edits. A
   * stack overflow is named by its class alone: where the stack runs out depends on how warm the
   * JVM is (compiled frames are smaller, inlined ones larger), so one input overflows in different
   * places from run to run; {@link #recursionOf} names the place for the report.
   *
   * @param t the throwable
   * @return e.g. {@code java.lang.IllegalArgumentException at io.asl4j.model.JsonNumber.of}
   */
  static String signatureOf(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    if (t instanceof StackOverflowError) {
      return t.getClass().getName();
    }
    for (StackTraceElement e : trace) {
      String frame = e.getClassName() + "." + e.getMethodName();
      if (ours(frame)) {
        return t.getClass().getName() + " at " + frame;
      }
    }
    return t.getClass().getName()
        + (trace.length > 0 ? " at " + trace[0].getClassName() + "." + trace[0].getMethodName()
            : "");
  }

  /**
   * Names the recursion a stack overflow happened in: the alphabetically first asl4j class that
   * recurs in the trace (else the first class that does), by its outer class, so that one
   * recursion through several methods, lambdas and node types has one name.
   *
   * @param t a stack overflow
   * @return e.g. {@code io.asl4j.validation.IntrinsicSyntax}
   */
  static String recursionOf(Throwable t) {
    Map<String, Integer> counts = new HashMap<>();
    for (StackTraceElement e : t.getStackTrace()) {
      String cls = e.getClassName();
      int inner = cls.indexOf('$');
      counts.merge(inner < 0 ? cls : cls.substring(0, inner), 1, Integer::sum);
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= 3)
        .map(Map.Entry::getKey).filter(Failure::ours)
        .min(Comparator.naturalOrder())
        .orElseGet(() -> counts.entrySet().stream().filter(e -> e.getValue() >= 3)
            .map(Map.Entry::getKey).min(Comparator.naturalOrder()).orElse("?"));
  }

  /** asl4j's own code: not the fuzzer, not classes it generated and compiled. */
  private static boolean ours(String frame) {
    return frame.startsWith("io.asl4j.") && !frame.startsWith("io.asl4j.fuzz.");
  }
}
