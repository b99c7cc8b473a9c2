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

  /** One slot per setting a state builder can hold, with the ASL field it writes. */
  enum F {
    COMMENT("Comment"), QUERY_LANGUAGE("QueryLanguage"), INPUT_PATH("InputPath"),
    OUTPUT_PATH("OutputPath"), OUTPUT("Output"), ASSIGN("Assign"), PARAMETERS("Parameters"),
    RESULT_PATH("ResultPath"), ARGUMENTS("Arguments"), RESULT_SELECTOR("ResultSelector"),
    RETRY("Retry"), CATCH("Catch"), RESOURCE("Resource"), CREDENTIALS("Credentials"),
    TIMEOUT("TimeoutSeconds"), HEARTBEAT("HeartbeatSeconds"), RESULT("Result"),
    WAIT_TIME("Seconds"), ERROR("Error"), CAUSE("Cause"), ITEMS("Items"),
    ITEM_SELECTOR("ItemSelector"), ITEM_READER("ItemReader"), ITEM_BATCHER("ItemBatcher"),
    RESULT_WRITER("ResultWriter"), MAX_CONCURRENCY("MaxConcurrency"),
    TOLERATED_PERCENTAGE("ToleratedFailurePercentage"),
    TOLERATED_COUNT("ToleratedFailureCount"), LABEL("Label"),
    PROCESSOR_CONFIG("ProcessorConfig"), LEGACY("Iterator"), BRANCHES("Branches"),
    RULES("Choices"), DEFAULT("Default"),
    /** A Task integration's payload: Parameters or Arguments, by the state's query language. */
    PAYLOAD("Parameters");

    final String asl;

    F(String asl) {
      this.asl = asl;
    }
  }

  /** The method name recorded for slots filled by {@code TaskStart.call(integration)}. */
  static final String CALL = "call";

  static final Fields EMPTY = new Fields(new Object[F.values().length],
      new String[F.values().length]);

  private final Object[] slots;
  /** The method that filled each slot, for the set-once message; rendered only when refused. */
  private final String[] by;

  private Fields(Object[] slots, String[] by) {
    this.slots = slots;
    this.by = by;
  }

  Fields with(F field, Object value) {
    return with(field, null, value);
  }

  /** Fills a slot, remembering which method did so. */
  Fields with(F field, String method, Object value) {
    Object[] copy = slots.clone();
    copy[field.ordinal()] = value;
    String[] methods = by.clone();
    methods[field.ordinal()] = method;
    return new Fields(copy, methods);
  }

  /** The call that filled a slot, as the user wrote it, e.g. {@code error("X")}. */
  String setBy(F field) {
    String method = by[field.ordinal()];
    Object value = slots[field.ordinal()];
    if (CALL.equals(method)) {
      // the payload of call(integration): name the integration and the members it would lose
      String resource = (String) slots[F.RESOURCE.ordinal()];
      int services = resource.indexOf(":::");
      String members = value instanceof io.asl4j.model.JsonObject o
          ? " with " + String.join(", ", o.members().keySet()) : "";
      return "call(" + (services < 0 ? resource : resource.substring(services + 3)) + ")"
          + members;
    }
    if (method == null || method.endsWith(")")) {
      return method == null ? field.asl : method; // a call without a telling argument
    }
    return SetOnce.call(method, value);
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
