package io.asl4j.json;

import io.asl4j.model.Value;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The one pattern every ASL record is read by: walk the object's members, let the record take the
 * ones it knows, keep or report the others, check what is missing, then make the record unless a
 * part failed. A subclass holds the fields of one record type while its object is read; one
 * instance reads one object.
 *
 * @param <T> the record made
 */
abstract class RecordReader<T> {

  final RecordCursor r;
  /** The record in words, for messages: "a retrier", "a Task state". */
  final String where;
  private final String[] allowed;
  /** Members the record does not know, kept verbatim (when unknown members are kept). */
  private Map<String, Value> unknown;

  /**
   * Starts reading a record.
   *
   * @param r the object's cursor, on its start or on a member already read
   * @param where the record in words
   * @param allowed the member names the record allows, for messages
   */
  RecordReader(RecordCursor r, String where, String[] allowed) {
    this.r = r;
    this.where = where;
    this.allowed = allowed;
  }

  /**
   * Reads the current member if the record knows it.
   *
   * @param name the member's name
   * @return false when the record does not know the member (it has not been read)
   */
  abstract boolean member(String name) throws IOException;

  /** Reports members missing once all were read; nothing by default. */
  void check() {}

  /** Makes the record from the members read; called only when no part failed. */
  abstract T make();

  /** Reads the remaining members and makes the record; null (after reporting) on a problem. */
  final T read() throws IOException {
    RecordCursor r = this.r;
    while (r.next()) {
      if (!member(r.name())) {
        unknown = r.unknown(unknown, where, allowed);
      }
    }
    check();
    r.close();
    if (r.failed()) {
      return null;
    }
    try {
      return make();
    } catch (IllegalArgumentException e) {
      // a record's own argument check (a range, a combination) becomes a located problem
      r.c.problem(r.position, r.pointer, "INVALID_VALUE", e.getMessage());
      return null;
    }
  }

  /** The unknown members kept, for the record's last component. */
  final Map<String, Value> unknown() {
    return unknown == null ? Map.of() : unknown;
  }

  static <V> Optional<V> opt(V value) {
    return Optional.ofNullable(value);
  }
}
