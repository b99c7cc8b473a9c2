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
import java.util.HashMap;
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

  /** Objects with more members than this find them by a hash index, smaller ones by a scan. */
  private static final int SCANNED = 8;
  private static final String[] NO_NAMES = {};
  private static final Member[] NO_MEMBERS = {};

  static final Shape ANY = scalar(Kind.ANY);
  static final Shape STRING = scalar(Kind.STRING);
  static final Shape NUMBER = scalar(Kind.NUMBER);
  static final Shape BOOLEAN = scalar(Kind.BOOLEAN);
  static final Shape NULL = scalar(Kind.NULL);
  static final Shape EMPTY = object(new Members(0), false, null);
  static final Shape OPEN = object(new Members(0), true, null);

  final Kind kind;
  /** An array's element shape (every element), or null. */
  final Shape element;
  /** An array's elements when its length is known, or null. */
  final List<Shape> items;
  /**
   * An object's known members' names, in order; with {@link #members}, a small immutable map
   * (shared between shapes, never changed): objects are made for every payload of every state.
   */
  private final String[] names;
  /** The members of {@link #names}, in the same order. */
  private final Member[] members;
  /** The position of each member by name, for an object with many; null for the others. */
  private final Map<String, Integer> index;
  /** Whether an object may have members besides {@link #members}. */
  final boolean open;
  /** Where the value was made, for messages, or null. */
  final Origin origin;
  /** The nesting depth, worked out when first needed; -1 until then. */
  private int depth = -1;
  private int hash;

  private Shape(Kind kind, Shape element, List<Shape> items, String[] names, Member[] members,
      Map<String, Integer> index, boolean open, Origin origin) {
    this.kind = kind;
    this.element = element;
    this.items = items;
    this.names = names;
    this.members = members;
    this.index = index;
    this.open = open;
    this.origin = origin;
  }

  private static Shape scalar(Kind kind) {
    return new Shape(kind, null, null, NO_NAMES, NO_MEMBERS, null, false, null);
  }

  /**
   * An object's members while it is built, in order; {@link Shape#object} takes them over (the
   * builder is not used after that).
   */
  static final class Members {
    private String[] names;
    private Member[] members;
    private int size;

    /** Room for {@code capacity} members (more still fit). */
    Members(int capacity) {
      names = capacity == 0 ? NO_NAMES : new String[capacity];
      members = capacity == 0 ? NO_MEMBERS : new Member[capacity];
    }

    /** Appends a member whose name is not there yet. */
    void add(String name, Member m) {
      if (size == names.length) {
        int capacity = Math.max(4, size * 2);
        names = Arrays.copyOf(names, capacity);
        members = Arrays.copyOf(members, capacity);
      }
      names[size] = name;
      members[size++] = m;
    }
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
      for (Member m : members) {
        d = Math.max(d, m.shape.depth());
      }
      d = kind == Kind.ARRAY || kind == Kind.OBJECT ? d + 1 : 0;
      depth = d;
    }
    return d;
  }

  /** An object of these members (taken over: the builder is not used again). */
  static Shape object(Members members, boolean open, Origin origin) {
    int n = members.size;
    String[] names = n == members.names.length ? members.names : Arrays.copyOf(members.names, n);
    Member[] values = n == members.members.length ? members.members
        : Arrays.copyOf(members.members, n);
    return object(names, values, open, origin);
  }

  private static Shape object(String[] names, Member[] members, boolean open, Origin origin) {
    Map<String, Integer> index = null;
    if (names.length > SCANNED) {
      index = new HashMap<>(names.length * 4 / 3 + 1);
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
    }
    return new Shape(Kind.OBJECT, null, null, names, members, index, open, origin);
  }

  static Shape array(Shape element, Origin origin) {
    return new Shape(Kind.ARRAY, element, null, NO_NAMES, NO_MEMBERS, null, false, origin);
  }

  /** How many members an object lists. */
  int memberCount() {
    return names.length;
  }

  /** The name of the object's {@code i}th member. */
  String name(int i) {
    return names[i];
  }

  /** The object's {@code i}th member. */
  Member member(int i) {
    return members[i];
  }

  /** The member listed by that name, or null. */
  Member member(String name) {
    int i = indexOf(name);
    return i < 0 ? null : members[i];
  }

  private int indexOf(String name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * This object with the member {@code name} set to {@code m}: in its place when it is listed,
   * else last.
   */
  Shape with(String name, Member m) {
    int i = indexOf(name);
    if (i >= 0) {
      Member[] values = members.clone();
      values[i] = m;
      return new Shape(Kind.OBJECT, null, null, names, values, index, open, origin);
    }
    int n = names.length;
    String[] more = Arrays.copyOf(names, n + 1);
    Member[] values = Arrays.copyOf(members, n + 1);
    more[n] = name;
    values[n] = m;
    return object(more, values, open, origin);
  }

  static Shape tuple(List<Shape> items, Origin origin) {
    Shape element = null;
    for (Shape s : items) {
      element = element == null ? s : join(element, s);
    }
    return new Shape(Kind.ARRAY, element == null ? ANY : element, List.copyOf(items), NO_NAMES,
        NO_MEMBERS, null, false, origin);
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
    return new Shape(kind, element, items, names, members, index, open, where);
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isScalar() {
    return kind != Kind.ANY && kind != Kind.ARRAY && kind != Kind.OBJECT;
  }

  /** The presence of an object's member: listed, or absent from a closed object. */
  Presence presence(String name) {
    Member m = member(name);
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
        Members m = new Members(a.names.length + b.names.length);
        for (int i = 0; i < a.names.length; i++) {
          String name = a.names[i];
          // the same order on both routes is the common case: no lookup then
          Member other = i < b.names.length && b.names[i].equals(name) ? b.members[i]
              : b.member(name);
          m.add(name, other != null ? joinMember(a.members[i], other)
              : joinMember(a.members[i], b.open));
        }
        for (int i = 0; i < b.names.length; i++) {
          String name = b.names[i];
          if (!(i < a.names.length && a.names[i].equals(name)) && a.indexOf(name) < 0) {
            m.add(name, joinMember(b.members[i], a.open));
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
    Member[] m = new Member[s.members.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = new Member(cut(s.members[i].shape, depth - 1), s.members[i].presence);
    }
    return new Shape(Kind.OBJECT, null, null, s.names, m, s.index, s.open, s.origin);
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
      Members m = new Members(o.members().size());
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        m.add(e.getKey(), new Member(of(e.getValue(), null), Presence.CERTAIN));
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
      Members m = new Members(o.members().size());
      for (Map.Entry<String, JsonShape.Member> e : o.members().entrySet()) {
        m.add(e.getKey(), new Member(of(e.getValue().shape()),
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
    for (int i = 0; i < members.length; i++) {
      if (members[i].presence != Presence.ABSENT) {
        names.add(this.names[i]);
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
        && sameMembers(s) && Objects.equals(origin, s.origin);
  }

  /** Whether both objects list the same members, in whatever order (as maps are equal). */
  private boolean sameMembers(Shape s) {
    if (names.length != s.names.length) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      Member other = s.names[i].equals(names[i]) ? s.members[i] : s.member(names[i]);
      if (!members[i].equals(other)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      int m = 0; // as a map's: the same whatever the order
      for (int i = 0; i < names.length; i++) {
        m += names[i].hashCode() ^ members[i].hashCode();
      }
      h = kind.hashCode();
      h = 31 * h + Objects.hashCode(element);
      h = 31 * h + Objects.hashCode(items);
      h = 31 * h + m;
      h = 31 * h + Boolean.hashCode(open);
      h = 31 * h + Objects.hashCode(origin);
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
        for (int i = 0; i < names.length; i++) {
          Member m = members[i];
          sb.append(sb.length() > 1 ? ", " : "").append(names[i]).append(switch (m.presence) {
            case CERTAIN -> "";
            case UNKNOWN -> "?";
            case MAYBE -> "~";
            case ABSENT -> "!";
          }).append(": ").append(m.shape);
        }
        yield sb.append(open ? (names.length == 0 ? "..." : ", ...") : "").append('}').toString();
      }
      default -> kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
