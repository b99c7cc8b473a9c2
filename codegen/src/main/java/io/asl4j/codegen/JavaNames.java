package io.asl4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Camel-cases names for generated code, one rule for every name: words are the runs of letters
 * and digits, also split at camel-case humps ({@code orderFulfillment} at the {@code F}, {@code
 * s3Copy} at the {@code C}, {@code HTTPServer} at the {@code S}: the last capital of an acronym
 * starts the next word); each word is lower-cased and, but for the first of a lowerCamel name,
 * capitalised. So {@code "SNS Notify"}, {@code "sns-notify"} and {@code "SNSNotify"} all give
 * {@code snsNotify}, and {@code order-fulfillment.asl.json} gives the class {@code
 * OrderFulfillment}.
 */
public final class JavaNames {

  /** The prefix that makes a derived class name valid and readable. */
  private static final String CLASS_PREFIX = "Workflow";

  private JavaNames() {}

  /**
   * Derives a class name from a definition's file name: the extension ({@code .asl.json}, {@code
   * .json} or {@code .asl}, in any case) dropped, the rest in UpperCamelCase, and {@code Workflow}
   * in front when that would be empty, start with a digit, or be a keyword.
   *
   * <pre>{@code
   * order-fulfillment.asl.json   -> OrderFulfillment
   * HTTPServer.asl               -> HttpServer
   * 3-choice-glue-a-or-b.json    -> Workflow3ChoiceGlueAOrB
   * }</pre>
   *
   * @param fileName a file name without directories
   * @return a valid Java class name
   */
  public static String className(String fileName) {
    String base = fileName;
    for (String ext : new String[] {".asl.json", ".json", ".asl"}) {
      if (base.toLowerCase(Locale.ROOT).endsWith(ext)) {
        base = base.substring(0, base.length() - ext.length());
        break;
      }
    }
    String name = upperCamel(base);
    if (name.isEmpty() || Character.isDigit(name.charAt(0)) || SourceVersion.isKeyword(name)) {
      name = CLASS_PREFIX + name;
    }
    return name;
  }

  /**
   * Text in UpperCamelCase: {@code "retry with backoff.v2"} gives {@code RetryWithBackoffV2}.
   *
   * @return the words joined, {@code ""} if the text has none; may start with a digit
   */
  static String upperCamel(String text) {
    StringBuilder sb = new StringBuilder();
    for (String word : words(text)) {
      sb.append(capitalized(word));
    }
    return sb.toString();
  }

  /**
   * Text in lowerCamelCase: {@code "SNS Notify"} gives {@code snsNotify}.
   *
   * @return the words joined, {@code ""} if the text has none; may start with a digit or be a
   *     keyword
   */
  static String lowerCamel(String text) {
    StringBuilder sb = new StringBuilder();
    for (String word : words(text)) {
      sb.append(sb.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalized(word));
    }
    return sb.toString();
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT)
        + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /** The words of a text: runs of letters and digits, split at camel-case humps. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int start = -1; // start of the current word, -1 between words
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean part = Character.isLetterOrDigit(c);
      if (start >= 0 && (!part || hump(text, i))) {
        words.add(text.substring(start, i));
        start = -1;
      }
      if (part && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /**
   * Whether a camel-case word starts at {@code i}: {@code orderFulfillment} at the {@code F},
   * {@code HTTPServer} at the {@code S} (the last capital of an acronym starts the next word).
   */
  private static boolean hump(String s, int i) {
    if (i == 0 || i >= s.length() || !Character.isUpperCase(s.charAt(i))) {
      return false;
    }
    char prev = s.charAt(i - 1);
    return Character.isLowerCase(prev) || Character.isDigit(prev)
        || (Character.isUpperCase(prev) && i + 1 < s.length()
            && Character.isLowerCase(s.charAt(i + 1)));
  }
}
