package io.asl4j.local;

import java.util.Optional;

/**
 * One invocation of a Task state, as the executor hands it to a {@link TaskHandler}: the state
 * processing before the call (InputPath, Parameters or Arguments) has run, the processing after it
 * (ResultSelector, ResultPath, OutputPath, Output, Assign, Retry, Catch) runs on what the handler
 * returns.
 *
 * @param stateName the Task state's name
 * @param resource the state's {@code Resource} ARN as written
 * @param input the payload sent to the resource (a JSON value: maps, lists, strings, numbers,
 *     booleans, {@code null})
 * @param attempt 0 for the first call of this entry into the state, 1 for the first retry, ...
 * @param taskToken the task token in the context object ({@code $$.Task.Token}), for
 *     {@code .waitForTaskToken} resources and activities
 */
public record TaskCall(String stateName, String resource, Object input, int attempt,
    Optional<String> taskToken) {}
