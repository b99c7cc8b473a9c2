/**
 * asl4j's local executor: compiles a {@link io.asl4j.Workflow} once and runs it against mocked
 * tasks with AWS Step Functions' semantics, virtual time and an AWS-shaped event history.
 */
module io.asl4j.local {
  requires transitive io.asl4j;
  requires com.dashjoin.jsonata;

  exports io.asl4j.local;
}
