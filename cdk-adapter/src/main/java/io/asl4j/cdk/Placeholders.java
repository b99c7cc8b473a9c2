package io.asl4j.cdk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.json.JsonPointer;
import io.asl4j.json.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${Name}} placeholders of a definition, matched against the names the construct
 * binds: CloudFormation fills only the names it is given, so a placeholder nobody binds would
 * reach Step Functions (and the policy) as literal text, and a binding nobody uses hides a typo.
 */
final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * A placeholder where it occurs.
   *
   * @param pointer the JSON pointer of the string (or of the member, for a key) holding it
   * @param name the name between <code>${</code> and <code>}</code>
   */
  record Use(String pointer, String name) {}

  private Placeholders() {}

  /**
   * Finds every placeholder of a definition, in document order.
   *
   * @param json the definition
   * @return the placeholders, one per occurrence
   */
  static List<Use> in(String json) {
    List<Use> uses = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      walk(p, new ArrayDeque<>(), uses);
    } catch (IOException e) {
      throw new UncheckedIOException("the writer's own JSON did not parse", e);
    }
    return uses;
  }

  private static void walk(JsonParser p, Deque<String> path, List<Use> uses) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        path.addLast(key);
        scan(key, path, uses); // substitution replaces text anywhere, keys included
        p.nextToken();
        walk(p, path, uses);
        path.removeLast();
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        path.addLast(Integer.toString(i++));
        walk(p, path, uses);
        path.removeLast();
      }
    } else if (t == JsonToken.VALUE_STRING) {
      scan(p.getText(), path, uses);
    }
  }

  private static void scan(String text, Deque<String> path, List<Use> uses) {
    if (text.indexOf("${") < 0) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      uses.add(new Use(pointer(path), m.group(1)));
    }
  }

  /** An RFC 6901 pointer, as the validator writes them. */
  private static String pointer(Deque<String> path) {
    StringBuilder sb = new StringBuilder();
    for (String segment : path) {
      sb.append('/').append(JsonPointer.escape(segment));
    }
    return sb.toString();
  }

  /**
   * Lists every placeholder that is not bound and every binding that is not used.
   *
   * @param uses the definition's placeholders
   * @param bound the bound names
   * @return one message per problem, placeholders first in document order, then bindings
   */
  static List<String> mismatches(List<Use> uses, Collection<String> bound) {
    List<String> problems = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Use u : uses) {
      used.add(u.name());
      if (!bound.contains(u.name())) {
        problems.add(u.pointer() + ": unknown placeholder ${" + u.name() + "}"
            + nearest(u.name(), bound).map(n -> "; did you mean ${" + n + "}?")
                .orElseGet(() -> known(bound)));
      }
    }
    for (String name : bound) {
      if (!used.contains(name)) {
        problems.add("binding ${" + name + "}: the workflow has no ${" + name
            + "} placeholder");
      }
    }
    return problems;
  }

  private static String known(Collection<String> bound) {
    if (bound.isEmpty()) {
      return " (nothing is bound)";
    }
    StringBuilder sb = new StringBuilder(" (bound: ");
    for (Iterator<String> it = new TreeSet<>(bound).iterator(); it.hasNext(); ) {
      sb.append("${").append(it.next()).append('}').append(it.hasNext() ? ", " : ")");
    }
    return sb.toString();
  }

  /**
   * The bound name a mistyped one most likely meant: the closest within a third of its length
   * (at least one edit, at most three), ignoring case.
   */
  static Optional<String> nearest(String name, Collection<String> bound) {
    // sorted, so that of two equally near names the same one is suggested every time
    return Suggestions.nearest(name, new TreeSet<>(bound));
  }
}
