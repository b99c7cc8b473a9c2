package io.asl4j.local;

/** How an execution ended, as AWS reports it in {@code DescribeExecution}. */
public enum ExecutionStatus {
  /** The workflow reached a Succeed state or a state with {@code End: true}. */
  SUCCEEDED,
  /** A Fail state, an unhandled error or a runtime error ended the execution. */
  FAILED,
  /** The workflow's {@code TimeoutSeconds} passed on the virtual clock. */
  TIMED_OUT
}
