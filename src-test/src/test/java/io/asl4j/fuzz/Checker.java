package io.asl4j.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs checks on a worker thread with the JVM's default stack size (as the command line's main
 * thread has), so a stack overflow happens where it would for a user, and with a time limit, so a
 * hang is reported instead of stalling the build. The fuzzer itself (mutating, shrinking) runs on
 * a thread with a large stack, since its inputs nest deeply.
 */
final class Checker implements AutoCloseable {

  private ExecutorService executor;
  private volatile Thread worker;

  Checker() {
    executor = newExecutor();
  }

  private ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "fuzz-check", 0); // 0: the JVM's default stack size
      t.setDaemon(true);
      worker = t;
      return t;
    });
  }

  /**
   * Checks one input.
   *
   * @param p the property
   * @param input the input
   * @param timeoutMillis how long it may take
   * @return the outcome; a check that takes longer fails with "no answer within N s"
   */
  Property.Outcome check(Property p, byte[] input, long timeoutMillis) {
    try {
      return call(() -> p.run(input), timeoutMillis);
    } catch (TimeoutException e) {
      return Property.Outcome.failed(Failure.wrong(e.getMessage(),
          "no answer within " + timeoutMillis / 1000 + " s", "a hang, or too slow"));
    } catch (ExecutionException e) {
      return Property.Outcome.failed(Failure.thrown("fuzz check", e.getCause()));
    }
  }

  /**
   * Runs a task on the worker.
   *
   * @param task the task
   * @param timeoutMillis how long it may take
   * @return its result
   * @throws TimeoutException with the stage that was running as message, if it took too long
   * @throws ExecutionException if it threw
   */
  <T> T call(Callable<T> task, long timeoutMillis) throws TimeoutException, ExecutionException {
    Future<T> f = executor.submit(task);
    try {
      return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      String stage = Property.currentStage;
      abandon();
      throw new TimeoutException(stage.isEmpty() ? "fuzz check" : stage);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Gives up on a worker that hangs: stops it (it holds no lock of ours) and starts another. */
  @SuppressWarnings("deprecation")
  private void abandon() {
    Thread hung = worker;
    executor.shutdownNow();
    try {
      hung.stop(); // a hang in the library would otherwise burn a core until the JVM ends
    } catch (UnsupportedOperationException ignored) {
      // newer JDKs cannot stop a thread: it stays a daemon until the test JVM ends
    }
    executor = newExecutor();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
