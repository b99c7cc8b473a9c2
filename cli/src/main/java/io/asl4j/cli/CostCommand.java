package io.asl4j.cli;

import io.asl4j.local.ExecutionCost;
import io.asl4j.local.ExecutionListener;
import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.LocalExecutionException;
import io.asl4j.local.Pricing;
import io.asl4j.model.ExecutionType;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import io.asl4j.validation.Validator.WorkflowType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code asl4j cost}: runs a workflow locally, as {@code asl4j run} does, and prices the
 * execution as AWS Step Functions would bill it: the state transitions of a Standard workflow, or
 * the request and the duration of an Express one, for one execution and for many a month.
 */
@Command(name = "cost",
    customSynopsis = {
        "asl4j cost [--input FILE|-] [--mocks FILE] [--test-case NAME]",
        "           [--workflow NAME=FILE]... [--executions-per-month N]",
        "           [--type STANDARD|EXPRESS] [--prices FILE] FILE"},
    description = {
        "price an execution of a workflow, as AWS would bill it",
        "",
        "Runs the definition locally with its Task states answered by the mocks (as 'asl4j run'"
            + " does: the mocks choose the path), then prices that execution. STANDARD: AWS bills"
            + " every state transition, one per state entered (the first included) and one more"
            + " per retry, beyond 4,000 free a month. EXPRESS: one request and the duration,"
            + " rounded up to the next 100 ms, times the memory, billed in 64 MB chunks (64 MB"
            + " here); Express has no free tier."},
    footer = {
        "--prices: a JSON object with any of region, standardPerThousandTransitions,"
            + " freeTransitionsPerMonth, expressPerMillionRequests, expressPerGbSecond,"
            + " expressMemoryMb; the others keep AWS's US East (N. Virginia) prices ($0.025 per"
            + " 1,000 transitions, $1.00 per million requests, $0.00001667 per GB-second).",
        "",
        "The free tier is the account's, shared by all its Standard workflows: the monthly figure"
            + " gives all of it to this workflow.",
        "",
        "Problems with the files go to standard error as 'asl4j cost: FILE:LINE:COL: message'."
            + " With --type EXPRESS, what AWS would not run as an Express workflow (.sync,"
            + " .waitForTaskToken, activities) is warned about there first, as 'asl4j cost:"
            + " FILE:LINE:COL: warning: CODE /pointer: message'; the price is given all the"
            + " same.",
        "Exit codes: 0 the execution succeeded and is priced, 1 it failed or timed out (it is"
            + " priced too: AWS bills failed executions), 2 usage error or input that cannot be"
            + " run (a file that is missing or invalid, a missing mock)."})
final class CostCommand extends ConsoleCommand {

  /** Reads {@code --executions-per-month}, worded as the other options' values. */
  static final class CountConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        long n = Long.parseLong(value.replace("_", "").replace(",", ""));
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // worded below
      }
      throw new TypeConversionException("--executions-per-month must be a whole number, 0 or"
          + " more, not '" + value + "'");
    }
  }

  @Mixin
  ExecutionFiles files;

  @Option(names = "--executions-per-month", paramLabel = "N", converter = CountConverter.class,
      description = "also price N such executions a month, the free tier taken off")
  Long executionsPerMonth;

  @Option(names = "--type", paramLabel = "STANDARD|EXPRESS",
      converter = RunCommand.TypeChoices.class,
      completionCandidates = RunCommand.TypeChoices.class,
      description = "the workflow type to price (default: STANDARD)")
  ExecutionType type = ExecutionType.STANDARD;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "prices for another region or date (see below)")
  Path prices;

  CostCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    CommandIo io = io();
    String file = files.definition(prices);
    Pricing pricing = Pricing.usEast1();
    if (prices != null) {
      String text = LocalSetup.text(io, prices.toString());
      if (text == null) {
        return Main.USAGE_OR_IO;
      }
      try {
        pricing = Pricing.parse(text, CommandIo.label(prices.toString()));
      } catch (IllegalArgumentException e) {
        io.error(e.getMessage());
        return Main.USAGE_OR_IO;
      }
    }
    try {
      LocalSetup.Prepared prepared = LocalSetup.prepare(io, file, files.input, files.mocks,
          files.testCase, files.workflows);
      if (prepared == null) {
        return Main.USAGE_OR_IO;
      }
      if (type == ExecutionType.EXPRESS) {
        expressWarnings(io, CommandIo.label(file), prepared.definition());
      }
      long[] retries = {0};
      ExecutionListener counter = new ExecutionListener() {
        @Override
        public void retried(String state, int retrier, Optional<String> error) {
          retries[0]++;
        }
      };
      ExecutionResult result = prepared.executor().run(prepared.input(), prepared.mocks(),
          ExecutionOptions.defaults().withType(type), counter);
      ExecutionCost cost = ExecutionCost.of(type, result.transitions(), retries[0],
          duration(result), pricing);
      io.out().print(text(result, cost));
      io.out().flush();
      return result.status() == ExecutionStatus.SUCCEEDED ? Main.OK : Main.INVALID;
    } catch (LocalExecutionException e) {
      LocalSetup.report(io, e);
      return Main.USAGE_OR_IO;
    }
  }

  /**
   * Says what AWS would refuse to run as an Express workflow (.sync, .waitForTaskToken, activities,
   * ...): the validator's findings for EXPRESS that it does not make for STANDARD, one warning a
   * line, {@code asl4j cost: FILE:LINE:COL: warning: CODE /pointer: message}. The price is still
   * given: it answers "what if".
   */
  private static void expressWarnings(CommandIo io, String label, byte[] definition) {
    List<Diagnostic> standard = Validator.create().forType(WorkflowType.STANDARD)
        .validate(definition);
    for (Diagnostic d : Validator.create().forType(WorkflowType.EXPRESS).validate(definition)) {
      if (!standard.contains(d)) {
        String what = "warning: " + d.code() + " "
            + (d.location().isEmpty() ? "" : d.location() + ": ") + d.message();
        if (d.line() > 0) {
          io.error(label, d.line(), d.column(), what);
        } else {
          io.error(label, what);
        }
      }
    }
  }

  /** The execution, its price, and the free tier. */
  private String text(ExecutionResult result, ExecutionCost cost) {
    StringBuilder sb = new StringBuilder();
    sb.append("execution: ").append(result.status());
    result.error().ifPresent(e -> sb.append(" (").append(e).append(')'));
    sb.append(", states entered: ").append(String.join(" -> ", result.statesEntered()))
        .append('\n');
    sb.append(executionsPerMonth == null ? cost.toText() : cost.toText(executionsPerMonth));
    sb.append(freeTier(cost)).append('\n');
    return sb.toString();
  }

  /** What the free tier covers for this workflow. */
  private static String freeTier(ExecutionCost cost) {
    if (cost.type() == ExecutionType.EXPRESS) {
      return "free tier: none for Express workflows; every request and GB-second is billed";
    }
    long free = cost.pricing().freeTransitionsPerMonth();
    if (cost.billedTransitions() == 0) {
      return "free tier: " + ExecutionCost.count(free) + " state transitions a month";
    }
    long executions = free / cost.billedTransitions();
    return "free tier: " + ExecutionCost.count(free) + " state transitions a month per account,"
        + " all its Standard workflows together (" + ExecutionCost.count(executions)
        + (executions == 1 ? " execution" : " executions") + " of this one alone)";
  }

  /** The execution's duration on the virtual clock, from its history. */
  private static java.time.Duration duration(ExecutionResult result) {
    var h = result.history();
    return h.isEmpty() ? java.time.Duration.ZERO
        : java.time.Duration.between(h.get(0).timestamp(), h.get(h.size() - 1).timestamp());
  }
}
