package io.asl4j.json;

/**
 * One field out of a set of mutually exclusive spellings ({@code X} or {@code XPath},
 * {@code Next} or {@code End}, ...): the first one read wins, a second one is a problem.
 *
 * @param <T> the field's value
 */
final class OneOf<T> {
  /** The member name that set the value, or null. */
  String key;
  T value;

  /** Takes the current member's value, or reports a second member of the group. */
  void set(RecordCursor r, T v, String... group) {
    String name = r.name();
    if (key != null) {
      r.c.problem(r.namePosition, r.pointer.child(name), "MUTUALLY_EXCLUSIVE",
          Node.quote(key, 40) + " and " + Node.quote(name, 40) + " cannot both be set; "
          + (group.length == 2 ? "keep one" : "use exactly one of " + Suggestions.list(group)));
      return;
    }
    key = name;
    value = v;
  }
}
