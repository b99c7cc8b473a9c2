/**
 * asl4j's testing kit for JUnit 5: an extension that runs workflows against typed mocks of AWS
 * integrations, AssertJ-style assertions on executions, workflow coverage across the tests, and the
 * cost of an execution.
 *
 * <p>JUnit Jupiter's API and AssertJ are part of this module's API (the extension implements
 * Jupiter's interfaces, the assertions extend AssertJ's), so a module that reads it reads them.
 */
module io.asl4j.junit {
  requires transitive io.asl4j;
  requires transitive io.asl4j.local;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.asl4j.junit;
}
