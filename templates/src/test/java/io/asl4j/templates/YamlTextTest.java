package io.asl4j.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Block-style YAML for a definition put back: plain where YAML reads the same, quoted else. */
class YamlTextTest {

  @Test
  void stringsArePlainOnlyWhereYamlReadsThemBackTheSame() {
    assertThat(YamlText.scalar("arn:aws:states:::sns:publish"))
        .isEqualTo("arn:aws:states:::sns:publish");
    assertThat(YamlText.scalar("${TableName}")).isEqualTo("${TableName}");
    assertThat(YamlText.scalar("$.detail")).isEqualTo("$.detail");
    assertThat(YamlText.scalar("Charges an order")).isEqualTo("Charges an order");
    assertThat(YamlText.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(YamlText.scalar("Null")).isEqualTo("\"Null\"");
    assertThat(YamlText.scalar("3")).isEqualTo("\"3\"");
    assertThat(YamlText.scalar("a: b")).isEqualTo("\"a: b\"");
    assertThat(YamlText.scalar("a #b")).isEqualTo("\"a #b\"");
    assertThat(YamlText.scalar("*ref")).isEqualTo("\"*ref\"");
    assertThat(YamlText.scalar("")).isEqualTo("\"\"");
    assertThat(YamlText.scalar("line\nbreak")).isEqualTo("\"line\\nbreak\"");
  }

  @Test
  void aMappingReadsBackAsTheSameTree() {
    String json = """
        {"Comment": "a: b", "StartAt": "A", "States": {"A": {"Type": "Task",
          "Resource": {"Fn::GetAtt": ["Fn", "Arn"]},
          "Parameters": {"t": {"Ref": "T"}, "s": {"Fn::Sub": "x-${AWS::Region}"}, "e": {},
            "l": [], "n": [[1, 2], {"k": null}], "b": true, "yes": "no"},
          "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], "End": true}}}
        """;
    TemplateNode tree = TemplateParser.parse("d.json", json, false);

    String yaml = "Definition:\n  " + YamlText.mapping(tree, 2) + "\n";

    assertThat(TemplateParser.parse("d.yaml", yaml, true).get("Definition").sameTree(tree))
        .as(yaml).isTrue();
    assertThat(yaml).contains("    Type: Task\n      Resource: !GetAtt Fn.Arn\n".substring(4));
  }
}
