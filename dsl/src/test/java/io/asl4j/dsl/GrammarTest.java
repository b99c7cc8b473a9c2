package io.asl4j.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each builder type offers, checked by reflection: the misuses the DSL rules out cannot be
 * written because the methods do not exist on the type in hand.
 */
class GrammarTest {

  private static Set<String> publicInstanceMethods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getDeclaringClass() != Object.class)
        .map(Method::getName)
        .collect(Collectors.toSet());
  }

  @Test
  void aTaskMustChooseWhatItCallsBeforeAnythingElse() {
    assertThat(publicInstanceMethods(TaskStart.class)).containsExactlyInAnyOrder("call", "resource");
  }

  @Test
  void flowStatesAreNotStepsUntilTheyHaveNextOrEnd() throws Exception {
    for (Class<?> type : new Class<?>[] {TaskStep.class, PassStep.class, WaitStep.class,
        ParallelStep.class, MapStep.class}) {
      assertThat(Step.class.isAssignableFrom(type)).as(type.getSimpleName()).isFalse();
      assertThat(type.getMethod("next", Step.class).getReturnType()).isEqualTo(Step.class);
      assertThat(type.getMethod("end").getReturnType()).isEqualTo(Step.class);
    }
  }

  @Test
  void succeedFailAndChoiceOfferNoTransition() {
    for (Class<?> type : new Class<?>[] {SucceedStep.class, FailStep.class, ChoiceStep.class}) {
      assertThat(Step.class.isAssignableFrom(type)).as(type.getSimpleName()).isTrue();
      assertThat(publicInstanceMethods(type)).as(type.getSimpleName())
          .doesNotContain("next", "end");
    }
  }

  @Test
  void aChoiceNeedsARuleBeforeADefault() {
    assertThat(publicInstanceMethods(ChoiceStart.class)).containsExactly("when");
    assertThat(publicInstanceMethods(ChoiceStep.class)).contains("when", "otherwise");
  }

  @Test
  void aWaitTakesExactlyOneTimeForm() {
    assertThat(publicInstanceMethods(WaitStart.class))
        .containsExactlyInAnyOrder("seconds", "timestamp", "time");
    assertThat(publicInstanceMethods(WaitStep.class)).doesNotContain("seconds", "timestamp", "time");
  }

  @Test
  void parallelAndMapNeedTheirGraphsFirst() {
    assertThat(publicInstanceMethods(ParallelStart.class)).containsExactly("branch");
    assertThat(publicInstanceMethods(MapStart.class))
        .containsExactlyInAnyOrder("processor", "iterator");
  }

  @Test
  void statesAllIsOnlyWrittenByTheAllMethods() {
    assertThat(publicInstanceMethods(TaskStep.class))
        .contains("retry", "retryAll", "catching", "catchAll");
    assertThat(publicInstanceMethods(PassStep.class))
        .doesNotContain("retry", "retryAll", "catching", "catchAll", "resultSelector");
    assertThat(publicInstanceMethods(WaitStep.class)).doesNotContain("parameters", "resultPath");
    assertThat(publicInstanceMethods(SucceedStep.class)).doesNotContain("assign");
    assertThat(publicInstanceMethods(FailStep.class))
        .doesNotContain("inputPath", "outputPath", "output", "assign");
  }

  @Test
  void stepsCannotBeImplementedOutsideTheDsl() {
    assertThat(Step.class.isSealed()).isTrue();
  }
}
