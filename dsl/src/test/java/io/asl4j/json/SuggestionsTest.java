package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Suggestions#nearest}: the near miss other modules' messages offer. */
class SuggestionsTest {

  @Test
  void aNearMissGivesTheKnownNameAndAFarOneNothing() {
    List<String> known = List.of("Run Glue Job", "Fetch Data", "Notify Error Message");
    assertThat(Suggestions.nearest("Fetch Dta", known)).contains("Fetch Data");
    assertThat(Suggestions.nearest("fetch data", known)).contains("Fetch Data");
    assertThat(Suggestions.nearest("Fetch Data", known)).isEmpty();
    assertThat(Suggestions.nearest("Load", known)).isEmpty();
  }
}
