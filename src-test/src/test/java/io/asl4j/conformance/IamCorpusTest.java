package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.cdk.iam.IamDeriver;
import io.asl4j.cdk.iam.Statement;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM derivation over every readable valid corpus definition: no failures, well-formed actions. */
class IamCorpusTest {

  @Test
  void everyDefinitionGetsAPolicy() throws Exception {
    int derived = 0;
    int statements = 0;
    int warnings = 0;
    List<String> problems = new ArrayList<>();
    for (Path file : Corpus.definitions("valid")) {
      Workflow w;
      try {
        w = AslReader.create().keepUnknownFields(true).read(Files.readString(file,
            StandardCharsets.UTF_8));
      } catch (AslReadException unreadable) {
        continue;
      }
      try {
        IamDeriver.Result r = IamDeriver.create().derive(w);
        derived++;
        statements += r.statements().size();
        warnings += r.warnings().size();
        for (Statement s : r.statements()) {
          for (String action : s.actions()) {
            if (!action.matches("[a-z0-9-]+:[A-Za-z0-9*]+")) {
              problems.add(Corpus.name(file) + ": malformed action " + action);
            }
          }
        }
      } catch (RuntimeException e) {
        problems.add(Corpus.name(file) + ": " + e);
      }
    }
    System.out.printf("IAM derivation: %d definitions, %d statements, %d warnings%n", derived,
        statements, warnings);
    assertThat(derived).isGreaterThan(400);
    assertThat(problems).isEmpty();
  }
}
