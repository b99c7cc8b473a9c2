package io.asl4j.cdk.iam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The IAM actions that a Step Functions AWS SDK call ({@code arn:aws:states:::aws-sdk:<service>:
 * <operation>}) needs, read from two checked-in tables: {@code aws-sdk-iam-prefixes.tsv} (services
 * whose IAM prefix is not their name, or whose actions are HTTP methods) and {@code
 * aws-sdk-iam-actions.tsv} (operations authorized by differently named actions). Each row names the
 * AWS page it was checked against.
 *
 * <p>Immutable and thread-safe.
 */
final class AwsSdkIam {

  /** How a service names its IAM actions. */
  enum Naming {
    /** The operation name in PascalCase, e.g. {@code getObject} is {@code s3:GetObject}. */
    OPERATION,
    /** The HTTP method of the operation's REST call, e.g. {@code apigateway:POST}. */
    HTTP_METHOD
  }

  /**
   * One service row.
   *
   * @param prefix the IAM service prefix
   * @param naming how its actions are named
   */
  record Service(String prefix, Naming naming) {
  }

  static final String PREFIXES = "aws-sdk-iam-prefixes.tsv";
  static final String ACTIONS = "aws-sdk-iam-actions.tsv";

  private static final Pattern SERVICE = Pattern.compile("[a-z0-9]+");
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9-]+");
  private static final Pattern OPERATION = Pattern.compile("([a-z0-9]+):([A-Za-z0-9]+)(\\*?)");
  private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");

  private static final AwsSdkIam TABLES = parse(read(PREFIXES), read(ACTIONS));

  private final Map<String, Service> services;
  /** "service:operation" → actions. */
  private final Map<String, List<String>> exact;
  /** "service:start" → actions, for every operation that starts with start. */
  private final Map<String, List<String>> starts;

  private AwsSdkIam(Map<String, Service> services, Map<String, List<String>> exact,
      Map<String, List<String>> starts) {
    this.services = Collections.unmodifiableMap(services);
    this.exact = Collections.unmodifiableMap(exact);
    this.starts = Collections.unmodifiableMap(starts);
  }

  /**
   * Returns the tables shipped with this module.
   *
   * @return the tables
   */
  static AwsSdkIam tables() {
    return TABLES;
  }

  /**
   * Returns the IAM actions a call needs.
   *
   * @param service the service as the Resource spells it, e.g. {@code mediapackagevod}
   * @param operation the operation as the Resource spells it (camelCase), e.g. {@code listAssets}
   * @return the actions, sorted; empty when the service names its actions by HTTP method and the
   *     method of this operation is not in the table
   */
  List<String> actions(String service, String operation) {
    String key = service + ":" + operation;
    List<String> listed = exact.get(key);
    if (listed != null) {
      return listed;
    }
    // the longest matching start wins, so that a narrower rule can refine a broader one
    for (int end = operation.length(); end > 0; end--) {
      List<String> rule = starts.get(service + ":" + operation.substring(0, end));
      if (rule != null) {
        return rule;
      }
    }
    Service s = services.get(service);
    if (s == null) {
      return List.of(service + ":" + pascal(operation));
    }
    return s.naming() == Naming.HTTP_METHOD ? List.of() : List.of(s.prefix() + ":"
        + pascal(operation));
  }

  /**
   * Returns the service rows, by service name.
   *
   * @return the rows
   */
  Map<String, Service> services() {
    return services;
  }

  /**
   * Returns the operation rows, by {@code service:operation}; a key ending in {@code *} stands for
   * every operation that starts with what precedes it.
   *
   * @return the rows
   */
  Map<String, List<String>> operations() {
    Map<String, List<String>> all = new TreeMap<>(exact);
    starts.forEach((k, v) -> all.put(k + "*", v));
    return Collections.unmodifiableMap(all);
  }

  /**
   * Parses the two tables. Blank lines and lines starting with {@code #} are skipped.
   *
   * @param prefixLines the lines of {@code aws-sdk-iam-prefixes.tsv}
   * @param actionLines the lines of {@code aws-sdk-iam-actions.tsv}
   * @return the tables
   * @throws IllegalArgumentException naming the file and line of the first malformed row
   */
  static AwsSdkIam parse(List<String> prefixLines, List<String> actionLines) {
    Map<String, Service> services = new TreeMap<>();
    for (int i = 0; i < prefixLines.size(); i++) {
      String[] c = columns(PREFIXES, i, prefixLines.get(i), 4);
      if (c == null) {
        continue;
      }
      check(PREFIXES, i, SERVICE.matcher(c[0]).matches(), "service \"" + c[0] + "\" is not"
          + " lower-case letters and digits");
      check(PREFIXES, i, PREFIX.matcher(c[1]).matches(), "IAM prefix \"" + c[1] + "\" is not"
          + " lower-case letters, digits and hyphens");
      Naming naming = switch (c[2]) {
        case "operation" -> Naming.OPERATION;
        case "http-method" -> Naming.HTTP_METHOD;
        default -> throw error(PREFIXES, i, "action naming \"" + c[2] + "\" is neither"
            + " \"operation\" nor \"http-method\"");
      };
      check(PREFIXES, i, services.put(c[0], new Service(c[1], naming)) == null,
          "service \"" + c[0] + "\" is listed twice");
    }
    Map<String, List<String>> exact = new TreeMap<>();
    Map<String, List<String>> starts = new TreeMap<>();
    for (int i = 0; i < actionLines.size(); i++) {
      String[] c = columns(ACTIONS, i, actionLines.get(i), 3);
      if (c == null) {
        continue;
      }
      var key = OPERATION.matcher(c[0]);
      check(ACTIONS, i, key.matches(), "\"" + c[0] + "\" is not service:operation or"
          + " service:start*");
      List<String> actions = Arrays.stream(c[1].split(",", -1)).sorted().toList();
      for (String action : actions) {
        check(ACTIONS, i, ACTION.matcher(action).matches(), "IAM action \"" + action + "\" is"
            + " not prefix:Name");
      }
      Map<String, List<String>> into = key.group(3).isEmpty() ? exact : starts;
      check(ACTIONS, i, into.put(key.group(1) + ":" + key.group(2), actions) == null,
          "\"" + c[0] + "\" is listed twice");
    }
    return new AwsSdkIam(services, exact, starts);
  }

  /** The columns of a data line, or null for a blank or comment line. */
  private static String[] columns(String file, int index, String line, int count) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    String[] c = line.split("\t", -1);
    check(file, index, c.length == count, "expected " + count + " tab-separated columns, got "
        + c.length);
    for (String column : c) {
      check(file, index, !column.isBlank(), "a column is empty");
    }
    return c;
  }

  private static void check(String file, int index, boolean ok, String message) {
    if (!ok) {
      throw error(file, index, message);
    }
  }

  private static IllegalArgumentException error(String file, int index, String message) {
    return new IllegalArgumentException(file + ":" + (index + 1) + ": " + message);
  }

  private static List<String> read(String name) {
    try (InputStream in = AwsSdkIam.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      return new ArrayList<>(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Turns a Step Functions operation name (camelCase) into the IAM action name (PascalCase). IAM
   * matches action names case-insensitively, so only the first letter needs to change.
   */
  static String pascal(String operation) {
    return Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
  }
}
