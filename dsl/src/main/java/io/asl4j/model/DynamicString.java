package io.asl4j.model;

/**
 * A string field that may instead be computed at run time: a {@link JsonString} literal, a
 * {@link JsonPath} or {@link Intrinsic} (written to the field's {@code ...Path} twin, e.g.
 * {@code ErrorPath}) or a {@link Jsonata} expression (written to the field itself).
 */
public sealed interface DynamicString permits JsonString, JsonPath, Intrinsic, Jsonata {}
