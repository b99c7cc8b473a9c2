package io.asl4j.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.asl4j.syntax.InputLimits;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson finds wrong with JSON text, said in the user's terms: the limits of
 * {@link InputLimits} by name and value, {@code NaN is not a JSON number} rather than the parser
 * feature that would allow it. Every JSON parser of asl4j (the reader, the validator's input
 * examples and schemas) is configured here, so that each path enforces the same limits.
 */
public final class JsonProblems {

  /** The limits every JSON parser of asl4j enforces, from {@link InputLimits}. */
  public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(InputLimits.MAX_JSON_NESTING)
      .maxStringLength(InputLimits.MAX_STRING_LENGTH)
      .maxNameLength(InputLimits.MAX_STRING_LENGTH)
      .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
      .build();

  private static final Pattern NON_NUMERIC = Pattern.compile(
      "Non-standard token '([-+]?[A-Za-z]+)': enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS`"
          + " to allow");
  private static final Pattern OPENED_AT = Pattern.compile(
      "\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern SOURCE = Pattern.compile(" ?at \\[Source: [^\\]]*\\]");
  /** Advice to turn on a parser feature: not the user's business, strict JSON is the rule. */
  private static final String[] FEATURE_ADVICE = {": enable `", " (consider enabling `",
      " (not recognized as one since Feature '"};

  private JsonProblems() {}

  /**
   * A factory for the given setting, with the limits. Member names are neither interned nor
   * canonicalized: a fresh string per name costs less than a symbol table shared by every parse,
   * whose lookups took a fifth of reading a small definition and which a first read would fill.
   *
   * @param duplicates whether the parser rejects duplicate member names itself
   * @return the factory
   */
  public static JsonFactory factory(boolean duplicates) {
    return JsonFactory.builder()
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
        .streamReadConstraints(CONSTRAINTS)
        .build();
  }

  /**
   * Says what is wrong: a limit passed, or else the syntax error.
   *
   * @param e what Jackson threw
   * @return the message, without Jackson's source references and feature names
   * @see #isLimit(JsonProcessingException)
   */
  public static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (isLimit(e)) {
      if (original.startsWith("Document nesting depth")) {
        return "nesting is deeper than " + InputLimits.MAX_JSON_NESTING + " levels; no definition"
            + " needs that, so this input is rejected rather than risk exhausting the stack";
      }
      if (original.startsWith("Name length")) {
        return "a member name longer than " + InputLimits.MAX_STRING_LENGTH + " characters; asl4j"
            + " reads names and strings of at most that length";
      }
      if (original.startsWith("String value length")) {
        return "a string longer than " + InputLimits.MAX_STRING_LENGTH + " characters; asl4j"
            + " reads names and strings of at most that length";
      }
      if (original.startsWith("Number value length")) {
        return "a number longer than " + InputLimits.MAX_NUMBER_LENGTH + " characters; asl4j"
            + " reads numbers of at most that length";
      }
    }
    return syntax(original);
  }

  /**
   * Tells whether Jackson refused the text for passing a limit rather than for its syntax.
   *
   * @param e what Jackson threw
   * @return {@code true} for a limit of {@link InputLimits}
   */
  public static boolean isLimit(JsonProcessingException e) {
    return e instanceof StreamConstraintsException;
  }

  /** Jackson's syntax message, first line only, in terms of JSON rather than of Jackson. */
  private static String syntax(String message) {
    int nl = message.indexOf('\n');
    String s = nl < 0 ? message : message.substring(0, nl);
    Matcher nonNumeric = NON_NUMERIC.matcher(s);
    if (nonNumeric.matches()) {
      return nonNumeric.group(1) + " is not a JSON number";
    }
    if (s.contains("JSON spec does not allow numbers to have plus signs")) {
      return "a JSON number cannot start with a plus sign";
    }
    if (s.contains("maybe a (non-standard) comment?")) {
      return "comments are not allowed in JSON";
    }
    for (String advice : FEATURE_ADVICE) {
      int at = s.indexOf(advice);
      if (at >= 0) {
        s = s.substring(0, at);
      }
    }
    s = OPENED_AT.matcher(s).replaceAll("(opened at $1:$2)");
    return SOURCE.matcher(s).replaceAll("").strip();
  }
}
