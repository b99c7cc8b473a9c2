package io.asl4j.junit;

import io.asl4j.model.ExecutionType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as the tests of one workflow: its test methods take a
 * {@link WorkflowRunner}, and the class's runs are measured as workflow coverage (printed,
 * written under {@code target/asl4j-coverage}, checked against the minimums given here).
 *
 * <pre>{@code
 * @WorkflowTest(source = GlueLambdaSns.class, minStates = 100, minTransitions = 100)
 * class GlueLambdaSnsTest {
 *   @Test
 *   void runsTheJobThenTheQuery(WorkflowRunner runner) { ... }
 * }
 *
 * @WorkflowTest(resource = "/legacy/order-fulfillment.asl.json")
 * class OrderFulfillmentTest { ... }
 * }</pre>
 *
 * <p>Give either {@link #source()} (a class whose static no-argument method, {@link #method()},
 * builds the workflow with the DSL) or {@link #resource()} (an {@code .asl.json} file on the class
 * path). {@link WorkflowExtension} does the work; register it yourself with
 * {@code @RegisterExtension} to give the workflow as a lambda.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WorkflowExtension.class)
public @interface WorkflowTest {

  /**
   * The class whose static method builds the workflow.
   *
   * @return the class; {@code void.class} when {@link #resource()} is given instead
   */
  Class<?> source() default void.class;

  /**
   * The name of the static, no-argument method of {@link #source()} that returns the workflow.
   *
   * @return the method's name
   */
  String method() default "workflow";

  /**
   * An ASL definition on the class path, read as the test class reads resources (a name
   * without a leading {@code /} is relative to the test class's package).
   *
   * @return the resource; empty when {@link #source()} is given instead
   */
  String resource() default "";

  /**
   * The workflow's name in messages and coverage reports.
   *
   * @return the name; empty for the source class's simple name (with {@code #method} unless the
   *     method is {@code workflow}) or the resource's file name without {@code .asl.json}
   */
  String name() default "";

  /**
   * The workflow type the runs use (and their cost is priced as).
   *
   * @return STANDARD or EXPRESS
   */
  ExecutionType type() default ExecutionType.STANDARD;

  /**
   * The share of states the class's tests must enter, in percent; below it, the class fails.
   *
   * @return 0 to 100
   */
  double minStates() default 0;

  /**
   * The share of transitions (each Next, Choice rule, Default and Catch entry) the class's tests
   * must take, in percent.
   *
   * @return 0 to 100
   */
  double minTransitions() default 0;

  /**
   * The share of Retry policies the class's tests must see answer a failure, in percent.
   *
   * @return 0 to 100
   */
  double minRetries() default 0;
}
