package io.asl4j.validation;

import io.asl4j.syntax.JsonPathSyntax;
import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import java.util.ArrayList;
import java.util.List;

/**
 * A definite path ({@code $.a['b'][0]}) as steps, and what reading it from a {@link Shape} finds,
 * writing a result at it (ResultPath) and learning from a Choice that it is or is not there. Paths
 * that may select several values (wildcards, filters, slices, deep scans) are not followed: the
 * analysis says nothing about them.
 *
 * @param root {@code $}, {@code $$} or {@code $name}
 * @param steps member names (String) and indexes (Integer)
 * @param text the path as written, less spaces at its end
 */
record ShapePath(String root, List<Object> steps, String text) {

  /** What reading a path found. */
  enum Found {
    /** The value is there on every route. */
    PRESENT,
    /** The value is missing on some route. */
    MAYBE,
    /** The value is certainly not there: the read fails. */
    ABSENT,
    /** Nothing is known. */
    UNKNOWN
  }

  /**
   * The outcome of a read.
   *
   * @param found whether the value is there
   * @param shape the value's shape when it may be there
   * @param step the step where the read fails or may fail (its index), else -1
   * @param at the shape at that step's parent, else null
   * @param moved when an unknown member is read from an object that has the rest of the path at
   *     its top (the data moved up, say by an OutputPath), that shorter path; else null
   * @param made the nearest value at or above {@code at} that says where it was made, or null
   * @param madeStep the step of that value
   */
  record Read(Found found, Shape shape, int step, Shape at, String moved, Shape made,
      int madeStep) {
    static final Read UNKNOWN = new Read(Found.UNKNOWN, Shape.ANY, -1, null, null, null, -1);
  }

  /** Parses a path, or returns null when it is not definite (or not a path). */
  static ShapePath parse(String original) {
    String text = JsonPathSyntax.withoutTrailingSpaces(original);
    if (!text.startsWith("$")) {
      return null;
    }
    int i = 1;
    String root = "$";
    if (text.startsWith("$$")) {
      root = "$$";
      i = 2;
    } else {
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
          || text.charAt(i) == '_')) {
        i++;
      }
      root = text.substring(0, i);
    }
    List<Object> steps = new ArrayList<>();
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int start = ++i;
        while (i < text.length() && isNameChar(text.charAt(i))) {
          i++;
        }
        if (i == start) {
          return null;
        }
        steps.add(text.substring(start, i));
      } else if (c == '[' && i + 1 < text.length()) {
        char q = text.charAt(i + 1);
        if (q == '\'' || q == '"') {
          int end = text.indexOf(q, i + 2);
          if (end < 0 || end + 1 >= text.length() || text.charAt(end + 1) != ']'
              || text.substring(i + 2, end).indexOf('\\') >= 0) {
            return null;
          }
          steps.add(text.substring(i + 2, end));
          i = end + 2;
        } else {
          int end = text.indexOf(']', i);
          if (end < 0) {
            return null;
          }
          String index = text.substring(i + 1, end).strip();
          if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(Character::isDigit)) {
            return null;
          }
          steps.add(Integer.valueOf(index));
          i = end + 1;
        }
      } else {
        return null;
      }
    }
    return new ShapePath(root, List.copyOf(steps), text);
  }

  private static boolean isNameChar(char c) {
    return !(c == '.' || c == '[' || c == ']' || c == '(' || c == ')' || c == '\'' || c == '"'
        || c == '*' || c == '?' || c == ',' || c == '$' || c == '@' || c == ':'
        || Character.isWhitespace(c));
  }

  /** The path of the first {@code n} steps, as text, e.g. {@code $.a.b}. */
  String prefix(int n) {
    StringBuilder sb = new StringBuilder(root);
    for (int k = 0; k < n; k++) {
      Object s = steps.get(k);
      if (s instanceof Integer index) {
        sb.append('[').append(index).append(']');
      } else if (isPlainName((String) s)) {
        sb.append('.').append(s);
      } else {
        sb.append("['").append(s).append("']");
      }
    }
    return sb.toString();
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (!isNameChar(name.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Reads the path's steps, from {@code from} on, in a shape. */
  Read read(Shape shape, int from) {
    Shape cur = shape;
    int maybe = -1;
    Shape maybeAt = null;
    Shape made = null;
    int madeStep = -1;
    Shape maybeMade = null;
    int maybeMadeStep = -1;
    for (int k = from; k < steps.size(); k++) {
      Object step = steps.get(k);
      if (cur.origin != null) {
        made = cur;
        madeStep = k;
      }
      switch (cur.kind) {
        case ANY -> {
          return maybe >= 0 ? new Read(Found.MAYBE, Shape.ANY, maybe, maybeAt, null, maybeMade,
              maybeMadeStep) : Read.UNKNOWN;
        }
        case OBJECT -> {
          if (!(step instanceof String name)) {
            return Read.UNKNOWN;
          }
          Member m = cur.member(name);
          Presence p = cur.presence(name);
          if (p == Presence.ABSENT) {
            return new Read(Found.ABSENT, null, k, cur, null, made, madeStep);
          } else if (p == Presence.UNKNOWN) {
            if (maybe >= 0) {
              return new Read(Found.MAYBE, Shape.ANY, maybe, maybeAt, null, maybeMade,
                  maybeMadeStep);
            }
            return new Read(Found.UNKNOWN, Shape.ANY, k, cur, moved(cur, k), made, madeStep);
          } else if (p == Presence.MAYBE && maybe < 0) {
            maybe = k;
            maybeAt = cur;
            maybeMade = made;
            maybeMadeStep = madeStep;
          }
          cur = m == null ? Shape.ANY : m.shape();
        }
        case ARRAY -> {
          if (!(step instanceof Integer index)) {
            return maybe >= 0 ? new Read(Found.MAYBE, Shape.ANY, maybe, maybeAt, null, maybeMade,
                maybeMadeStep) : Read.UNKNOWN;
          }
          if (cur.items != null) {
            if (index >= cur.items.size()) {
              return new Read(Found.ABSENT, null, k, cur, null, made, madeStep);
            }
            cur = cur.items.get(index);
          } else {
            cur = cur.element; // an element, if there is one; if not, the read fails anyway
          }
        }
        default -> {
          return new Read(Found.ABSENT, null, k, cur, null, made, madeStep); // into a scalar
        }
      }
    }
    return maybe >= 0 ? new Read(Found.MAYBE, cur, maybe, maybeAt, null, maybeMade,
        maybeMadeStep) : new Read(Found.PRESENT, cur, -1, null, null, null, -1);
  }

  /**
   * The shorter path when the steps after an unknown member are there at the top of the same
   * object: {@code $.data.x} read where {@code $.x} is known suggests {@code $.x}.
   */
  private String moved(Shape object, int k) {
    if (k + 1 >= steps.size()) {
      return null;
    }
    ShapePath rest = new ShapePath(root, steps.subList(k + 1, steps.size()), null);
    Read r = rest.read(object, 0);
    if (r.found != Found.PRESENT) {
      return null;
    }
    List<Object> shorter = new ArrayList<>(steps.subList(0, k));
    shorter.addAll(steps.subList(k + 1, steps.size()));
    return new ShapePath(root, shorter, null).prefix(shorter.size());
  }

  /** Writes {@code value} at this path of {@code base}, as ResultPath does. */
  Shape write(Shape base, Shape value) {
    return Shape.limit(write(base, 0, value));
  }

  private Shape write(Shape base, int k, Shape value) {
    if (k == steps.size()) {
      return value;
    }
    if (!(steps.get(k) instanceof String name)) {
      return Shape.ANY; // into an array element: not followed
    }
    if (base.kind != Shape.Kind.OBJECT && base.kind != Shape.Kind.ANY) {
      return Shape.ANY; // fails at run time (States.ResultPathMatchFailure)
    }
    Shape object = base.kind == Shape.Kind.ANY ? Shape.OPEN : base;
    Member old = object.member(name);
    Presence p = object.presence(name);
    Shape inner;
    if (p == Presence.CERTAIN) {
      inner = write(old.shape(), k + 1, value);
    } else if (p == Presence.ABSENT) {
      inner = write(Shape.EMPTY, k + 1, value);
    } else {
      // there or not: merged into what is there, or into a new object
      Shape there = old == null ? Shape.ANY : old.shape();
      inner = Shape.join(write(there, k + 1, value), write(Shape.EMPTY, k + 1, value));
    }
    return object.with(name, new Member(inner, Presence.CERTAIN));
  }

  /** Learns that the value at this path is there (or, with {@code ABSENT}, that it is not). */
  Shape refine(Shape base, Presence presence) {
    return steps.isEmpty() ? base : refine(base, 0, presence);
  }

  private Shape refine(Shape base, int k, Presence presence) {
    if (!(steps.get(k) instanceof String name) || base.kind != Shape.Kind.OBJECT) {
      return base;
    }
    Member old = base.member(name);
    boolean last = k == steps.size() - 1;
    if (last) {
      if (presence == Presence.ABSENT) {
        return base.with(name, new Member(Shape.ANY, Presence.ABSENT));
      }
      return base.with(name, new Member(old == null ? Shape.ANY : old.shape(),
          Presence.CERTAIN));
    }
    if (old == null || old.presence() == Presence.ABSENT) {
      return base;
    }
    Shape inner = refine(old.shape(), k + 1, presence);
    // a value inside it was found (or, for absent, is there to be looked into): it is there
    return base.with(name, new Member(inner, presence == Presence.ABSENT ? old.presence()
        : Presence.CERTAIN));
  }
}
