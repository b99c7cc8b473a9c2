package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Distributed Map's ItemReader over mocked S3 objects, its ItemBatcher and its ResultWriter.
 * The expected outputs of the reader cases are those AWS recorded for the same objects (LocalStack's
 * AWS-validated snapshots of {@code test_map_item_reader_*}).
 */
class DistributedMapTest {

  /** A Distributed Map over an ItemReader whose ReaderConfig and Parameters are given. */
  private static String reader(String readerConfig, String resource, String parameters) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemReader": {"ReaderConfig": %s, "Resource": "arn:aws:states:::s3:%s",
                         "Parameters": %s},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}""".formatted(readerConfig, resource, parameters);
  }

  private static final String GET = "{\"Bucket.$\": \"$.Bucket\", \"Key.$\": \"$.Key\"}";
  private static final String CSV_ROWS = "Value1,Value2,Value3\\nValue4,Value5,Value6\\n,,,\\n"
      + "true,1,'HelloWorld'\\nNull,None,\\n   \\n";

  private static String s3(String key, String content) {
    return "{\"S3\": {\"b\": {\"" + key + "\": " + content + "}}}";
  }

  private static final String INPUT = "{\"Bucket\": \"b\", \"Key\": \"file\"}";

  @Test
  void csvWithTheHeaderInTheFirstRowGivesOneObjectOfStringsPerRow() {
    ExecutionResult r = run(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\"}",
        "getObject", GET), INPUT, s3("file", "\"Col1,Col2,Col3\\n" + CSV_ROWS + "\""));
    assertThat(output(r)).isEqualTo("[{\"Col1\":\"Value1\",\"Col2\":\"Value2\",\"Col3\":\"Value3\"},"
        + "{\"Col1\":\"Value4\",\"Col2\":\"Value5\",\"Col3\":\"Value6\"},"
        + "{\"Col1\":\"\",\"Col2\":\"\",\"Col3\":\"\"},"
        + "{\"Col1\":\"true\",\"Col2\":\"1\",\"Col3\":\"'HelloWorld'\"},"
        + "{\"Col1\":\"Null\",\"Col2\":\"None\",\"Col3\":\"\"},"
        + "{\"Col1\":\"   \",\"Col2\":\"\",\"Col3\":\"\"}]");
    assertThat(r.statesEntered()).containsExactly("M");
    assertThat(r.history()).extracting(HistoryEvent::type).containsExactly("ExecutionStarted",
        "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded",
        "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
  }

  @Test
  void csvMembersComeInAwsOrderAndExtraFieldsAreDropped() {
    ExecutionResult typed = run(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": "
        + "\"FIRST_ROW\"}", "getObject", GET), INPUT,
        s3("file", "\"0,True,{}\\nValue4,Value5,Value6\\n\""));
    assertThat(output(typed)).isEqualTo("[{\"0\":\"Value4\",\"{}\":\"Value6\",\"True\":\"Value5\"}]");
    ExecutionResult given = run(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\","
        + " \"CSVHeaders\": [\"H1\"]}", "getObject", GET), INPUT, s3("file", "\"" + CSV_ROWS + "\""));
    assertThat(output(given)).isEqualTo("[{\"H1\":\"Value1\"},{\"H1\":\"Value4\"},{\"H1\":\"\"},"
        + "{\"H1\":\"true\"},{\"H1\":\"Null\"},{\"H1\":\"   \"}]");
  }

  @Test
  void csvQuotingAndDelimitersFollowRfc4180() {
    ExecutionResult r = run(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", "
        + "\"CSVDelimiter\": \"SEMICOLON\"}", "getObject", GET), INPUT,
        s3("file", "\"a;b\\r\\n\\\"x;1\\\";\\\"say \\\"\\\"hi\\\"\\\"\\nthere\\\"\\r\\n\""));
    assertThat(output(r)).isEqualTo("[{\"a\":\"x;1\",\"b\":\"say \\\"hi\\\"\\nthere\"}]");
  }

  @Test
  void duplicateCsvHeadersFailTheItemReader() {
    ExecutionResult r = run(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\", "
        + "\"CSVHeaders\": [\"H1\", \"H1\", \"H3\"]}", "getObject", GET), INPUT,
        s3("file", "\"" + CSV_ROWS + "\""));
    assertThat(r.error()).contains("States.ItemReaderFailed");
    assertThat(r.cause()).contains("CSV headers cannot contain duplicates.");
    assertThat(r.history()).extracting(HistoryEvent::type).containsSubsequence("MapRunStarted",
        "MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void jsonIsAnArrayOfItemsOrTheArrayAtItemsPointer() {
    String items = "[{\"verdict\": \"true\"}, {\"verdict\": \"false\"}, {\"verdict\": \"mixed\"}]";
    assertThat(output(run(reader("{\"InputType\": \"JSON\"}", "getObject", GET), INPUT,
        s3("file", items)))).isEqualTo("[{\"verdict\":\"true\"},{\"verdict\":\"false\"},"
        + "{\"verdict\":\"mixed\"}]");
    assertThat(output(run(reader("{\"InputType\": \"JSON\", \"ItemsPointer\": \"/data/rows\"}",
        "getObject", GET), INPUT, s3("file", "{\"data\": {\"rows\": [1, 2]}}")))).isEqualTo("[1,2]");
    ExecutionResult notAList = run(reader("{\"InputType\": \"JSON\"}", "getObject", GET), INPUT,
        s3("file", "{\"Hello\": \"world\"}"));
    assertThat(notAList.error()).contains("States.ItemReaderFailed");
    assertThat(notAList.cause()).contains("Attempting to map over non-iterable node.");
  }

  @Test
  void jsonLinesHoldOneItemALine() {
    assertThat(output(run(reader("{\"InputType\": \"JSONL\"}", "getObject", GET), INPUT,
        s3("file", "\"{\\\"a\\\": 1}\\n\\n[2]\\n\\\"three\\\"\\n\"")))).isEqualTo(
        "[{\"a\":1},[2],\"three\"]");
  }

  @Test
  void maxItemsKeepsTheFirstItemsAndZeroKeepsAll() {
    String csv = "\"Col1,Col2\\nValue1,Value2\\nValue3,Value4\\nValue5,Value6\\nValue7,Value8\\n\"";
    String path = reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", "
        + "\"MaxItemsPath\": \"$.MaxItems\"}", "getObject", GET);
    String with = "{\"Bucket\": \"b\", \"Key\": \"file\", \"MaxItems\": %s}";
    assertThat(output(run(path, with.formatted("2"), s3("file", csv)))).isEqualTo(
        "[{\"Col1\":\"Value1\",\"Col2\":\"Value2\"},{\"Col1\":\"Value3\",\"Col2\":\"Value4\"}]");
    assertThat(run(path, with.formatted("0"), s3("file", csv)).output().map(o -> ((java.util.List<?>)
        o).size())).contains(4);
    assertThat(run(path, with.formatted("100000001"), s3("file", csv)).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    ExecutionResult negative = run(path, with.formatted("-1"), s3("file", csv));
    assertThat(negative.error()).contains("States.ItemReaderFailed");
    assertThat(negative.cause()).contains("field MaxItems must be positive");
    ExecutionResult fraction = run(path, with.formatted("1.5"), s3("file", csv));
    assertThat(fraction.error()).contains("States.Runtime");
    assertThat(fraction.cause()).contains("An error occurred while executing the state 'M' "
        + "(entered at the event id #2). The MaxItemsPath field refers to value \"1.5\" which is "
        + "not a valid integer: $.MaxItems");
    assertThat(fraction.history()).extracting(HistoryEvent::type).doesNotContain("MapRunStarted");
  }

  @Test
  void maxItemsMayBeAJsonataExpression() {
    String asl = """
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemReader": {"ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $maxItems := 2 %}"},
            "Resource": "arn:aws:states:::s3:getObject",
            "Arguments": {"Bucket": "{% $states.input.Bucket %}", "Key": "{% $states.input.Key %}"}},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}""";
    assertThat(output(run(asl, INPUT, s3("file", "[1, 2, 3]")))).isEqualTo("[1,2]");
  }

  @Test
  void itemsPathIsIgnoredWhenAnItemReaderReadsTheItems() {
    String asl = reader("{\"InputType\": \"JSON\"}", "getObject", GET)
        .replace("\"ItemReader\"", "\"ItemsPath\": \"$.nowhere\", \"ItemReader\"");
    assertThat(output(run(asl, INPUT, s3("file", "[[\"from-bucket\"]]"))))
        .isEqualTo("[[\"from-bucket\"]]");
  }

  @Test
  void listObjectsV2GivesOneItemPerObjectUnderThePrefix() {
    String asl = reader("{}", "listObjectsV2", "{\"Bucket.$\": \"$.Bucket\", \"Prefix\": \"in/\"}");
    ExecutionResult r = run(asl, INPUT, """
        {"S3": {"b": {"in/file_1.txt": "1HelloWorld!", "in/file_0.txt": "0HelloWorld!",
                      "out/other.txt": "x"}}}""");
    assertThat(output(r)).isEqualTo("[{\"Etag\":\"\\\"" + md5("0HelloWorld!") + "\\\"\","
        + "\"Key\":\"in/file_0.txt\",\"LastModified\":1704110400,\"Size\":12,"
        + "\"StorageClass\":\"STANDARD\"},{\"Etag\":\"\\\"" + md5("1HelloWorld!") + "\\\"\","
        + "\"Key\":\"in/file_1.txt\",\"LastModified\":1704110400,\"Size\":12,"
        + "\"StorageClass\":\"STANDARD\"}]");
    ExecutionResult flattened = run(reader("{\"InputType\": \"JSONL\", \"Transformation\": "
        + "\"LOAD_AND_FLATTEN\"}", "listObjectsV2", "{\"Bucket\": \"b\"}"), "{}",
        "{\"S3\": {\"b\": {\"a.jsonl\": \"1\\n2\\n\", \"b.jsonl\": \"3\\n\"}}}");
    assertThat(output(flattened)).isEqualTo("[1,2,3]");
  }

  private static String md5(String s) {
    return new S3Objects.S3Object("b", "k", s).etag().replace("\"", "");
  }

  @Test
  void manifestsListTheObjectsToRead() {
    String inventory = """
        {"S3": {"inv": {
           "manifest.json": {"sourceBucket": "src", "destinationBucket": "arn:aws:s3:::inv",
             "fileFormat": "CSV", "fileSchema": "Bucket, Key, Size",
             "files": [{"key": "data/1.csv"}, {"key": "data/2.csv"}]},
           "data/1.csv": "src,a.txt,10\\n", "data/2.csv": "src,b.txt,20\\n"}}}""";
    ExecutionResult r = run(reader("{\"InputType\": \"MANIFEST\"}", "getObject",
        "{\"Bucket\": \"inv\", \"Key\": \"manifest.json\"}"), "{}", inventory);
    assertThat(output(r)).isEqualTo("[{\"Bucket\":\"src\",\"Size\":\"10\",\"Key\":\"a.txt\"},"
        + "{\"Bucket\":\"src\",\"Size\":\"20\",\"Key\":\"b.txt\"}]");
    ExecutionResult athena = run(reader("{\"InputType\": \"CSV\", \"ManifestType\": "
        + "\"ATHENA_DATA\", \"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": [\"id\"]}",
        "getObject", "{\"Bucket\": \"q\", \"Key\": \"result-manifest.csv\"}"), "{}", """
        {"S3": {"q": {"result-manifest.csv": "s3://q/part-1\\ns3://q/part-2\\n",
                      "part-1": "1\\n2\\n", "part-2": "3\\n"}}}""");
    assertThat(output(athena)).isEqualTo("[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]");
  }

  @Test
  void anObjectThatIsNotMockedStopsTheRunNamingIt() {
    assertThatThrownBy(() -> run(reader("{\"InputType\": \"JSON\"}", "getObject", GET), INPUT))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("no mocked S3 object s3://b/file for the ItemReader of the Map state \"M\" "
            + "(mock it in the \"S3\" section of the mocks file, or with ExecutionOptions.withS3)");
  }

  @Test
  void objectsMayComeFromTheOptionsToo() {
    LocalExecutor e = LocalExecutor.compile(Workflow.fromJson(reader("{\"InputType\": \"JSON\"}",
        "getObject", GET)));
    ExecutionResult r = e.run(Map.of("Bucket", "b", "Key", "file"), Mocks.none(),
        ExecutionOptions.defaults().withS3(S3Objects.empty().with("b", "file", "[true]")));
    assertThat(r.output()).contains(java.util.List.of(true));
  }

  /** A Distributed Map that batches the JSON items of s3://b/file. */
  private static String batching(String batcher) {
    return reader("{\"InputType\": \"JSON\"}", "getObject", GET)
        .replace("\"ItemProcessor\"", "\"ItemBatcher\": " + batcher + ", \"ItemProcessor\"");
  }

  @Test
  void theItemBatcherGroupsItemsByCountAndSizeWithTheBatchInput() {
    String items = "[\"aaaa\", \"bbbb\", \"cccc\", \"dddd\", \"eeee\"]";
    assertThat(output(run(batching("{\"MaxItemsPerBatch\": 2}"), INPUT, s3("file", items))))
        .isEqualTo("[{\"Items\":[\"aaaa\",\"bbbb\"]},{\"Items\":[\"cccc\",\"dddd\"]},"
            + "{\"Items\":[\"eeee\"]}]");
    // {"Items":["aaaa","bbbb"]} is 25 bytes: a third item would make it 32
    assertThat(output(run(batching("{\"MaxInputBytesPerBatch\": 25}"), INPUT, s3("file", items))))
        .isEqualTo("[{\"Items\":[\"aaaa\",\"bbbb\"]},{\"Items\":[\"cccc\",\"dddd\"]},"
            + "{\"Items\":[\"eeee\"]}]");
    assertThat(output(run(batching("{\"MaxItemsPerBatch\": 3, \"BatchInput\": "
        + "{\"run.$\": \"$.Key\"}}"), INPUT, s3("file", items)))).isEqualTo(
        "[{\"BatchInput\":{\"run\":\"file\"},\"Items\":[\"aaaa\",\"bbbb\",\"cccc\"]},"
            + "{\"BatchInput\":{\"run\":\"file\"},\"Items\":[\"dddd\",\"eeee\"]}]");
    // numeric strings count as numbers in the Path forms, as on AWS
    assertThat(output(run(batching("{\"MaxItemsPerBatchPath\": \"$.n\"}"),
        "{\"Bucket\": \"b\", \"Key\": \"file\", \"n\": \"4\"}", s3("file", items))))
        .isEqualTo("[{\"Items\":[\"aaaa\",\"bbbb\",\"cccc\",\"dddd\"]},{\"Items\":[\"eeee\"]}]");
    ExecutionResult bad = run(batching("{\"MaxItemsPerBatchPath\": \"$.n\"}"),
        "{\"Bucket\": \"b\", \"Key\": \"file\", \"n\": \"many\"}", s3("file", items));
    assertThat(bad.cause()).contains("An error occurred while executing the state 'M' (entered at "
        + "the event id #2). The MaxItemsPerBatchPath field refers to value \"many\" which is not a "
        + "valid integer: $.n");
  }

  @Test
  void jsonataBatchersEvaluateTheirExpressions() {
    String asl = """
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemReader": {"ReaderConfig": {"InputType": "JSON", "MaxItems": 2},
            "Resource": "arn:aws:states:::s3:getObject",
            "Arguments": {"Bucket": "{% $states.input.Bucket %}", "Key": "{% $states.input.Key %}"}},
          "ItemBatcher": {"MaxItemsPerBatch": "{% $states.input.MaxItemsPerBatch %}",
            "MaxInputBytesPerBatch": "{% $states.input.MaxInputBytesPerBatch %}",
            "BatchInput": {"BatchTimestamp": "{% $states.context.State.EnteredTime %}"}},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}""";
    assertThat(output(run(asl, "{\"Bucket\": \"b\", \"Key\": \"file\", \"MaxItemsPerBatch\": 2, "
        + "\"MaxInputBytesPerBatch\": 150000}", s3("file", "[{\"v\": 1}, {\"v\": 2}, {\"v\": 3}]"))))
        .isEqualTo("[{\"BatchInput\":{\"BatchTimestamp\":\"2024-01-01T12:00:00Z\"},"
            + "\"Items\":[{\"v\":1},{\"v\":2}]}]");
  }

  /** A Distributed Map over the input array with a ResultWriter. */
  private static String writing(String writer, String processor) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "Label": "Orders",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "P", "States": %s},
          "ResultWriter": %s, "End": true}}}""".formatted(processor, writer);
  }

  private static final String PASS = "{\"P\": {\"Type\": \"Pass\", \"End\": true}}";

  @Test
  void theResultWriterWritesTheManifestAndTheResultFilesAndReturnsWhereTheyAre() {
    ExecutionResult r = run(writing("""
        {"Resource": "arn:aws:states:::s3:putObject",
         "Parameters": {"Bucket": "result-bucket", "Prefix": "mapJobs"}}""", PASS),
        "[\"Hello\", \"World\"]");
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) r.output().orElseThrow();
    String arn = (String) out.get("MapRunArn");
    assertThat(arn).startsWith("arn:aws:states:us-east-1:111111111111:mapRun:"
        + "LocalStateMachine/Orders:");
    String id = arn.substring(arn.lastIndexOf(':') + 1);
    assertThat(out.get("ResultWriterDetails")).isEqualTo(Map.of("Bucket", "result-bucket",
        "Key", "mapJobs/" + id + "/manifest.json"));
    String succeeded = r.s3Writes().get("result-bucket", "mapJobs/" + id + "/SUCCEEDED_0.json")
        .orElseThrow();
    assertThat(r.s3Writes().get("result-bucket", "mapJobs/" + id + "/manifest.json")).contains(
        "{\"DestinationBucket\":\"result-bucket\",\"MapRunArn\":\"" + arn + "\",\"ResultFiles\":"
            + "{\"FAILED\":[],\"PENDING\":[],\"SUCCEEDED\":[{\"Key\":\"mapJobs/" + id
            + "/SUCCEEDED_0.json\",\"Size\":" + succeeded.length() + "}]}}");
    assertThat(succeeded).startsWith("[{\"ExecutionArn\":\"arn:aws:states:us-east-1:111111111111:"
        + "execution:LocalStateMachine/Orders:").contains(
        "\"Input\":\"\\\"Hello\\\"\",\"InputDetails\":{\"Included\":true},",
        "\"Output\":\"\\\"Hello\\\"\",\"OutputDetails\":{\"Included\":true},\"RedriveCount\":0,"
            + "\"RedriveStatus\":\"NOT_REDRIVABLE\",\"RedriveStatusReason\":\"Execution is SUCCEEDED"
            + " and cannot be redriven\",\"StartDate\":\"2024-01-01T12:00:00.000Z\","
            + "\"StateMachineArn\":\"arn:aws:states:us-east-1:111111111111:stateMachine:"
            + "LocalStateMachine/Orders\",\"Status\":\"SUCCEEDED\",\"StopDate\":");
  }

  @Test
  void writerConfigShapesTheResultsWithoutExporting() {
    String lists = "[[1, 2], [3]]";
    assertThat(output(run(writing("{\"WriterConfig\": {\"Transformation\": \"FLATTEN\", "
        + "\"OutputType\": \"JSON\"}}", PASS), lists))).isEqualTo("[1,2,3]");
    assertThat(output(run(writing("{\"WriterConfig\": {\"Transformation\": \"COMPACT\"}}", PASS),
        lists))).isEqualTo("[[1,2],[3]]");
    assertThat(output(run(writing("{\"WriterConfig\": {\"Transformation\": \"NONE\"}}", PASS),
        "[7]"))).startsWith("[{\"ExecutionArn\":").contains("\"Output\":\"7\"");
  }

  @Test
  void jsonLinesFilesHoldOneResultALineAndFailuresGoToTheirOwnFile() {
    ExecutionResult r = run(writing("""
        {"WriterConfig": {"Transformation": "COMPACT", "OutputType": "JSONL"},
         "Resource": "arn:aws:states:::s3:putObject",
         "Parameters": {"Bucket": "out", "Prefix": "runs/"}}""", """
        {"P": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "F"}],
               "Default": "OK"},
         "OK": {"Type": "Pass", "End": true},
         "F": {"Type": "Fail", "Error": "Two", "Cause": "two is bad"}}""")
        .replace("\"Label\": \"Orders\",", "\"Label\": \"Orders\", \"ToleratedFailureCount\": 1,"),
        "[1, 2, 3]");
    S3Objects files = r.s3Writes();
    String folder = files.objects().get(0).key().replaceFirst("[^/]*$", "");
    assertThat(folder).startsWith("runs/");
    assertThat(files.get("out", folder + "SUCCEEDED_0.json")).contains("1\n3\n");
    assertThat(files.get("out", folder + "FAILED_0.json").orElseThrow()).startsWith(
        "{\"Cause\":\"two is bad\",\"Error\":\"Two\",\"ExecutionArn\":").endsWith(
        "\"Status\":\"FAILED\",\"StopDate\":\"2024-01-01T12:00:00.000Z\"}\n");
  }

  @Test
  void maxConcurrencyPathIsHonouredOnTheVirtualClock() {
    String asl = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
          "MaxConcurrencyPath": "$.c",
          "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10,
            "End": true}}}, "End": true}}}""";
    String xs = "\"xs\": [1, 2, 3, 4]";
    assertThat(last(run(asl, "{" + xs + ", \"c\": 2}"))).isEqualTo("2024-01-01T12:00:20Z");
    assertThat(last(run(asl, "{" + xs + ", \"c\": 0}"))).isEqualTo("2024-01-01T12:00:10Z");
    assertThat(last(run(asl, "{" + xs + ", \"c\": 1}"))).isEqualTo("2024-01-01T12:00:40Z");
    ExecutionResult notANumber = run(asl, "{" + xs + ", \"c\": {}}");
    assertThat(notANumber.cause()).contains("An error occurred while executing the state 'M' "
        + "(entered at the event id #2). The MaxConcurrencyPath field refers to value \"{}\" which "
        + "is not a valid integer: $.c");
    assertThat(notANumber.history()).extracting(HistoryEvent::type)
        .containsExactly("ExecutionStarted", "MapStateEntered", "ExecutionFailed");
    assertThat(run(asl, "{" + xs + ", \"c\": -1}").cause()).contains("An error occurred while "
        + "executing the state 'M' (entered at the event id #2). The MaxConcurrencyPath field "
        + "references a negative value: $.c == -1");
    String jsonata = asl.replace("\"MaxConcurrencyPath\": \"$.c\"",
        "\"MaxConcurrency\": \"{% $states.input.c %}\"").replace("\"ItemsPath\": \"$.xs\"",
        "\"QueryLanguage\": \"JSONata\", \"Items\": \"{% $states.input.xs %}\"");
    assertThat(last(run(jsonata, "{" + xs + ", \"c\": 2}"))).isEqualTo("2024-01-01T12:00:20Z");
  }

  private static String last(ExecutionResult r) {
    return r.history().get(r.history().size() - 1).timestamp().toString();
  }

  @Test
  void tasksInsideAChildExecutionTakeTheirMocksInItemOrder() {
    String asl = """
        {"StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
            "StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}, "End": true}}}""";
    LocalExecutor e = LocalExecutor.compile(Workflow.fromJson(asl));
    Mocks m = Mocks.parse("{\"T\": [{\"Return\": \"a\"}, {\"Return\": \"b\"}]}", "m.json",
        Optional.empty());
    // every execution starts at the first mock again
    assertThat(e.run(java.util.List.of(1, 2), m).output()).contains(java.util.List.of("a", "b"));
    assertThat(e.run(java.util.List.of(1, 2), m).output()).contains(java.util.List.of("a", "b"));
  }

  @Test
  void toleratedFailuresTakeEveryForm() {
    String asl = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", TOLERANCE
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericLessThan": 0,
                    "Next": "F"}], "Default": "OK"},
              "OK": {"Type": "Pass", "End": true},
              "F": {"Type": "Fail", "Error": "Negative"}}},
          "End": true}}}""";
    String items = "[1, -1, 2, -2]";
    assertThat(output(run(asl.replace("TOLERANCE", "\"ToleratedFailureCount\": 2,"), items)))
        .isEqualTo("[1,null,2,null]");
    String path = asl.replace("TOLERANCE", "\"ItemsPath\": \"$.xs\", "
        + "\"ToleratedFailureCountPath\": \"$.n\",");
    assertThat(run(path, "{\"n\": 2, \"xs\": " + items + "}").status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run(path, "{\"n\": 1, \"xs\": " + items + "}").error())
        .contains("States.ExceedToleratedFailureThreshold");
    assertThat(output(run(asl.replace("TOLERANCE", "\"ToleratedFailurePercentage\": 50,"),
        items))).isEqualTo("[1,null,2,null]");
    ExecutionResult percentage = run(asl.replace("TOLERANCE",
        "\"ToleratedFailurePercentage\": 25,"), items);
    assertThat(percentage.error()).contains("States.ExceedToleratedFailureThreshold");
    assertThat(percentage.cause()).contains("The specified tolerated failure threshold was "
        + "exceeded");
    String jsonata = asl.replace("\"Type\": \"Map\",", "\"Type\": \"Map\", \"QueryLanguage\": "
        + "\"JSONata\", \"Items\": \"{% $states.input.xs %}\",")
        .replace("\"Type\": \"Choice\",", "\"Type\": \"Choice\", \"QueryLanguage\": \"JSONPath\",");
    assertThat(output(run(jsonata.replace("TOLERANCE",
        "\"ToleratedFailureCount\": \"{% $states.input.n %}\","),
        "{\"n\": 2, \"xs\": " + items + "}"))).isEqualTo("[1,null,2,null]");
    assertThat(run(jsonata.replace("TOLERANCE",
        "\"ToleratedFailurePercentage\": \"{% $states.input.p %}\","),
        "{\"p\": 10, \"xs\": " + items + "}").error())
        .contains("States.ExceedToleratedFailureThreshold");
  }
}
