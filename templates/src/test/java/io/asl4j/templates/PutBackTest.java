package io.asl4j.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Putting definitions back: unchanged, the template is unchanged; edited, only the definition
 * changes, in the form it was written in, and the rest of the text stays byte for byte.
 */
class PutBackTest {

  private static final List<String> FIXTURES = List.of("sam-orders.yaml", "cfn-payments.json",
      "cfn-ingest.yaml", "serverless.yml");

  @Test
  void anUnchangedDefinitionChangesNothing() {
    for (String name : FIXTURES) {
      Template t = Fixtures.read(name);
      for (StateMachine m : t.stateMachines()) {
        if (m.isReadable()) {
          assertThat(t.putBack(m.logicalId(), "x.asl.json", m.definition()))
              .as(name + "#" + m.logicalId()).isEmpty();
        }
      }
    }
  }

  @Test
  void extractedThenWrittenBackGivesTheSameTemplateTree() {
    // the writer itself, on every definition as extracted: what put back writes for an edit
    for (String name : FIXTURES) {
      Template t = Fixtures.read(name);
      for (StateMachine m : t.stateMachines()) {
        Splice splice = new Splice(name, t.text(), TemplateParser.isYamlName(name), t.root());
        String written = switch (m.form) {
          case OBJECT -> splice.replace(m.node, restoredTree(t, m));
          case STRING -> splice.replaceString(m.node, m.definition());
          default -> t.text();
        };
        assertThat(Template.tree(name, written).sameTree(t.root())).as(name + "#"
            + m.logicalId() + "\n" + written).isTrue();
      }
    }
  }

  private static TemplateNode restoredTree(Template t, StateMachine m) {
    String edited = m.definition().replace("\"StartAt\"", "\"StartAt\"");
    // a put back of a changed copy, compared to the original through the tree
    TemplateNode parsed = TemplateParser.parse("x.asl.json", edited, false);
    return Template.restoreForTest(parsed, m);
  }

  @Test
  void anEditedDefinitionObjectGoesBackWithItsIntrinsicsAndTheRestUntouched() {
    Template t = Fixtures.read("sam-orders.yaml");
    StateMachine m = t.select("OrderFlow");
    String edited = m.definition().replace("\"MaxAttempts\": 3", "\"MaxAttempts\": 5");

    Optional<Template.Edit> edit = t.putBack("OrderFlow", "OrderFlow.asl.json", edited);

    assertThat(edit).isPresent();
    String text = edit.get().text();
    assertThat(edit.get().file()).isEqualTo(t.name());
    String original = Fixtures.text("sam-orders.yaml");
    // the text before the definition and after it is as it was, comments included
    assertThat(text).startsWith(original.substring(0, original.indexOf("        Comment:")));
    assertThat(text).endsWith(original.substring(original.indexOf("      DefinitionSubstitutions:")
        - 1));
    Template again = Template.read("sam-orders.yaml", text, Fixtures.dir());
    assertThat(again.select("OrderFlow").definition()).isEqualTo(edited);
    TemplateNode definition = again.root().get("Resources").get("OrderFlow").get("Properties")
        .get("Definition");
    assertThat(definition.get("States").get("Charge").get("Resource").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"ChargeFunction\",\"Arn\"]}");
    assertThat(definition.get("States").get("Notify").get("Parameters").get("TopicArn")
        .toString()).isEqualTo("{\"Ref\":\"OrderTopic\"}");
  }

  @Test
  void anEditedSubBlockStaysALiteralBlockUnderItsTag() {
    Template t = Fixtures.read("cfn-ingest.yaml");
    String edited = t.select(null).definition().replace("Ingests a batch", "Ingests a file");

    String text = t.putBack("IngestFlow", "IngestFlow.asl.json", edited).orElseThrow().text();

    assertThat(text).isEqualTo(Fixtures.text("cfn-ingest.yaml")
        .replace("Ingests a batch", "Ingests a file"));
  }

  @Test
  void anEditedSubStringInJsonKeepsItsVariables() {
    Template t = Fixtures.read("cfn-payments.json");
    String edited = t.select("PaymentsFlow").definition().replace("\"End\": true",
        "\"TimeoutSeconds\": 10,\n      \"End\": true");

    String text = t.putBack("PaymentsFlow", "PaymentsFlow.asl.json", edited).orElseThrow().text();

    Template again = Template.read("cfn-payments.json", text, null);
    assertThat(again.select("PaymentsFlow").definition()).isEqualTo(edited);
    assertThat(again.select("PaymentsFlow").substitutions()).isEqualTo(
        t.select("PaymentsFlow").substitutions());
    assertThat(text.lines().count()).isEqualTo(Fixtures.text("cfn-payments.json").lines().count());
  }

  @Test
  void anEditedJoinGoesBackAsSub() {
    Template t = Fixtures.read("cfn-payments.json");
    String edited = t.select("RefundFlow").definition().replace("30", "60");

    String text = t.putBack("RefundFlow", "RefundFlow.asl.json", edited).orElseThrow().text();

    TemplateNode value = Template.tree("t.json", text).get("Resources").get("RefundFlow")
        .get("Properties").get("DefinitionString");
    assertThat(value.toString()).isEqualTo("{\"Fn::Sub\":" + JsonText.quote(edited) + "}");
    assertThat(Template.read("t.json", text, null).select("RefundFlow").definition())
        .isEqualTo(edited);
  }

  @Test
  void anEditedDefinitionUriIsWrittenToItsFile() {
    Template t = Fixtures.read("sam-orders.yaml");
    String edited = t.select("ReportFlow").definition().replace("daily", "weekly");

    Template.Edit edit = t.putBack("ReportFlow", "ReportFlow.asl.json", edited).orElseThrow();

    assertThat(edit).isEqualTo(new Template.Edit(
        Fixtures.path("statemachine/report.asl.json").toString(), edited));
  }

  @Test
  void anEditedServerlessDefinitionKeepsTheFileAroundIt() {
    Template t = Fixtures.read("serverless.yml");
    String edited = t.select("greet").definition().replace("Greets a user", "Greets");

    String text = t.putBack("greet", "greet.asl.json", edited).orElseThrow().text();

    String original = Fixtures.text("serverless.yml");
    assertThat(text).startsWith(original.substring(0, original.indexOf("        Comment:")));
    TemplateNode resource = Template.tree("serverless.yml", text).get("stepFunctions")
        .get("stateMachines").get("greet").get("definition").get("States").get("Hello")
        .get("Resource");
    assertThat(resource.toString()).isEqualTo("{\"Fn::GetAtt\":[\"hello\",\"Arn\"]}");
    assertThat(Template.read("serverless.yml", text, null).select("greet").definition())
        .isEqualTo(edited);
  }
}
