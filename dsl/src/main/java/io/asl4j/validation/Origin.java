package io.asl4j.validation;

/**
 * Where a value in the data-flow analysis was made, or what a path's root names, for messages: a
 * form and the state it is about, put into words only when a message needs them.
 *
 * @param form the wording
 * @param state the state's name, or null
 * @param detail what the form adds (a resource, a path), or null
 */
record Origin(Form form, String state, String detail) {

  /** The wordings, with the state's name for {@code %s} and the detail for {@code %d}. */
  enum Form {
    INPUT("the input of %s"),
    INPUT_AFTER_INPUT_PATH("the input of %s after its InputPath"),
    INPUT_NULL("the input of %s (its InputPath null)"),
    OUTPUT_BEFORE_OUTPUT_PATH("the output of %s before its OutputPath"),
    OUTPUT_PATH("the output of %s (its OutputPath \"%d\")"),
    OUTPUT_NULL("the output of %s (its OutputPath null)"),
    RESULT("the result of %s (%d)"),
    PARALLEL_RESULT("the result of %s (one element per branch)"),
    MAP_RESULT("the result of %s (one element per item)"),
    RESULT_VALUE("the Result of %s"),
    PARAMETERS("the Parameters of %s"),
    ITEM_SELECTOR("the ItemSelector of %s"),
    RESULT_SELECTOR("the ResultSelector of %s"),
    ARGUMENTS("the Arguments of %s"),
    OUTPUT("the Output of %s"),
    RULE_OUTPUT("the Output of a rule of %s"),
    CATCHER_OUTPUT("the Output of a catcher of %s"),
    ERROR_OUTPUT("the error output of %s"),
    STATES("$states.%d"),
    EXECUTION_INPUT("the execution input"),
    ITEM("the item"),
    EXAMPLE("the execution input (as the example has it)"),
    SCHEMA("the execution input (as its schema has it)");

    private final String text;

    Form(String text) {
      this.text = text;
    }
  }

  static Origin of(Form form, String state) {
    return new Origin(form, state, null);
  }

  @Override
  public String toString() {
    String t = form.text;
    if (state != null) {
      t = t.replace("%s", "\"" + state + "\"");
    }
    return detail == null ? t : t.replace("%d", detail);
  }
}
