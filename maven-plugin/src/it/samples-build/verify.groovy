// The samples' workflows were written as ASL JSON, the same bytes as the samples module writes
// them itself (samplesAslDirectory), and each was drawn.

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> samples = ['1-glue-lambda-sns', '2-catch-notify-fail', '3-choice-glue-a-or-b',
    'jsonata-variables', 'parallel-enrichment', 'inline-map-order-lines', 'distributed-map-csv',
    'retry-with-backoff', 'callback-approval', 'nested-execution', 'nested-execution-child']

// the samples' warnings (placeholder ARNs such as "TOPIC_ARN", optional results) are logged at
// their place in the written file; they do not fail the build
assert log.contains('[WARNING] ' + new File(basedir, 'target/asl/1-glue-lambda-sns.asl.json').path
    + ':23:9: WARNING NOT_AN_ARN /States/SNS Notify/Parameters/TopicArn: "TOPIC_ARN" is not an ARN;'
    + " sns:publish's TopicArn takes one, such as arn:aws:sns:us-east-1:123456789012:orders, or a"
    + ' ${Name} placeholder filled in at deployment (the IAM policy derived from the definition'
    + ' names it too)\n')
assert log.contains('[INFO] asl4j write: 11 workflows, 11 written, 0 unchanged, in target/asl'
    + ' (0 errors, 11 warnings)')
assert log.contains('[INFO] asl4j render: mermaid, dot for 11 definitions, 11 drawn, 0 unchanged,'
    + ' in target/asl')
for (String s : samples) {
  File written = new File(basedir, "target/asl/${s}.asl.json")
  File expected = new File(samplesAslDirectory, "${s}.asl.json")
  assert written.isFile() : "${s}.asl.json was not written"
  assert written.getText('UTF-8') == expected.getText('UTF-8') : "${s}.asl.json differs from ${expected}"
  assert new File(basedir, "target/asl/${s}.mmd").getText('UTF-8').startsWith('flowchart TD\n')
  assert new File(basedir, "target/asl/${s}.dot").getText('UTF-8').startsWith('digraph')
}
return true
