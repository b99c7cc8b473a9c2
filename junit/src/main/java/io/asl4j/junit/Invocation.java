package io.asl4j.junit;

import io.asl4j.local.TaskResult;

/**
 * One invocation of a Task state's resource during a run, as a test sees it afterwards.
 *
 * @param state the Task state's name
 * @param resource its {@code Resource}
 * @param input the payload it received (a JSON value: maps, lists, strings, numbers, booleans,
 *     {@code null}), after InputPath and Parameters or Arguments
 * @param number the invocation's number for this state in the execution, from 1 (retries count)
 * @param attempt 0 for the first call of an entry into the state, 1 for its first retry, ...
 * @param result what the mock answered
 */
public record Invocation(String state, String resource, Object input, int number, int attempt,
    TaskResult result) {}
