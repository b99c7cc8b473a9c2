package io.asl4j.dsl;

/**
 * The state factories of {@code io.asl4j.Asl} without the check on the state's name, so that an
 * empty name or one over 80 characters can be built. Step Functions refuses such a definition, and
 * so does {@code build()} (the validator reports {@code INVALID_STATE_NAME} or {@code
 * STATE_NAME_TOO_LONG}); {@code buildUnvalidated()} builds it. For code generated from a
 * definition as it is ({@code asl4j generate}); new workflows use {@code Asl}, which refuses the
 * name where it is written.
 *
 * <pre>{@code
 * Step done = UncheckedNames.succeed("");
 * Workflow w = startAt(done).buildUnvalidated(); // {"StartAt": "", "States": {"": ...}}
 * }</pre>
 */
public final class UncheckedNames {

  private UncheckedNames() {}

  /**
   * A Task state with any name.
   *
   * @param name the state's name, of any length
   * @return the task's start
   */
  public static TaskStart task(String name) {
    return new TaskStart(name);
  }

  /**
   * A Pass state with any name.
   *
   * @param name the state's name, of any length
   * @return the state
   */
  public static PassStep pass(String name) {
    return new PassStep(name, Fields.EMPTY);
  }

  /**
   * A Choice state with any name.
   *
   * @param name the state's name, of any length
   * @return the choice's start
   */
  public static ChoiceStart choice(String name) {
    return new ChoiceStart(name);
  }

  /**
   * A Wait state with any name.
   *
   * @param name the state's name, of any length
   * @return the wait's start
   */
  public static WaitStart waitState(String name) {
    return new WaitStart(name);
  }

  /**
   * A Succeed state with any name.
   *
   * @param name the state's name, of any length
   * @return the state
   */
  public static SucceedStep succeed(String name) {
    return new SucceedStep(name, Fields.EMPTY);
  }

  /**
   * A Fail state with any name.
   *
   * @param name the state's name, of any length
   * @return the state
   */
  public static FailStep fail(String name) {
    return new FailStep(name, Fields.EMPTY);
  }

  /**
   * A Parallel state with any name.
   *
   * @param name the state's name, of any length
   * @return the parallel's start
   */
  public static ParallelStart parallel(String name) {
    return new ParallelStart(name);
  }

  /**
   * A Map state with any name.
   *
   * @param name the state's name, of any length
   * @return the map's start
   */
  public static MapStart map(String name) {
    return new MapStart(name);
  }
}
