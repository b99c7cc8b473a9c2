package io.asl4j.json;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.model.AslEnum;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Path;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the members of one JSON object read as an ASL record, and reads the current member as the
 * type its field takes (a string, a number, a path, one of an enum's names, ...). Keeps the
 * member names seen on the cursor's name stack for duplicate and presence checks.
 */
final class RecordCursor {

  final ReadCursor c;
  final Pointer pointer;
  /** Where the object starts. */
  final long position;
  /** Where this object's member names begin on the name stack. */
  private final int mark;
  /** The number of problems before this object, to tell whether a part of it failed. */
  private final int before;
  /** Where the current member's name is. */
  long namePosition;

  RecordCursor(ReadCursor c, Pointer pointer, long position) {
    this.c = c;
    this.pointer = pointer;
    this.position = position;
    this.mark = c.top;
    this.before = c.problems.size();
  }

  /** Moves to the next member's value; false at the end of the object. */
  boolean next() throws IOException {
    Tokens t = c.t;
    if (t.next() != JsonToken.FIELD_NAME) {
      return false;
    }
    String name = t.name();
    namePosition = t.position();
    String[] names = c.names;
    int top = c.top;
    for (int i = mark; i < top; i++) {
      if (names[i].equals(name)) {
        // only a buffered fast-path object can get here: the located parser rejects duplicates
        throw Mapper.Bail.INSTANCE;
      }
    }
    if (top == names.length) {
      c.names = names = Arrays.copyOf(names, top * 2);
      c.namePositions = Arrays.copyOf(c.namePositions, top * 2);
    }
    names[top] = name;
    c.namePositions[top] = namePosition;
    c.top = top + 1;
    t.next();
    return true;
  }

  /** The current member's name. */
  String name() {
    return c.names[c.top - 1];
  }

  /** The current member's pointer. */
  Pointer member() {
    return pointer.child(name());
  }

  boolean has(String name) {
    return indexOf(name) >= 0;
  }

  long positionOf(String name) {
    return c.namePositions[indexOf(name)];
  }

  private int indexOf(String name) {
    for (int i = mark; i < c.top; i++) {
      if (c.names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a problem was found inside this object. */
  boolean failed() {
    return c.problems.size() > before;
  }

  /** Forgets this object's member names; the record's checks are done. */
  void close() {
    c.top = mark;
  }

  /**
   * Reports {@code field} missing from the object.
   *
   * @param value what was read for the field, or null: a value read proves the field present
   *     without searching the names
   */
  void require(Object value, String field, String where, String what) {
    if (value == null && !has(field)) {
      c.problem(position, pointer, "MISSING_FIELD", "missing " + Node.quote(field, 40) + "; "
          + where + " needs " + what);
    }
  }

  /**
   * Handles the current member, which the record does not know: kept verbatim, or a problem.
   *
   * @param kept the members kept so far, or null
   * @return the members kept, with this one when unknown members are kept
   */
  Map<String, Value> unknown(Map<String, Value> kept, String where, String[] allowed)
      throws IOException {
    String name = name();
    if (c.keepUnknown) {
      Map<String, Value> m = kept == null ? new LinkedHashMap<>() : kept;
      Value v = ValueReader.value(c, pointer.child(name), Mapper.ValueMode.LITERAL);
      if (v != null) {
        m.put(name, v);
      }
      return m;
    }
    String allowedList = "; " + where + " allows " + Suggestions.list(allowed);
    if (FieldTables.isKnownAslField(name)) {
      c.problem(namePosition, pointer.child(name), "FIELD_NOT_ALLOWED", "field "
          + Node.quote(name, 60) + " is not allowed in " + where + allowedList);
    } else {
      c.problem(namePosition, pointer.child(name), "UNKNOWN_FIELD", "unknown field "
          + Node.quote(name, 60) + " in " + where
          + Suggestions.suggestion(name, allowed, allowedList));
    }
    c.t.skipChildren();
    return kept;
  }

  // ---------------------------------------------------------------- the current member, typed

  String string() throws IOException {
    if (c.t.current() == JsonToken.VALUE_STRING) {
      return c.t.text();
    }
    typeProblem("a string");
    return null;
  }

  /**
   * Reads a {@code Resource}: a string, as {@link #string()} does, with a hint when the value is a
   * CloudFormation intrinsic ({@code {"Fn::GetAtt": [...]}}, {@code {"Ref": ...}}), which means the
   * definition was copied out of a template without its substitutions.
   */
  String resource() throws IOException {
    if (c.t.current() != JsonToken.START_OBJECT) {
      return string();
    }
    long at = c.t.position();
    String first = null;
    int members = 0;
    while (c.t.next() == JsonToken.FIELD_NAME) {
      if (members++ == 0) {
        first = c.t.name();
      }
      c.t.next();
      c.t.skipChildren();
    }
    boolean intrinsic = members == 1 && (first.equals("Ref") || first.startsWith("Fn::"));
    c.problem(at, member(), "WRONG_TYPE", "expected a string, found an object"
        + (intrinsic ? "; " + Node.quote(first, 60) + " is a CloudFormation intrinsic function:"
            + " validate the template itself (TEMPLATE#LogicalId), or extract the definition"
            + " with asl4j extract, which turns it into a ${...} placeholder" : ""));
    return null;
  }

  JsonNumber number() throws IOException {
    JsonToken k = c.t.current();
    if (k == JsonToken.VALUE_NUMBER_INT || k == JsonToken.VALUE_NUMBER_FLOAT) {
      return new JsonNumber(c.t.text());
    }
    typeProblem("a number");
    return null;
  }

  Boolean bool() throws IOException {
    JsonToken k = c.t.current();
    if (k == JsonToken.VALUE_TRUE || k == JsonToken.VALUE_FALSE) {
      return k == JsonToken.VALUE_TRUE;
    }
    typeProblem("true or false");
    return null;
  }

  /** {@code InputPath}, {@code OutputPath}, {@code ResultPath}: a path string or {@code null}. */
  Path ioPath() throws IOException {
    JsonToken k = c.t.current();
    if (k == JsonToken.VALUE_STRING) {
      return new JsonPath(c.t.text());
    }
    if (k == JsonToken.VALUE_NULL) {
      return Path.discard();
    }
    typeProblem("a path string such as \"$.field\", or null");
    return null;
  }

  JsonPath refPath() throws IOException {
    if (c.t.current() == JsonToken.VALUE_STRING) {
      return new JsonPath(c.t.text());
    }
    typeProblem("a reference path string such as \"$.field\"");
    return null;
  }

  /** {@code ErrorPath}/{@code CausePath}: a reference path or an intrinsic function call. */
  DynamicString pathOrIntrinsic() throws IOException {
    if (c.t.current() == JsonToken.VALUE_STRING) {
      String s = c.t.text();
      return s.startsWith("$") ? new JsonPath(s)
          : c.withinLimits(new Intrinsic(s), namePosition, member());
    }
    typeProblem("a reference path or an intrinsic function call");
    return null;
  }

  /**
   * A numeric field or its {@code ...Path} twin: the twin takes a reference path; the field takes a
   * number or, in JSONata, an expression.
   */
  DynamicNumber dynamicNumber() throws IOException {
    if (name().endsWith("Path")) {
      return refPath();
    }
    JsonToken k = c.t.current();
    if (k == JsonToken.VALUE_NUMBER_INT || k == JsonToken.VALUE_NUMBER_FLOAT) {
      return new JsonNumber(c.t.text());
    }
    if (k == JsonToken.VALUE_STRING) {
      String s = c.t.text();
      if (Jsonata.isDelimited(s)) {
        return c.withinLimits(new Jsonata(s), namePosition, member());
      }
    }
    typeProblem("a number (or, in JSONata, an expression \"{% ... %}\")");
    return null;
  }

  /**
   * A string field that JSONata states may compute: {@code Error}, {@code Cause},
   * {@code Timestamp}.
   */
  DynamicString dynamicString(QueryLanguage ql) throws IOException {
    if (c.t.current() == JsonToken.VALUE_STRING) {
      String s = c.t.text();
      return ql == QueryLanguage.JSONATA && Jsonata.isDelimited(s)
          ? c.withinLimits(new Jsonata(s), namePosition, member()) : new JsonString(s);
    }
    typeProblem("a string");
    return null;
  }

  List<String> strings() throws IOException {
    Tokens t = c.t;
    if (t.current() != JsonToken.START_ARRAY) {
      typeProblem("an array of strings");
      return null;
    }
    List<String> out = new ArrayList<>(2);
    boolean ok = true;
    int i = 0;
    while (t.next() != JsonToken.END_ARRAY) {
      if (t.current() == JsonToken.VALUE_STRING) {
        out.add(t.text());
      } else {
        c.problem(t.position(), member().child(i), "WRONG_TYPE", "expected a string, found "
            + t.describe());
        t.skipChildren();
        ok = false;
      }
      i++;
    }
    return ok ? out : null;
  }

  <E extends Enum<E> & AslEnum> E enumValue(Class<E> type) throws IOException {
    if (c.t.current() == JsonToken.VALUE_STRING) {
      String s = c.t.text();
      Optional<E> e = AslEnum.fromJsonName(type, s);
      if (e.isPresent()) {
        return e.get();
      }
      String[] valid = jsonNames(type);
      c.problem(c.t.position(), member(), "INVALID_VALUE", "unknown value " + Node.quote(s, 40)
          + Suggestions.suggestion(s, valid, "; expected one of " + Suggestions.list(valid)));
      return null;
    }
    typeProblem("one of " + Suggestions.list(jsonNames(type)));
    return null;
  }

  private static <E extends Enum<E> & AslEnum> String[] jsonNames(Class<E> type) {
    E[] all = type.getEnumConstants();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].jsonName();
    }
    return names;
  }

  /** An object member, such as {@code Assign} or {@code ResultSelector}. */
  JsonObject object(Mapper.ValueMode mode) throws IOException {
    if (c.t.current() != JsonToken.START_OBJECT) {
      typeProblem("an object");
      return null;
    }
    return ValueReader.objectValue(c, member(), mode);
  }

  /** Any JSON value, read in {@code mode}. */
  Value value(Mapper.ValueMode mode) throws IOException {
    return ValueReader.value(c, member(), namePosition, mode);
  }

  /** Reports that the current member's value is not what its field takes, and skips it. */
  void typeProblem(String expected) throws IOException {
    c.typeProblem(member(), expected);
  }
}
