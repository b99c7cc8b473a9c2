package io.asl4j.json;

import io.asl4j.model.AslEnum;
import io.asl4j.model.ComparisonOperator;

/**
 * The member names each ASL record allows, in the order messages list them, and the questions
 * asked of them: is this a state type, is this name a field of ASL at all.
 */
final class FieldTables {

  static final String[] STATE_TYPES =
      {"Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"};
  /** Read a state's Type (and QueryLanguage) before the fields whose meaning they decide. */
  static final String[] TYPE_FIRST = {"Type", "QueryLanguage"};
  /** Read a graph's QueryLanguage before its states. */
  static final String[] LANGUAGE_FIRST = {"QueryLanguage"};

  static final String[] TOP_FIELDS =
      {"Comment", "QueryLanguage", "Version", "TimeoutSeconds", "StartAt", "States"};
  static final String[] BRANCH_FIELDS = {"Comment", "QueryLanguage", "StartAt", "States"};
  static final String[] PROCESSOR_FIELDS =
      {"Comment", "QueryLanguage", "ProcessorConfig", "StartAt", "States"};
  static final String[] TASK_FIELDS = {"Type", "Comment", "QueryLanguage", "Resource",
      "Credentials", "InputPath", "Parameters", "Arguments", "TimeoutSeconds", "TimeoutSecondsPath",
      "HeartbeatSeconds", "HeartbeatSecondsPath", "ResultSelector", "ResultPath", "OutputPath",
      "Output", "Assign", "Retry", "Catch", "Next", "End"};
  static final String[] PASS_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "Parameters", "Result", "ResultPath", "OutputPath", "Output", "Assign", "Next", "End"};
  static final String[] CHOICE_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "OutputPath", "Output", "Assign", "Choices", "Default"};
  static final String[] WAIT_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "OutputPath", "Output", "Assign",
      "Next", "End"};
  static final String[] SUCCEED_FIELDS =
      {"Type", "Comment", "QueryLanguage", "InputPath", "OutputPath", "Output"};
  static final String[] FAIL_FIELDS =
      {"Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"};
  static final String[] PARALLEL_FIELDS = {"Type", "Comment", "QueryLanguage",
      "InputPath", "Parameters", "Arguments", "Branches", "ResultSelector", "ResultPath",
      "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End"};
  static final String[] MAP_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "Arguments", "ItemsPath", "Items", "ItemReader", "ItemSelector", "Parameters", "ItemBatcher",
      "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
      "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath",
      "Label", "ItemProcessor", "Iterator", "ResultWriter", "ResultSelector", "ResultPath",
      "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End"};
  static final String[] RETRIER_FIELDS = {"Comment", "ErrorEquals", "IntervalSeconds",
      "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy"};
  static final String[] CATCHER_FIELDS =
      {"Comment", "ErrorEquals", "ResultPath", "Output", "Assign", "Next"};
  static final String[] RULE_FIELDS =
      {"Comment", "Variable", "And", "Or", "Not", "Condition", "Assign", "Output", "Next"};
  static final String[] NESTED_RULE_FIELDS = {"Comment", "Variable", "And", "Or", "Not"};
  static final String[] PROCESSOR_CONFIG_FIELDS = {"Mode", "ExecutionType"};
  static final String[] ITEM_READER_FIELDS =
      {"Resource", "ReaderConfig", "Parameters", "Arguments"};
  static final String[] READER_CONFIG_FIELDS = {"InputType", "ManifestType",
      "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "ItemsPointer", "Transformation",
      "MaxItems", "MaxItemsPath"};
  static final String[] ITEM_BATCHER_FIELDS = {"MaxItemsPerBatch",
      "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput"};
  static final String[] RESULT_WRITER_FIELDS =
      {"Resource", "WriterConfig", "Parameters", "Arguments"};
  static final String[] WRITER_CONFIG_FIELDS = {"OutputType", "Transformation"};

  private FieldTables() {}

  static boolean isOneOf(String s, String... options) {
    for (String o : options) {
      if (o.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** A field of some ASL record (or a comparison operator): misplaced rather than unknown. */
  static boolean isKnownAslField(String name) {
    return isOneOf(name, TASK_FIELDS) || isOneOf(name, MAP_FIELDS) || isOneOf(name, PASS_FIELDS)
        || isOneOf(name, WAIT_FIELDS) || isOneOf(name, CHOICE_FIELDS) || isOneOf(name, FAIL_FIELDS)
        || isOneOf(name, TOP_FIELDS) || isOneOf(name, RULE_FIELDS)
        || AslEnum.fromJsonName(ComparisonOperator.class, name).isPresent();
  }
}
