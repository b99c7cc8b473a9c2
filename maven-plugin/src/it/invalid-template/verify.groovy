// The build failed in the validate phase, each error at its line and column in the template,
// its pointer starting with the state machine's logical id.

String log = new File(basedir, 'build.log').getText('UTF-8')
String template = new File(basedir, 'infra/template.yaml').path
List<String> errors = [
    template + ':18:13: ERROR MISSING_TRANSITION_TARGET #RefundFlow/States/Refund/Next: unknown'
        + ' state "Recieve" (known: "Refund", "Receive")',
    template + ':19:11: ERROR UNREACHABLE_STATE #RefundFlow/States/Receive: state "Receive" is not'
        + ' reachable from "Refund"; remove it or add a transition to it']

// logged as found, then repeated in the build failure
for (String e : errors) {
  assert log.contains('[ERROR] ' + e + '\n')
}
assert log.contains('[INFO] asl4j validate: 2 state machines in 1 template, 2 checked (2 errors,'
    + ' 0 warnings), 0 unchanged since the last build')
assert log.contains('[ERROR] Failed to execute goal io.asl4j:asl4j-maven-plugin:'
    + "${projectVersion}:validate (default) on project refunds-sam: asl4j validate found 2 errors:\n"
    + '[ERROR] ' + errors[0] + '\n[ERROR] ' + errors[1] + '\n')

// nothing after validate ran: no class generated, nothing compiled
assert !log.contains('asl4j generate')
assert !new File(basedir, 'target/generated-sources').exists()
assert !new File(basedir, 'target/classes').exists()
return true
