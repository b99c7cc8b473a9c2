// The write goal checked each workflow: the build failed with every problem, a workflow's
// findings placed in the file written for it.

String log = new File(basedir, 'build.log').getText('UTF-8')
String written = new File(basedir, 'target/asl/nightly-export.asl.json').path
List<String> errors = [
    written + ':6:7: ERROR EXPRESS_UNSUPPORTED /States/Export/Resource: Express workflows only'
        + ' support request-response integrations; "arn:aws:states:::glue:startJobRun.sync" needs'
        + ' a Standard workflow',
    'com.example.jobs.Missing#workflow: class com.example.jobs.Missing is not on the compile'
        + ' class path',
    'com.example.jobs.NightlyJobs#jobName: jobName() returns java.lang.String, not'
        + ' io.asl4j.Workflow']

for (String e : errors) {
  assert log.contains('[ERROR] ' + e + '\n')
}
assert log.contains('[INFO] asl4j write: 3 workflows, 1 written, 0 unchanged, in target/asl'
    + ' (3 errors, 0 warnings)')
assert log.contains('[ERROR] Failed to execute goal io.asl4j:asl4j-maven-plugin:'
    + "${projectVersion}:write (default) on project jobs: asl4j write found 3 errors:\n"
    + errors.collect { '[ERROR] ' + it + '\n' }.join(''))

// the written file is there to look at
String json = new File(written).getText('UTF-8')
assert json.contains('"Resource": "arn:aws:states:::glue:startJobRun.sync"')
return true
