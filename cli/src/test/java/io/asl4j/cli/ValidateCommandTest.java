package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code asl4j validate}: text and JSON output, workflow types, exit codes and error format. */
class ValidateCommandTest extends CommandHarness {

  private static final String VALID = String.join("\n",
      "{",
      "  \"StartAt\": \"A\",",
      "  \"States\": {",
      "    \"A\": {",
      "      \"Type\": \"Pass\",",
      "      \"End\": true",
      "    }",
      "  }",
      "}",
      "");

  /** Every state reachable and a terminal one present: the dangling Next is the only problem. */
  private static final String DANGLING = String.join("\n",
      "{",
      "  \"StartAt\": \"A\",",
      "  \"States\": {",
      "    \"A\": {",
      "      \"Type\": \"Task\",",
      "      \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\",",
      "      \"Catch\": [",
      "        {",
      "          \"ErrorEquals\": [\"States.ALL\"],",
      "          \"ResultPath\": \"$.error\",",
      "          \"Next\": \"B\"",
      "        }",
      "      ],",
      "      \"Next\": \"Finish\"",
      "    },",
      "    \"B\": {",
      "      \"Type\": \"Succeed\"",
      "    }",
      "  }",
      "}",
      "");

  /** A misspelt field (the reader's problem) and a dangling Next (a rule over the model). */
  private static final String TWO_ERRORS = String.join("\n",
      "{",
      "  \"StartAt\": \"A\",",
      "  \"States\": {",
      "    \"A\": {",
      "      \"Type\": \"Pass\",",
      "      \"Nxt\": \"B\",",
      "      \"Next\": \"Finish\"",
      "    },",
      "    \"B\": {",
      "      \"Type\": \"Succeed\"",
      "    }",
      "  }",
      "}",
      "");

  private static final String WARNING_ONLY = String.join("\n",
      "{",
      "  \"StartAt\": \"A\",",
      "  \"States\": {",
      "    \"A\": {",
      "      \"Type\": \"Pass\",",
      "      \"Parameters\": {",
      "        \"name\": \"$.x\"",
      "      },",
      "      \"End\": true",
      "    }",
      "  }",
      "}",
      "");

  private static final String SYNC = String.join("\n",
      "{",
      "  \"StartAt\": \"Glue\",",
      "  \"States\": {",
      "    \"Glue\": {",
      "      \"Type\": \"Task\",",
      "      \"Resource\": \"arn:aws:states:::glue:startJobRun.sync\",",
      "      \"Parameters\": {",
      "        \"JobName\": \"etl\"",
      "      },",
      "      \"End\": true",
      "    }",
      "  }",
      "}",
      "");

  private static final String MALFORMED = String.join("\n",
      "{",
      "  \"StartAt\": \"A\",",
      "  \"States\": {",
      "    \"A\": {\"Type\": \"Pass\",, \"End\": true}",
      "  }",
      "}",
      "");

  private static final String DANGLING_LINE = "dangling.asl.json:14:7: ERROR"
      + " MISSING_TRANSITION_TARGET /States/A/Next: unknown state \"Finish\" (known: \"A\", \"B\")";
  private static final String WARNING_LINE = "warning.asl.json:7:9: WARNING LOOKS_LIKE_PATH"
      + " /States/A/Parameters/name: \"$.x\" looks like a path but is passed as literal text,"
      + " because the key has no .$ suffix; did you mean \"name.$\"?";

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("valid.asl.json"), VALID);
    Files.writeString(dir.resolve("dangling.asl.json"), DANGLING);
    Files.writeString(dir.resolve("two.asl.json"), TWO_ERRORS);
    Files.writeString(dir.resolve("warning.asl.json"), WARNING_ONLY);
    Files.writeString(dir.resolve("sync.asl.json"), SYNC);
    Files.writeString(dir.resolve("malformed.asl.json"), MALFORMED);
  }

  @Test
  void aValidFileExitsZeroAndPrintsNothing() {
    assertThat(run("validate", "valid.asl.json")).isEqualTo(0);
    assertThat(out()).isEmpty();
    assertThat(err()).isEmpty();
  }

  @Test
  void aDanglingNextIsReportedAtItsLineAndColumn() {
    assertThat(run("validate", "dangling.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo(DANGLING_LINE + "\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void everyErrorOfAFileIsReportedAtOnce() {
    assertThat(run("validate", "two.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo(
        "two.asl.json:6:7: ERROR UNKNOWN_FIELD /States/A/Nxt: unknown field \"Nxt\" in a Pass"
            + " state; did you mean \"Next\"?\n"
        + "two.asl.json:7:7: ERROR MISSING_TRANSITION_TARGET /States/A/Next: unknown state"
            + " \"Finish\" (known: \"A\", \"B\")\n");
  }

  @Test
  void warningsArePrintedButDoNotFail() {
    assertThat(run("validate", "warning.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(WARNING_LINE + "\n");
  }

  @Test
  void expressRejectsSyncIntegrationsThatStandardAccepts() {
    assertThat(run("validate", "sync.asl.json")).isEqualTo(0);
    assertThat(run("validate", "--type", "STANDARD", "sync.asl.json")).isEqualTo(0);
    assertThat(out()).isEmpty();

    assertThat(run("validate", "--type", "EXPRESS", "sync.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("sync.asl.json:6:7: ERROR EXPRESS_UNSUPPORTED"
        + " /States/Glue/Resource: Express workflows only support request-response integrations;"
        + " \"arn:aws:states:::glue:startJobRun.sync\" needs a Standard workflow\n");
  }

  @Test
  void jsonFormatWritesOneEscapedObjectPerFile() {
    assertThat(run("validate", "--format", "json", "valid.asl.json", "dangling.asl.json",
        "warning.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo(
        "{\"file\":\"valid.asl.json\",\"result\":\"OK\",\"diagnostics\":[]}\n"
        + "{\"file\":\"dangling.asl.json\",\"result\":\"FAIL\",\"diagnostics\":["
        + "{\"code\":\"MISSING_TRANSITION_TARGET\",\"location\":\"/States/A/Next\","
        + "\"message\":\"unknown state \\\"Finish\\\" (known: \\\"A\\\", \\\"B\\\")\","
        + "\"severity\":\"ERROR\",\"line\":14,\"column\":7}]}\n"
        + "{\"file\":\"warning.asl.json\",\"result\":\"OK\",\"diagnostics\":["
        + "{\"code\":\"LOOKS_LIKE_PATH\",\"location\":\"/States/A/Parameters/name\","
        + "\"message\":\"\\\"$.x\\\" looks like a path but is passed as literal text, because"
        + " the key has no .$ suffix; did you mean \\\"name.$\\\"?\","
        + "\"severity\":\"WARNING\",\"line\":7,\"column\":9}]}\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void malformedJsonIsAnInvalidJsonDiagnostic() {
    assertThat(run("validate", "malformed.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("malformed.asl.json:4:26: ERROR INVALID_JSON /States/A:"
        + " malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote to"
        + " start field name\n");
  }

  @Test
  void duplicateKeysAreADiagnosticNotAnInternalError() throws IOException {
    Files.writeString(dir.resolve("dup.asl.json"), String.join("\n",
        "{",
        "  \"StartAt\": \"A\",",
        "  \"StartAt\": \"B\",",
        "  \"States\": {\"A\": {\"Type\": \"Succeed\"}}",
        "}",
        ""));
    Files.writeString(dir.resolve("nested.asl.json"), String.join("\n",
        "{",
        "  \"StartAt\": \"A\",",
        "  \"States\": {",
        "    \"A\": {",
        "      \"Type\": \"Pass\",",
        "      \"Parameters\": {\"id.$\": \"$.id\", \"id.$\": \"$.other\"},",
        "      \"End\": true",
        "    }",
        "  }",
        "}",
        ""));

    assertThat(run("validate", "dup.asl.json", "nested.asl.json", "valid.asl.json"))
        .isEqualTo(1);
    assertThat(out()).isEqualTo("dup.asl.json:3:3: ERROR DUPLICATE_KEY /StartAt: duplicate key"
        + " \"StartAt\"; JSON readers would silently keep only one value, so each key may appear"
        + " once per object\n"
        + "nested.asl.json:6:38: ERROR DUPLICATE_KEY /States/A/Parameters/id.$: duplicate key"
        + " \"id.$\"; JSON readers would silently keep only one value, so each key may appear once"
        + " per object\n");
    assertThat(err()).isEmpty();

    out.reset();
    assertThat(run("validate", "--format", "json", "dup.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("{\"file\":\"dup.asl.json\",\"result\":\"FAIL\","
        + "\"diagnostics\":[{\"code\":\"DUPLICATE_KEY\",\"location\":\"/StartAt\","
        + "\"message\":\"duplicate key \\\"StartAt\\\"; JSON readers would silently keep only"
        + " one value, so each key may appear once per object\",\"severity\":\"ERROR\","
        + "\"line\":3,\"column\":3}]}\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void duplicateKeysGetTheSameLocatedErrorFromTheOtherCommands() throws IOException {
    Files.writeString(dir.resolve("dup.asl.json"),
        "{\"StartAt\": \"A\", \"StartAt\": \"B\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    String message = "dup.asl.json:1:18: /StartAt: duplicate key \"StartAt\"; JSON readers would"
        + " silently keep only one value, so each key may appear once per object\n";

    for (String command : new String[] {"format", "render", "generate"}) {
      err.reset();
      assertThat(run(command, "dup.asl.json")).as(command).isEqualTo(1);
      assertThat(err()).isEqualTo("asl4j " + command + ": " + message);
    }
    assertThat(out()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreAnInvalidJsonDiagnosticNotACrash() throws IOException {
    byte[] latin1 = "{\"StartAt\": \"A\",\n \"Comment\": \"caf\u00e9\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin1.asl.json"), latin1);

    assertThat(run("validate", "latin1.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("latin1.asl.json:2:17: ERROR INVALID_JSON invalid UTF-8:"
        + " byte 0xe9 at offset 33; a definition must be UTF-8 text\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void manyFilesAreReportedInCommandLineOrderWhateverTheThreads() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String name = "f" + i + ".asl.json";
      switch (i % 4) {
        case 0 -> Files.writeString(dir.resolve(name), VALID);
        case 1 -> {
          Files.writeString(dir.resolve(name), DANGLING);
          expected.append(DANGLING_LINE.replace("dangling.asl.json", name)).append('\n');
        }
        case 2 -> {
          Files.writeString(dir.resolve(name), WARNING_ONLY);
          expected.append(WARNING_LINE.replace("warning.asl.json", name)).append('\n');
        }
        default -> name = "missing" + i + ".json";
      }
      args.add(name);
    }

    assertThat(run(args.toArray(String[]::new))).isEqualTo(2);

    assertThat(out()).isEqualTo(expected.toString());
    StringBuilder missing = new StringBuilder();
    for (int i = 3; i < 40; i += 4) {
      missing.append("asl4j validate: missing").append(i).append(".json: no such file\n");
    }
    assertThat(err()).isEqualTo(missing.toString());
  }

  @Test
  void readsStandardInputForDash() {
    stdin = DANGLING;
    assertThat(run("validate", "-")).isEqualTo(1);
    assertThat(out()).isEqualTo(DANGLING_LINE.replace("dangling.asl.json", "<stdin>") + "\n");
  }

  @Test
  void aMissingFileIsAnIoErrorWithExitTwoAndTheOtherFilesAreStillChecked() {
    assertThat(run("validate", "nope.json", "dangling.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: nope.json: no such file\n");
    assertThat(out()).isEqualTo(DANGLING_LINE + "\n");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: no input files (use '-' for standard input)\n"
        + "Run 'asl4j validate --help' for usage.\n");
    err.reset();
    assertThat(run("validate", "--bogus", "valid.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: unknown option '--bogus'\n"
        + "Run 'asl4j validate --help' for usage.\n");
    err.reset();
    assertThat(run("validate", "--type", "LOCAL", "valid.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith(
        "asl4j validate: --type must be STANDARD or EXPRESS, not 'LOCAL'\n");
    err.reset();
    assertThat(run("validate", "--format", "xml", "valid.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j validate: --format must be text or json, not 'xml'\n");
    err.reset();
    assertThat(run("validate", "valid.asl.json", "--format")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j validate: --format needs a value (text|json)\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void hasHelpAndIsListedInTheUsage() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains(
        "  validate    check definitions against every ASL rule and common mistakes\n");
    out.reset();
    assertThat(run("validate", "--help")).isEqualTo(0);
    assertThat(out()).startsWith(
        "usage: asl4j validate [--format text|json] [--type STANDARD|EXPRESS]\n"
        + "                      [--input-example F | --input-schema F] FILE...\n");
    assertThat(out()).contains("Exit codes: 0 every file valid");
  }

  /** Reads $.orderId and $.customer.name from the execution input. */
  private static final String READS_INPUT = String.join("\n",
      "{",
      "  \"StartAt\": \"A\",",
      "  \"States\": {",
      "    \"A\": {",
      "      \"Type\": \"Pass\",",
      "      \"Parameters\": {\"id.$\": \"$.orderId\", \"name.$\": \"$.customer.name\"},",
      "      \"End\": true",
      "    }",
      "  }",
      "}",
      "");

  @Test
  void anInputExampleOrSchemaSaysWhatTheExecutionInputIs() throws IOException {
    Files.writeString(dir.resolve("reads.asl.json"), READS_INPUT);
    Files.writeString(dir.resolve("example.json"), "{\"orderId\": \"o-1\", \"customer\": {}}");
    Files.writeString(dir.resolve("schema.json"), "{\"type\": \"object\", \"required\":"
        + " [\"customer\"], \"properties\": {\"orderId\": {\"type\": \"string\"}}}");
    assertThat(run("validate", "reads.asl.json")).isEqualTo(0);
    assertThat(out()).isEmpty();

    assertThat(run("validate", "--input-example", "example.json", "reads.asl.json"))
        .isEqualTo(1);
    assertThat(out()).isEqualTo("reads.asl.json:6:43: ERROR PATH_NOT_FOUND"
        + " /States/A/Parameters/name.$: \"$.customer.name\": \"$.customer\" has no \"name\""
        + " when \"A\" runs; it is \"customer\" of the execution input (as the example has"
        + " it), which is {}; the execution would fail with States.Runtime\n");
    out.reset();

    assertThat(run("validate", "--input-schema=schema.json", "reads.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("reads.asl.json:6:22: WARNING PATH_MAY_BE_MISSING"
        + " /States/A/Parameters/id.$: \"$.orderId\": the input of \"A\" may lack \"orderId\""
        + " (it is the execution input (as its schema has it), where \"orderId\" is optional):"
        + " it can be missing on the route A, and there the execution fails with"
        + " States.Runtime\n");
  }

  @Test
  void aBrokenInputExampleIsAnInputError() throws IOException {
    Files.writeString(dir.resolve("reads.asl.json"), READS_INPUT);
    Files.writeString(dir.resolve("broken.json"), "{\"orderId\": ");
    assertThat(run("validate", "--input-example", "broken.json", "reads.asl.json"))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: broken.json:1:13: the input example is not"
        + " JSON: Unexpected end-of-input within/between Object entries\n");
    err.reset();
    Files.writeString(dir.resolve("bad.json"), "bad");
    assertThat(run("validate", "--input-example", "bad.json", "reads.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: bad.json:1:1: the input example is not JSON:"
        + " Unrecognized token 'bad': was expecting (JSON String, Number, Array, Object or token"
        + " 'null', 'true' or 'false')\n");
    err.reset();
    Files.writeString(dir.resolve("schema.json"), "{\"type\": \"object\",\n \"required\": [,]}");
    assertThat(run("validate", "--input-schema", "schema.json", "reads.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: schema.json:2:15: the input schema is not JSON:"
        + " Unexpected character (',' (code 44)): expected a valid value (JSON String, Number,"
        + " Array, Object or token 'null', 'true' or 'false')\n");
    err.reset();
    Files.writeString(dir.resolve("array.json"), "[]");
    assertThat(run("validate", "--input-schema", "array.json", "reads.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j validate: array.json:1:1: the input schema is not a JSON"
        + " Schema: expected an object (or a boolean), found an array\n");
    err.reset();
    assertThat(run("validate", "--input-schema", "nope.json", "reads.asl.json")).isEqualTo(2);
    assertThat(err()).endsWith("asl4j validate: nope.json: no such file\n");
    err.reset();
    assertThat(run("validate", "--input-example", "broken.json", "--input-schema", "x.json",
        "reads.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j validate: --input-example and --input-schema cannot be"
        + " combined; give one\n");
  }
}
