package io.asl4j.model;

/**
 * A numeric field that may instead be read at run time: a {@link JsonNumber} literal, a
 * {@link JsonPath} (written to the field's {@code ...Path} twin, e.g. {@code TimeoutSecondsPath}) or
 * a {@link Jsonata} expression (written to the field itself).
 */
public sealed interface DynamicNumber permits JsonNumber, JsonPath, Jsonata {}
