package io.asl4j;

import io.asl4j.model.Intrinsic;
import io.asl4j.model.IntrinsicArgument;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.syntax.IntrinsicNode.StringLiteral;
import java.util.Objects;

/**
 * The 18 intrinsic functions of the JSONPath query language, built from typed arguments and meant
 * for static import. Each returns an {@link Intrinsic} whose text is canonical ASL, with string
 * arguments quoted and escaped:
 *
 * <pre>{@code format("Hello {}", path("$.name"))   // States.Format('Hello {}', $.name)}</pre>
 *
 * <p>Arguments are {@link IntrinsicArgument}s: paths ({@link Values#path}), other intrinsic calls,
 * or literals made with {@link #str}, {@link #num} and {@link #bool}.
 */
public final class Intrinsics {

  /** The hash algorithms {@code States.Hash} accepts. */
  public enum HashAlgorithm {
    /** MD5. */
    MD5("MD5"),
    /** SHA-1. */
    SHA_1("SHA-1"),
    /** SHA-256. */
    SHA_256("SHA-256"),
    /** SHA-384. */
    SHA_384("SHA-384"),
    /** SHA-512. */
    SHA_512("SHA-512");

    private final String asl;

    HashAlgorithm(String asl) {
      this.asl = asl;
    }

    /**
     * Returns the name ASL uses.
     *
     * @return e.g. {@code SHA-256}
     */
    public String aslName() {
      return asl;
    }
  }

  private Intrinsics() {}

  /**
   * A string argument.
   *
   * @param text the string (quoted and escaped in the call)
   * @return the argument
   */
  public static JsonString str(String text) {
    return new JsonString(text);
  }

  /**
   * A number argument.
   *
   * @param number the number
   * @return the argument
   */
  public static JsonNumber num(long number) {
    return JsonNumber.of(number);
  }

  /**
   * A number argument.
   *
   * @param number a finite number
   * @return the argument
   */
  public static JsonNumber num(double number) {
    return JsonNumber.of(number);
  }

  /**
   * A boolean argument.
   *
   * @param value the boolean
   * @return the argument
   */
  public static JsonBoolean bool(boolean value) {
    return JsonBoolean.of(value);
  }

  /**
   * {@code States.Format(template, args...)}: fills each {@code {}} in the template with the next
   * argument.
   *
   * @param template the template; {@code {}} marks a placeholder
   * @param args one argument per placeholder
   * @return the call
   * @throws IllegalArgumentException if the placeholders and arguments do not match in number
   */
  public static Intrinsic format(String template, IntrinsicArgument... args) {
    int placeholders = 0;
    for (int i = template.indexOf("{}"); i >= 0; i = template.indexOf("{}", i + 2)) {
      placeholders++;
    }
    if (placeholders != args.length) {
      throw new IllegalArgumentException("States.Format template \"" + template + "\" has "
          + placeholders + " placeholder(s) but " + args.length + " argument(s) were given");
    }
    StringBuilder sb = new StringBuilder("States.Format(");
    sb.append(StringLiteral.quoteTemplate(template));
    for (IntrinsicArgument a : args) {
      sb.append(", ").append(render(a));
    }
    return new Intrinsic(sb.append(')').toString());
  }

  /**
   * {@code States.StringToJson(string)}: parses an escaped JSON string.
   *
   * @param json the string holding JSON
   * @return the call
   */
  public static Intrinsic stringToJson(IntrinsicArgument json) {
    return call("StringToJson", json);
  }

  /**
   * {@code States.JsonToString(value)}: serialises a value to a string.
   *
   * @param value the value
   * @return the call
   */
  public static Intrinsic jsonToString(IntrinsicArgument value) {
    return call("JsonToString", value);
  }

  /**
   * {@code States.Array(values...)}: an array of the arguments.
   *
   * @param values the elements
   * @return the call
   */
  public static Intrinsic array(IntrinsicArgument... values) {
    return call("Array", values);
  }

  /**
   * {@code States.ArrayPartition(array, size)}: splits an array into chunks.
   *
   * @param array the array
   * @param chunkSize the chunk size
   * @return the call
   */
  public static Intrinsic arrayPartition(IntrinsicArgument array, IntrinsicArgument chunkSize) {
    return call("ArrayPartition", array, chunkSize);
  }

  /**
   * {@code States.ArrayContains(array, value)}.
   *
   * @param array the array
   * @param value the value looked for
   * @return the call
   */
  public static Intrinsic arrayContains(IntrinsicArgument array, IntrinsicArgument value) {
    return call("ArrayContains", array, value);
  }

  /**
   * {@code States.ArrayRange(start, end, step)}: integers from start to end inclusive.
   *
   * @param start the first number
   * @param end the last number
   * @param step the step, not zero
   * @return the call
   */
  public static Intrinsic arrayRange(IntrinsicArgument start, IntrinsicArgument end,
      IntrinsicArgument step) {
    return call("ArrayRange", start, end, step);
  }

  /**
   * {@code States.ArrayGetItem(array, index)}.
   *
   * @param array the array
   * @param index the index
   * @return the call
   */
  public static Intrinsic arrayGetItem(IntrinsicArgument array, IntrinsicArgument index) {
    return call("ArrayGetItem", array, index);
  }

  /**
   * {@code States.ArrayLength(array)}.
   *
   * @param array the array
   * @return the call
   */
  public static Intrinsic arrayLength(IntrinsicArgument array) {
    return call("ArrayLength", array);
  }

  /**
   * {@code States.ArrayUnique(array)}: the array without duplicates.
   *
   * @param array the array
   * @return the call
   */
  public static Intrinsic arrayUnique(IntrinsicArgument array) {
    return call("ArrayUnique", array);
  }

  /**
   * {@code States.Base64Encode(string)}.
   *
   * @param data the string, at most 10,000 characters
   * @return the call
   */
  public static Intrinsic base64Encode(IntrinsicArgument data) {
    return call("Base64Encode", data);
  }

  /**
   * {@code States.Base64Decode(base64)}.
   *
   * @param base64 the encoded string, at most 10,000 characters
   * @return the call
   */
  public static Intrinsic base64Decode(IntrinsicArgument base64) {
    return call("Base64Decode", base64);
  }

  /**
   * {@code States.Hash(data, 'ALGORITHM')}: a hex digest.
   *
   * @param data the data, at most 10,000 characters
   * @param algorithm the algorithm
   * @return the call
   */
  public static Intrinsic hash(IntrinsicArgument data, HashAlgorithm algorithm) {
    return call("Hash", data, str(algorithm.aslName()));
  }

  /**
   * {@code States.JsonMerge(left, right, false)}: a shallow merge, right's keys winning (the only
   * mode Step Functions supports).
   *
   * @param left the first object
   * @param right the second object
   * @return the call
   */
  public static Intrinsic jsonMerge(IntrinsicArgument left, IntrinsicArgument right) {
    return call("JsonMerge", left, right, bool(false));
  }

  /**
   * {@code States.MathRandom(start, end)}: a random integer in the range.
   *
   * @param start the lower bound
   * @param end the upper bound
   * @return the call
   */
  public static Intrinsic mathRandom(IntrinsicArgument start, IntrinsicArgument end) {
    return call("MathRandom", start, end);
  }

  /**
   * {@code States.MathRandom(start, end, seed)}: a random integer in the range, seeded.
   *
   * @param start the lower bound
   * @param end the upper bound
   * @param seed the seed
   * @return the call
   */
  public static Intrinsic mathRandom(IntrinsicArgument start, IntrinsicArgument end,
      IntrinsicArgument seed) {
    return call("MathRandom", start, end, seed);
  }

  /**
   * {@code States.MathAdd(a, b)}.
   *
   * @param a the first integer
   * @param b the second integer
   * @return the call
   */
  public static Intrinsic mathAdd(IntrinsicArgument a, IntrinsicArgument b) {
    return call("MathAdd", a, b);
  }

  /**
   * {@code States.StringSplit(string, delimiters)}: splits on any of the delimiter characters.
   *
   * @param string the string
   * @param delimiters the delimiter characters
   * @return the call
   */
  public static Intrinsic stringSplit(IntrinsicArgument string, IntrinsicArgument delimiters) {
    return call("StringSplit", string, delimiters);
  }

  /**
   * {@code States.UUID()}: a random version 4 UUID.
   *
   * @return the call
   */
  public static Intrinsic uuid() {
    return call("UUID");
  }

  private static Intrinsic call(String name, IntrinsicArgument... args) {
    StringBuilder sb = new StringBuilder("States.").append(name).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(render(Objects.requireNonNull(args[i], "argument")));
    }
    return new Intrinsic(sb.append(')').toString());
  }

  private static String render(IntrinsicArgument a) {
    if (a instanceof JsonString s) {
      return StringLiteral.quote(s.value());
    } else if (a instanceof JsonNumber n) {
      return n.text();
    } else if (a instanceof JsonBoolean b) {
      return Boolean.toString(b.value());
    } else if (a instanceof JsonNull) {
      return "null";
    } else if (a instanceof JsonPath p) {
      return p.text();
    }
    return ((Intrinsic) a).text();
  }
}
