package io.asl4j.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSONPath compiled once, evaluated with AWS's (Jayway's) semantics: a definite path (only
 * member names and single indexes) selects one value or nothing; any other path selects a list of
 * values, empty when nothing matches.
 *
 * <p>Roots: {@code $} the state's data, {@code $$} the context object, {@code $name} a workflow
 * variable.
 */
final class JsonPathExpr {

  /** What a path starts from. */
  enum Root { INPUT, CONTEXT, VARIABLE }

  /** Returned by {@link #find} when a definite path selects nothing. */
  static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "MISSING";
    }
  };

  final String text;
  final Root root;
  final String variable;
  private final Seg[] segs;
  final boolean definite;
  private final boolean length;

  private JsonPathExpr(String text, Root root, String variable, Seg[] segs, boolean length) {
    this.text = text;
    this.root = root;
    this.variable = variable;
    this.segs = segs;
    this.length = length;
    boolean d = true;
    for (Seg s : segs) {
      d &= s instanceof Key || s instanceof Index;
    }
    this.definite = d;
  }

  /**
   * Compiles a path.
   *
   * @param text the path as written
   * @return the compiled path
   * @throws IllegalArgumentException if the text is not a JSONPath
   */
  static JsonPathExpr compile(String text) {
    return new PathParser(text).parse();
  }

  /** Tells whether the path is the bare root {@code $}. */
  boolean isRoot() {
    return root == Root.INPUT && segs.length == 0 && !length;
  }

  /**
   * Evaluates against a root value.
   *
   * @param rootValue the value the path's root denotes
   * @return the selected value ({@link #MISSING} when a definite path selects nothing), or the
   *     list of selected values for an indefinite path
   */
  Object find(Object rootValue) {
    Object r;
    if (definite) {
      Object cur = rootValue;
      for (Seg s : segs) {
        cur = s.step(cur);
        if (cur == MISSING) {
          return MISSING;
        }
      }
      r = cur;
    } else {
      List<Object> out = new ArrayList<>();
      collect(rootValue, 0, out, rootValue);
      r = out;
    }
    if (length) {
      if (r instanceof List<?> l) {
        return (long) l.size();
      } else if (r instanceof String str) {
        return (long) str.length();
      } else if (r instanceof Map<?, ?> m) {
        return (long) m.size();
      }
      return MISSING;
    }
    return r;
  }

  private void collect(Object cur, int i, List<Object> out, Object top) {
    if (i == segs.length) {
      out.add(cur);
      return;
    }
    Seg s = segs[i];
    if (s instanceof Key || s instanceof Index) {
      Object next = s.step(cur);
      if (next != MISSING) {
        collect(next, i + 1, out, top);
      }
    } else if (s instanceof Wildcard) {
      if (cur instanceof Map<?, ?> m) {
        for (Object v : m.values()) {
          collect(v, i + 1, out, top);
        }
      } else if (cur instanceof List<?> l) {
        for (Object v : l) {
          collect(v, i + 1, out, top);
        }
      }
    } else if (s instanceof Keys ks) {
      if (cur instanceof Map<?, ?> m) {
        for (String k : ks.names) {
          if (m.containsKey(k)) {
            collect(m.get(k), i + 1, out, top);
          }
        }
      }
    } else if (s instanceof Indexes ix) {
      if (cur instanceof List<?> l) {
        for (int k : ix.indexes) {
          int j = k < 0 ? l.size() + k : k;
          if (j >= 0 && j < l.size()) {
            collect(l.get(j), i + 1, out, top);
          }
        }
      }
    } else if (s instanceof Slice sl) {
      if (cur instanceof List<?> l) {
        int n = l.size();
        int from = sl.from == null ? 0 : sl.from < 0 ? Math.max(0, n + sl.from) : Math.min(n, sl.from);
        int to = sl.to == null ? n : sl.to < 0 ? Math.max(0, n + sl.to) : Math.min(n, sl.to);
        for (int k = from; k < to; k += sl.step) {
          collect(l.get(k), i + 1, out, top);
        }
      }
    } else if (s instanceof Filter f) {
      if (cur instanceof List<?> l) {
        for (Object v : l) {
          if (f.expr.test(v, top)) {
            collect(v, i + 1, out, top);
          }
        }
      } else if (cur instanceof Map<?, ?> && f.expr.test(cur, top)) {
        collect(cur, i + 1, out, top);
      }
    } else if (s instanceof Deep d) {
      deep(cur, d.inner, i, out, top);
    }
  }

  /** Applies a deep scan: the inner step at {@code cur} and at every value below it. */
  private void deep(Object cur, Seg inner, int i, List<Object> out, Object top) {
    Seg[] one = {inner};
    JsonPathExpr probe = new JsonPathExpr("", Root.INPUT, null, one, false);
    List<Object> found = new ArrayList<>();
    probe.collect(cur, 0, found, top);
    for (Object v : found) {
      collect(v, i + 1, out, top);
    }
    if (cur instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        deep(v, inner, i, out, top);
      }
    } else if (cur instanceof List<?> l) {
      for (Object v : l) {
        deep(v, inner, i, out, top);
      }
    }
  }

  /**
   * Explains why a definite path selected nothing, as Jayway words it.
   *
   * @param rootValue the root it was evaluated against
   * @return e.g. {@code Missing property in path $['no']} or {@code No results for path: $['x']}
   */
  String whyMissing(Object rootValue) {
    Object cur = rootValue;
    StringBuilder path = new StringBuilder(rootText());
    for (int i = 0; i < segs.length; i++) {
      Seg s = segs[i];
      s.appendNormalized(path);
      Object next = s.step(cur);
      if (next == MISSING) {
        if (i == segs.length - 1) {
          return "No results for path: " + path;
        }
        return "Missing property in path " + path;
      }
      cur = next;
    }
    return "No results for path: " + path;
  }

  /** The member name of the segment at {@code depth}, or {@code null} when it is not a name. */
  String keyAt(int depth) {
    return depth < segs.length && segs[depth] instanceof Key k ? k.name : null;
  }

  /** The path in Jayway's normalized form, e.g. {@code $['a'][0]}. */
  String normalized() {
    StringBuilder path = new StringBuilder(rootText());
    for (Seg s : segs) {
      s.appendNormalized(path);
    }
    return path.toString();
  }

  private String rootText() {
    return switch (root) {
      case INPUT -> "$";
      case CONTEXT -> "$$";
      case VARIABLE -> "$" + variable;
    };
  }

  /**
   * Writes {@code value} at this path inside {@code target}, creating missing objects, as
   * {@code ResultPath} does. The path must be definite and made of member names and indexes.
   *
   * @param target the state input (a copy the caller owns)
   * @param value the value to place
   * @return the new root (the value itself for {@code $})
   * @throws IllegalStateException with Jayway's words when the path cannot be applied
   */
  @SuppressWarnings("unchecked")
  Object put(Object target, Object value) {
    if (segs.length == 0) {
      return value;
    }
    Object cur = target;
    StringBuilder path = new StringBuilder("$");
    for (int i = 0; i < segs.length; i++) {
      Seg s = segs[i];
      boolean last = i == segs.length - 1;
      if (s instanceof Key k) {
        if (!(cur instanceof Map)) {
          throw new IllegalStateException("Invalid path '" + text + "' : Missing property in path "
              + path);
        }
        Map<String, Object> m = (Map<String, Object>) cur;
        if (last) {
          m.put(k.name, value);
          return target;
        }
        Object next = m.get(k.name);
        if (next == null || (!(next instanceof Map) && !(next instanceof List))) {
          next = new LinkedHashMap<String, Object>();
          m.put(k.name, next);
        }
        cur = next;
      } else if (s instanceof Index ix) {
        if (!(cur instanceof List)) {
          throw new IllegalStateException("Invalid path '" + text + "' : Missing property in path "
              + path);
        }
        List<Object> l = (List<Object>) cur;
        int j = ix.index < 0 ? l.size() + ix.index : ix.index;
        if (j < 0 || j >= l.size()) {
          throw new IllegalStateException("Invalid path '" + text + "' : Index out of bounds in path "
              + path);
        }
        if (last) {
          l.set(j, value);
          return target;
        }
        cur = l.get(j);
      } else {
        throw new IllegalStateException("Invalid path '" + text + "' : not a reference path");
      }
      s.appendNormalized(path);
    }
    return target;
  }

  @Override
  public String toString() {
    return text;
  }

  // ---- segments

  /** One step of a path. */
  private abstract static class Seg {
    /** The value below {@code cur} for definite steps, or {@link #MISSING}. */
    Object step(Object cur) {
      throw new UnsupportedOperationException();
    }

    abstract void appendNormalized(StringBuilder sb);
  }

  private static final class Key extends Seg {
    final String name;

    Key(String name) {
      this.name = name;
    }

    @Override
    Object step(Object cur) {
      if (cur instanceof Map<?, ?> m) {
        Object v = ((Map<?, ?>) m).get(name);
        if (v == null) {
          return MISSING;
        }
        return v;
      }
      return MISSING;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append("['").append(name).append("']");
    }
  }

  private static final class Index extends Seg {
    final int index;

    Index(int index) {
      this.index = index;
    }

    @Override
    Object step(Object cur) {
      if (cur instanceof List<?> l) {
        int j = index < 0 ? l.size() + index : index;
        if (j < 0 || j >= l.size()) {
          return MISSING;
        }
        Object v = l.get(j);
        return v == null ? MISSING : v;
      }
      return MISSING;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append('[').append(index).append(']');
    }
  }

  private static final class Wildcard extends Seg {
    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append("[*]");
    }
  }

  private static final class Keys extends Seg {
    final List<String> names;

    Keys(List<String> names) {
      this.names = names;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append('[');
      for (int i = 0; i < names.size(); i++) {
        sb.append(i > 0 ? "," : "").append('\'').append(names.get(i)).append('\'');
      }
      sb.append(']');
    }
  }

  private static final class Indexes extends Seg {
    final int[] indexes;

    Indexes(int[] indexes) {
      this.indexes = indexes;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append('[');
      for (int i = 0; i < indexes.length; i++) {
        sb.append(i > 0 ? "," : "").append(indexes[i]);
      }
      sb.append(']');
    }
  }

  private static final class Slice extends Seg {
    final Integer from;
    final Integer to;
    final int step;

    Slice(Integer from, Integer to, int step) {
      this.from = from;
      this.to = to;
      this.step = step;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append('[').append(from == null ? "" : from).append(':').append(to == null ? "" : to)
          .append(']');
    }
  }

  private static final class Filter extends Seg {
    final JsonPathFilter.Pred expr;
    final String source;

    Filter(JsonPathFilter.Pred expr, String source) {
      this.expr = expr;
      this.source = source;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append("[?(").append(source).append(")]");
    }
  }

  private static final class Deep extends Seg {
    final Seg inner;

    Deep(Seg inner) {
      this.inner = inner;
    }

    @Override
    void appendNormalized(StringBuilder sb) {
      sb.append("..");
      inner.appendNormalized(sb);
    }
  }

  // ---- parser

  /** Parses the path grammar AWS accepts. */
  private static final class PathParser {
    private final String s;
    private int i;

    PathParser(String s) {
      this.s = s;
    }

    JsonPathExpr parse() {
      if (!s.startsWith("$")) {
        throw bad("a path starts with $");
      }
      i = 1;
      Root root = Root.INPUT;
      String variable = null;
      if (i < s.length() && s.charAt(i) == '$') {
        root = Root.CONTEXT;
        i++;
      } else if (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
        int start = i;
        while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
          i++;
        }
        root = Root.VARIABLE;
        variable = s.substring(start, i);
      }
      List<Seg> segs = new ArrayList<>();
      boolean length = false;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '.') {
          if (s.startsWith("..", i)) {
            i += 2;
            Seg inner;
            if (i < s.length() && s.charAt(i) == '[') {
              inner = bracket();
            } else if (i < s.length() && s.charAt(i) == '*') {
              i++;
              inner = new Wildcard();
            } else {
              inner = new Key(name());
            }
            segs.add(new Deep(inner));
            continue;
          }
          i++;
          if (i < s.length() && s.charAt(i) == '*') {
            i++;
            segs.add(new Wildcard());
            continue;
          }
          String n = name();
          if (n.equals("length()") && i == s.length()) {
            length = true;
            continue;
          }
          segs.add(new Key(n));
        } else if (c == '[') {
          segs.add(bracket());
        } else {
          throw bad("unexpected '" + c + "'");
        }
      }
      return new JsonPathExpr(s, root, variable, segs.toArray(new Seg[0]), length);
    }

    private String name() {
      int start = i;
      while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
        i++;
      }
      if (i == start) {
        throw bad("empty member name");
      }
      return s.substring(start, i);
    }

    private Seg bracket() {
      i++; // [
      skipSpaces();
      if (i >= s.length()) {
        throw bad("unclosed [");
      }
      char c = s.charAt(i);
      Seg seg;
      if (c == '*') {
        i++;
        seg = new Wildcard();
      } else if (c == '\'' || c == '"') {
        List<String> names = new ArrayList<>();
        while (true) {
          names.add(quoted());
          skipSpaces();
          if (i < s.length() && s.charAt(i) == ',') {
            i++;
            skipSpaces();
            continue;
          }
          break;
        }
        seg = names.size() == 1 ? new Key(names.get(0)) : new Keys(names);
      } else if (c == '?') {
        i++;
        skipSpaces();
        expect('(');
        int start = i;
        int depth = 1;
        boolean inString = false;
        char quote = 0;
        while (i < s.length() && depth > 0) {
          char d = s.charAt(i);
          if (inString) {
            if (d == '\\') {
              i++;
            } else if (d == quote) {
              inString = false;
            }
          } else if (d == '\'' || d == '"') {
            inString = true;
            quote = d;
          } else if (d == '(') {
            depth++;
          } else if (d == ')') {
            depth--;
          }
          i++;
        }
        if (depth != 0) {
          throw bad("unclosed filter");
        }
        String source = s.substring(start, i - 1);
        seg = new Filter(JsonPathFilter.parse(source, s), source);
      } else {
        int start = i;
        while (i < s.length() && s.charAt(i) != ']') {
          i++;
        }
        String body = s.substring(start, i).strip();
        seg = numeric(body);
      }
      skipSpaces();
      expect(']');
      return seg;
    }

    private Seg numeric(String body) {
      try {
        if (body.contains(":")) {
          String[] p = body.split(":", -1);
          Integer from = p[0].isBlank() ? null : Integer.parseInt(p[0].strip());
          Integer to = p.length > 1 && !p[1].isBlank() ? Integer.parseInt(p[1].strip()) : null;
          int step = p.length > 2 && !p[2].isBlank() ? Integer.parseInt(p[2].strip()) : 1;
          if (step <= 0) {
            throw bad("slice step must be positive");
          }
          return new Slice(from, to, step);
        }
        if (body.contains(",")) {
          String[] p = body.split(",");
          int[] ix = new int[p.length];
          for (int k = 0; k < p.length; k++) {
            ix[k] = Integer.parseInt(p[k].strip());
          }
          return new Indexes(ix);
        }
        return new Index(Integer.parseInt(body));
      } catch (NumberFormatException e) {
        throw bad("expected an index, a slice, * or a quoted name in [ ]");
      }
    }

    private String quoted() {
      char q = s.charAt(i++);
      StringBuilder sb = new StringBuilder();
      while (i < s.length() && s.charAt(i) != q) {
        char c = s.charAt(i++);
        // only the quote itself is escaped; any other backslash is part of the name
        if (c == '\\' && i < s.length() && s.charAt(i) == q) {
          c = s.charAt(i++);
        }
        sb.append(c);
      }
      if (i >= s.length()) {
        throw bad("unterminated quoted name");
      }
      i++;
      return sb.toString();
    }

    private void skipSpaces() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw bad("expected '" + c + "'");
      }
      i++;
    }

    private IllegalArgumentException bad(String what) {
      return new IllegalArgumentException("invalid JSONPath '" + s + "': " + what);
    }
  }

  /**
   * Tells whether a value is absent from a map, telling JSON null ({@link Json#NULL}) from a missing
   * member.
   */
  static boolean absent(Object v) {
    return v == null || v == MISSING;
  }
}
