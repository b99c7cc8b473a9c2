package io.asl4j.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Placeholders are found where they are, and every mismatch with the bound names is told. */
class PlaceholdersTest {

  @Test
  void findsEveryPlaceholderWithItsPointer() {
    String json = """
        {"StartAt": "A/B", "States": {
          "A/B": {"Type": "Task", "Resource": "${Fn}",
            "Parameters": {"Entries": [{"EventBusName": "${Bus}"}, {"x~${Key}": "job/${Etl}-${Etl}"}]},
            "End": true}}}""";

    assertThat(Placeholders.in(json)).containsExactly(
        new Placeholders.Use("/States/A~1B/Resource", "Fn"),
        new Placeholders.Use("/States/A~1B/Parameters/Entries/0/EventBusName", "Bus"),
        new Placeholders.Use("/States/A~1B/Parameters/Entries/1/x~0${Key}", "Key"),
        new Placeholders.Use("/States/A~1B/Parameters/Entries/1/x~0${Key}", "Etl"),
        new Placeholders.Use("/States/A~1B/Parameters/Entries/1/x~0${Key}", "Etl"));
  }

  @Test
  void aDefinitionWithoutPlaceholdersHasNone() {
    assertThat(Placeholders.in("""
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "$ {x} and {}",
          "End": true}}}""")).isEmpty();
  }

  @Test
  void aMistypedNameGetsTheNearestBoundOneAndTheUnusedBindingIsTold() {
    List<Placeholders.Use> uses = List.of(
        new Placeholders.Use("/States/Notify/Parameters/TopicArn", "Topik"));

    assertThat(Placeholders.mismatches(uses, Set.of("Topic"))).containsExactly(
        "/States/Notify/Parameters/TopicArn: unknown placeholder ${Topik}; did you mean"
            + " ${Topic}?",
        "binding ${Topic}: the workflow has no ${Topic} placeholder");
  }

  @Test
  void withoutANearMatchTheBoundNamesAreListed() {
    List<Placeholders.Use> uses = List.of(
        new Placeholders.Use("/States/A/Resource", "Orders"),
        new Placeholders.Use("/States/B/Resource", "Zeta"),
        new Placeholders.Use("/States/C/Resource", "AWS::Region"));

    assertThat(Placeholders.mismatches(uses, new java.util.LinkedHashSet<>(
        List.of("Zeta", "Fetch")))).containsExactly(
        "/States/A/Resource: unknown placeholder ${Orders} (bound: ${Fetch}, ${Zeta})",
        "/States/C/Resource: unknown placeholder ${AWS::Region} (bound: ${Fetch}, ${Zeta})",
        "binding ${Fetch}: the workflow has no ${Fetch} placeholder");
  }

  @Test
  void withNothingBoundEveryPlaceholderIsUnknown() {
    assertThat(Placeholders.mismatches(List.of(new Placeholders.Use("/Comment", "X")),
        Set.of())).containsExactly("/Comment: unknown placeholder ${X} (nothing is bound)");
  }

  @Test
  void nearMatchesAllowAboutOneEditInThreeLetters() {
    Set<String> bound = Set.of("FetchFunction", "GlueJobA", "Topic");

    assertThat(Placeholders.nearest("fetchfunction", bound)).contains("FetchFunction");
    assertThat(Placeholders.nearest("FecthFunction", bound)).contains("FetchFunction");
    assertThat(Placeholders.nearest("GlueJobB", bound)).contains("GlueJobA");
    assertThat(Placeholders.nearest("Topc", bound)).contains("Topic");
    assertThat(Placeholders.nearest("Queue", bound)).isEmpty();
    assertThat(Placeholders.nearest("Top", Set.of("Tip", "Tap"))).contains("Tap");
  }
}
