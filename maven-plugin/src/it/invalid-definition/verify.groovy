// The build failed in the validate phase, each error with its file, line and column.

String log = new File(basedir, 'build.log').getText('UTF-8')
String broken = new File(basedir, 'src/main/asl/broken.asl.json').path
List<String> errors = [
    broken + ':8:7: ERROR MISSING_TRANSITION_TARGET /States/Charge/Next: unknown state "Recieve"'
        + ' (known: "Charge", "Receive")',
    broken + ':10:5: ERROR UNREACHABLE_STATE /States/Receive: state "Receive" is not reachable'
        + ' from "Charge"; remove it or add a transition to it']

// logged as found, then repeated in the build failure
for (String e : errors) {
  assert log.contains('[ERROR] ' + e + '\n')
}
assert log.contains('[INFO] asl4j validate: 2 definitions in src/main/asl, 2 checked (2 errors,'
    + ' 0 warnings), 0 unchanged since the last build')
assert log.contains('[ERROR] Failed to execute goal io.asl4j:asl4j-maven-plugin:'
    + "${projectVersion}:validate (default) on project refunds: asl4j validate found 2 errors:\n"
    + '[ERROR] ' + errors[0] + '\n[ERROR] ' + errors[1] + '\n')

// nothing after validate ran: no class generated, nothing compiled
assert !log.contains('asl4j generate')
assert !new File(basedir, 'target/generated-sources').exists()
assert !new File(basedir, 'target/classes').exists()
return true
