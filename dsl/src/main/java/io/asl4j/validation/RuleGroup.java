package io.asl4j.validation;

import io.asl4j.model.JsonNumber;
import java.util.Optional;

/** A group of rules of one kind; each reports into the {@link ValidationRun} it belongs to. */
abstract class RuleGroup {

  final ValidationRun run;

  RuleGroup(ValidationRun run) {
    this.run = run;
  }

  final void error(String code, String location, String message) {
    run.error(code, location, message);
  }

  final void warning(String code, String location, String message) {
    run.warning(code, location, message);
  }

  final void placeholders(Optional<String> text, String at) {
    run.placeholders(text, at);
  }

  final void integer(JsonNumber n, String at, long min, long max) {
    run.integer(n, at, min, max);
  }
}
