package io.asl4j.model;

import java.util.List;
import java.util.Optional;

/** A state that can retry and catch errors: Task, Parallel, Map. */
public interface HasErrorHandling {

  /**
   * Returns the {@code Retry} list.
   *
   * @return the retriers, or empty when the field is absent
   */
  Optional<List<Retrier>> retry();

  /**
   * Returns the {@code Catch} list.
   *
   * @return the catchers, or empty when the field is absent
   */
  Optional<List<Catcher>> catchers();
}
