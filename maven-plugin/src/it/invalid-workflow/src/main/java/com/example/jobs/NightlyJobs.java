package com.example.jobs;

import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;

import io.asl4j.Workflow;
import io.asl4j.integrations.Glue;

/** Nightly jobs, meant for an Express state machine, which cannot wait for a Glue job. */
public final class NightlyJobs {

  private NightlyJobs() {}

  /**
   * Runs the export job and waits for it: a .sync integration, which Express workflows lack.
   *
   * @return the workflow
   */
  public static Workflow export() {
    return startAt(task("Export").call(Glue.startJobRun("export").sync()).end()).build();
  }

  /**
   * Not a workflow.
   *
   * @return a job name
   */
  public static String jobName() {
    return "export";
  }
}
