package io.asl4j.validation;

import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonShape;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the data-flow analysis knows about a JSON value at one point of a workflow: anything, a
 * scalar kind, an array (of known length or not), or an object whose members are each certainly
 * there, certainly not, there on some routes only, or of unknown presence. Immutable; shapes are
 * joined where routes meet, and {@link #join} only ever loses knowledge, so loops reach a fixed
 * point.
 *
 * <p>Each shape may say where it was made ({@link #origin}, e.g. {@code the result of "A"}) for
 * the messages.
 */
final class Shape {

  /** The kinds of value. */
  enum Kind { ANY, STRING, NUMBER, BOOLEAN, NULL, ARRAY, OBJECT }

  /** Whether an object's member is there. */
  enum Presence {
    /** Always there. */
    CERTAIN,
    /** There or not, nothing known either way (an open object may have it). */
    UNKNOWN,
    /** Missing on some route, there on others. */
    MAYBE,
    /** Never there. */
    ABSENT;

    /** The presence where two routes meet. */
    Presence join(Presence other) {
      if (this == other) {
        return this;
      }
      if (this == MAYBE || other == MAYBE || this == ABSENT || other == ABSENT) {
        return MAYBE;
      }
      return UNKNOWN; // CERTAIN with UNKNOWN
    }
  }

  /** A member of an object shape. */
  record Member(Shape shape, Presence presence) {}

  /**
   * Nesting past this depth is forgotten where routes meet and where results are written, so that
   * shapes growing in a loop reach a fixed point.
   */
  static final int MAX_DEPTH = 12;

  static final Shape ANY = new Shape(Kind.ANY, null, null, Map.of(), false, null);
  static final Shape STRING = new Shape(Kind.STRING, null, null, Map.of(), false, null);
  static final Shape NUMBER = new Shape(Kind.NUMBER, null, null, Map.of(), false, null);
  static final Shape BOOLEAN = new Shape(Kind.BOOLEAN, null, null, Map.of(), false, null);
  static final Shape NULL = new Shape(Kind.NULL, null, null, Map.of(), false, null);
  static final Shape EMPTY = object(Map.of(), false, null);
  static final Shape OPEN = object(Map.of(), true, null);

  final Kind kind;
  /** An array's element shape (every element), or null. */
  final Shape element;
  /** An array's elements when its length is known, or null. */
  final List<Shape> items;
  /** An object's known members, in order. */
  final Map<String, Member> members;
  /** Whether an object may have members besides {@link #members}. */
  final boolean open;
  /** Where the value was made, for messages, or null. */
  final Origin origin;
  /** The nesting depth, worked out when first needed; -1 until then. */
  private int depth = -1;
  private int hash;

  private Shape(Kind kind, Shape element, List<Shape> items, Map<String, Member> members,
      boolean open, Origin origin) {
    this.kind = kind;
    this.element = element;
    this.items = items;
    this.members = members;
    this.open = open;
    this.origin = origin;
  }

  /** The nesting depth: 0 for a scalar or anything, 1 + the deepest part for the others. */
  int depth() {
    int d = depth;
    if (d < 0) {
      d = 0;
      if (element != null) {
        d = element.depth();
      }
      if (items != null) {
        for (Shape s : items) {
          d = Math.max(d, s.depth());
        }
      }
      for (Member m : members.values()) {
        d = Math.max(d, m.shape.depth());
      }
      d = kind == Kind.ARRAY || kind == Kind.OBJECT ? d + 1 : 0;
      depth = d;
    }
    return d;
  }

  /**
   * An empty map for {@code n} members, in order, sized so that it never grows: objects are built
   * member by member for every payload of every state.
   */
  static Map<String, Member> members(int n) {
    return new LinkedHashMap<>(n * 4 / 3 + 1);
  }

  static Shape object(Map<String, Member> members, boolean open, Origin origin) {
    return new Shape(Kind.OBJECT, null, null, Collections.unmodifiableMap(members), open, origin);
  }

  static Shape array(Shape element, Origin origin) {
    return new Shape(Kind.ARRAY, element, null, Map.of(), false, origin);
  }

  static Shape tuple(List<Shape> items, Origin origin) {
    Shape element = null;
    for (Shape s : items) {
      element = element == null ? s : join(element, s);
    }
    return new Shape(Kind.ARRAY, element == null ? ANY : element, List.copyOf(items), Map.of(),
        false, origin);
  }

  /** The same value, said to come from {@code where}. */
  Shape from(Origin where) {
    if (Objects.equals(where, origin) || kind == Kind.ANY) {
      return this;
    }
    if (where == null) {
      switch (kind) {
        case STRING -> {
          return STRING;
        }
        case NUMBER -> {
          return NUMBER;
        }
        case BOOLEAN -> {
          return BOOLEAN;
        }
        case NULL -> {
          return NULL;
        }
        default -> { }
      }
    }
    return new Shape(kind, element, items, members, open, where);
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isScalar() {
    return kind != Kind.ANY && kind != Kind.ARRAY && kind != Kind.OBJECT;
  }

  /** The presence of an object's member: listed, or absent from a closed object. */
  Presence presence(String name) {
    Member m = members.get(name);
    return m != null ? m.presence : open ? Presence.UNKNOWN : Presence.ABSENT;
  }

  /** Where two routes meet: only what both say. */
  static Shape join(Shape a, Shape b) {
    if (a == b || b == null) {
      return a;
    }
    if (a == null) {
      return b;
    }
    if (a.kind != b.kind || a.kind == Kind.ANY) {
      return ANY;
    }
    Origin origin = Objects.equals(a.origin, b.origin) ? a.origin : null;
    switch (a.kind) {
      case ARRAY -> {
        if (a.items != null && b.items != null && a.items.size() == b.items.size()) {
          List<Shape> items = new ArrayList<>(a.items.size());
          for (int i = 0; i < a.items.size(); i++) {
            items.add(join(a.items.get(i), b.items.get(i)));
          }
          return tuple(items, origin);
        }
        return array(join(a.element, b.element), origin);
      }
      case OBJECT -> {
        Map<String, Member> m = members(a.members.size() + b.members.size());
        for (Map.Entry<String, Member> e : a.members.entrySet()) {
          Member other = b.members.get(e.getKey());
          m.put(e.getKey(), other != null ? joinMember(e.getValue(), other)
              : joinMember(e.getValue(), b.open));
        }
        for (Map.Entry<String, Member> e : b.members.entrySet()) {
          if (!a.members.containsKey(e.getKey())) {
            m.put(e.getKey(), joinMember(e.getValue(), a.open));
          }
        }
        return limit(object(m, a.open || b.open, origin));
      }
      default -> {
        return origin == a.origin ? a : a.from(null);
      }
    }
  }

  private static Member joinMember(Member a, Member b) {
    Presence p = a.presence.join(b.presence);
    Shape s = a.presence == Presence.ABSENT ? b.shape : b.presence == Presence.ABSENT ? a.shape
        : join(a.shape, b.shape);
    return new Member(s, p);
  }

  /** A member listed on one route only: the other route's object is open or lacks it. */
  private static Member joinMember(Member a, boolean otherOpen) {
    if (otherOpen) {
      // the other route may have it, with any value
      return new Member(ANY, a.presence == Presence.CERTAIN ? Presence.UNKNOWN
          : a.presence == Presence.ABSENT ? Presence.MAYBE : a.presence);
    }
    return new Member(a.shape, a.presence.join(Presence.ABSENT));
  }

  /** Forgets nesting past {@link #MAX_DEPTH}. */
  static Shape limit(Shape s) {
    return s.depth() <= MAX_DEPTH ? s : cut(s, MAX_DEPTH);
  }

  private static Shape cut(Shape s, int depth) {
    if (s.depth() <= depth) {
      return s;
    }
    if (depth == 0) {
      return ANY;
    }
    if (s.kind == Kind.ARRAY) {
      return s.items == null ? array(cut(s.element, depth - 1), s.origin)
          : tuple(s.items.stream().map(i -> cut(i, depth - 1)).toList(), s.origin);
    }
    Map<String, Member> m = new LinkedHashMap<>();
    for (Map.Entry<String, Member> e : s.members.entrySet()) {
      m.put(e.getKey(), new Member(cut(e.getValue().shape, depth - 1), e.getValue().presence));
    }
    return object(m, s.open, s.origin);
  }

  /** The shape of a constant JSON value; expressions inside are anything. */
  static Shape of(Value v, Origin origin) {
    if (v instanceof JsonString) {
      return STRING;
    } else if (v instanceof JsonNumber) {
      return NUMBER;
    } else if (v instanceof JsonBoolean) {
      return BOOLEAN;
    } else if (v instanceof JsonNull) {
      return NULL;
    } else if (v instanceof JsonArray a) {
      List<Shape> items = new ArrayList<>(a.size());
      for (Value e : a.elements()) {
        items.add(of(e, null));
      }
      return tuple(items, origin);
    } else if (v instanceof JsonObject o) {
      Map<String, Member> m = members(o.members().size());
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        m.put(e.getKey(), new Member(of(e.getValue(), null), Presence.CERTAIN));
      }
      return object(m, false, origin);
    }
    return ANY; // an expression
  }

  /** The analysis's form of a documented shape. */
  static Shape of(JsonShape s) {
    if (s instanceof JsonShape.Scalar scalar) {
      return switch (scalar) {
        case STRING -> STRING;
        case NUMBER -> NUMBER;
        case BOOLEAN -> BOOLEAN;
        case NULL -> NULL;
      };
    } else if (s instanceof JsonShape.ArrayOf a) {
      return array(of(a.element()), null);
    } else if (s instanceof JsonShape.TupleOf t) {
      return tuple(t.elements().stream().map(Shape::of).toList(), null);
    } else if (s instanceof JsonShape.ObjectOf o) {
      Map<String, Member> m = new LinkedHashMap<>();
      for (Map.Entry<String, JsonShape.Member> e : o.members().entrySet()) {
        m.put(e.getKey(), new Member(of(e.getValue().shape()),
            e.getValue().required() ? Presence.CERTAIN : Presence.MAYBE));
      }
      return object(m, o.open(), null);
    }
    return ANY;
  }

  /** "a string", "an object", ... for messages. */
  String kindName() {
    return switch (kind) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case ARRAY -> items != null ? "an array of " + items.size() + " element"
          + (items.size() == 1 ? "" : "s") : "an array";
      case OBJECT -> "an object";
      default -> "anything";
    };
  }

  /** The members that are there for sure or on some routes: {@code a, b and c}, for messages. */
  String memberList() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Member> e : members.entrySet()) {
      if (e.getValue().presence != Presence.ABSENT) {
        names.add(e.getKey());
      }
    }
    if (names.isEmpty()) {
      return "";
    }
    if (names.size() > 12) {
      names = new ArrayList<>(names.subList(0, 12));
      names.add("...");
    }
    return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0,
        names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Shape s && kind == s.kind && open == s.open && hashCode() == s.hashCode()
        && Objects.equals(element, s.element) && Objects.equals(items, s.items)
        && members.equals(s.members) && Objects.equals(origin, s.origin);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(new Object[] {kind, element, items, members, open, origin});
      hash = h == 0 ? 1 : h;
    }
    return hash;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ARRAY -> items != null ? items.toString() : "[" + element + "...]";
      case OBJECT -> {
        StringBuilder sb = new StringBuilder("{");
        members.forEach((k, m) -> sb.append(sb.length() > 1 ? ", " : "").append(k)
            .append(switch (m.presence) {
              case CERTAIN -> "";
              case UNKNOWN -> "?";
              case MAYBE -> "~";
              case ABSENT -> "!";
            }).append(": ").append(m.shape));
        yield sb.append(open ? (members.isEmpty() ? "..." : ", ...") : "").append('}').toString();
      }
      default -> kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
