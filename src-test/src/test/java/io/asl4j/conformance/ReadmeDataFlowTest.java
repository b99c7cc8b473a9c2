package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The README's data-flow example shows what the validator reports for it, with and without the
 * input example.
 */
class ReadmeDataFlowTest {

  private static String report(Validator validator, String definition) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : validator.validate(definition)) {
      sb.append("orders.asl.json:").append(d).append('\n');
    }
    return sb.toString();
  }

  @Test
  void readmeShowsWhatTheValidatorReports() {
    String definition = Readme.block("### Data-flow analysis", "json");
    String example = "{\"orderId\": \"o-1\", \"lines\": []}";
    String expected = "$ asl4j validate orders.asl.json\n"
        + report(Validator.create(), definition)
        + "$ echo '" + example + "' > order.json\n"
        + "$ asl4j validate --input-example order.json orders.asl.json\n"
        + report(Validator.create().withInputExample(example), definition);

    assertThat(Readme.block("### Data-flow analysis", "text")).isEqualTo(expected);
  }
}
