package io.asl4j.model;

/**
 * A value that can be an argument of an intrinsic function: a literal ({@link JsonString},
 * {@link JsonNumber}, {@link JsonBoolean}, {@link JsonNull}), a {@link JsonPath} or another
 * {@link Intrinsic} call.
 */
public sealed interface IntrinsicArgument
    permits JsonString, JsonNumber, JsonBoolean, JsonNull, JsonPath, Intrinsic {}
