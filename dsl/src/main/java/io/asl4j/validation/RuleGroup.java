package io.asl4j.validation;

import java.util.Optional;

/** A group of rules of one kind; each reports into the {@link ValidationRun} it belongs to. */
abstract class RuleGroup {

  final ValidationRun run;

  RuleGroup(ValidationRun run) {
    this.run = run;
  }

  final void report(DiagnosticCode code, String location, String message) {
    run.report(code, location, message);
  }

  final void placeholders(Optional<String> text, String at) {
    run.placeholders(text, at);
  }

  /** As {@link #placeholders(Optional, String)} at {@code at + "/" + field}, made only if needed. */
  final void placeholders(Optional<String> text, String at, String field) {
    if (text.isPresent() && ExpressionText.isTestPlaceholder(text.get())) {
      run.placeholders(text, at + "/" + field);
    }
  }

  /** As {@link #placeholders(Optional, String, String)} below a pointer put together lazily. */
  final void placeholders(Optional<String> text, Loc at, String field) {
    if (text.isPresent() && ExpressionText.isTestPlaceholder(text.get())) {
      run.placeholders(text, at + "/" + field);
    }
  }
}
