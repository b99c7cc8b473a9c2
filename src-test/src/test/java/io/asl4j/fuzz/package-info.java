/**
 * Property-based fuzzing of the reader, writer, validator, diagrams and generator ({@link
 * io.asl4j.fuzz.FuzzTest}), on a small harness of its own on JUnit Jupiter: inputs made from the
 * corpus by seeded mutations ({@link io.asl4j.fuzz.Mutations}), reproducible from the run's seed
 * and the input's number, failures grouped by signature and shrunk ({@link
 * io.asl4j.fuzz.Shrinker}), and known failures listed until they are fixed ({@link
 * io.asl4j.fuzz.KnownFailures}).
 *
 * <p>Not jqwik: from 1.10 its authors ask that it not be used by AI coding agents (every run
 * prints a line addressed to them), and 1.10.1 is built on JUnit Platform 1.14, while this project
 * runs Jupiter 6.1.3 on Platform 6; jqwik's next release is announced for Platform 6 and Java 21.
 * The harness needs none of jqwik's generators: its inputs are corpus definitions changed by
 * hand-written mutations.
 */
package io.asl4j.fuzz;
