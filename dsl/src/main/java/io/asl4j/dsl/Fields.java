package io.asl4j.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The settings of a state under construction: an immutable slot per ASL field. Every builder call
 * returns a builder over a new {@code Fields}, so a half-built step can be kept and branched from.
 */
final class Fields {

  /** One slot per setting a state builder can hold. */
  enum F {
    COMMENT, QUERY_LANGUAGE, INPUT_PATH, OUTPUT_PATH, OUTPUT, ASSIGN, PARAMETERS, RESULT_PATH,
    ARGUMENTS, RESULT_SELECTOR, RETRY, CATCH, RESOURCE, CREDENTIALS, TIMEOUT, HEARTBEAT, RESULT,
    WAIT_TIME, ERROR, CAUSE, ITEMS, ITEM_SELECTOR, ITEM_READER, ITEM_BATCHER, RESULT_WRITER,
    MAX_CONCURRENCY, TOLERATED_PERCENTAGE, TOLERATED_COUNT, LABEL, PROCESSOR_CONFIG, LEGACY,
    BRANCHES, RULES, DEFAULT,
    /** A Task integration's payload: Parameters or Arguments, by the state's query language. */
    PAYLOAD
  }

  static final Fields EMPTY = new Fields(new Object[F.values().length]);

  private final Object[] slots;

  private Fields(Object[] slots) {
    this.slots = slots;
  }

  Fields with(F field, Object value) {
    Object[] copy = slots.clone();
    copy[field.ordinal()] = value;
    return new Fields(copy);
  }

  /** Appends to a list-valued slot. */
  <T> Fields append(F field, T item) {
    List<T> list = new ArrayList<>(list(field));
    list.add(item);
    return with(field, List.copyOf(list));
  }

  @SuppressWarnings("unchecked")
  <T> Optional<T> get(F field) {
    return Optional.ofNullable((T) slots[field.ordinal()]);
  }

  @SuppressWarnings("unchecked")
  <T> List<T> list(F field) {
    Object v = slots[field.ordinal()];
    return v == null ? List.of() : (List<T>) v;
  }

  boolean has(F field) {
    return slots[field.ordinal()] != null;
  }

  @Override
  public String toString() {
    return Arrays.toString(slots);
  }
}
