/**
 * asl4j's core: the immutable model of the Amazon States Language, the JSON reader and writer, the
 * fluent DSL with typed service integrations, the validator and the diagram renderers.
 *
 * <p>{@code io.asl4j.internal} holds implementation helpers and is not exported.
 */
module io.asl4j {
  requires com.fasterxml.jackson.core;
  requires com.dashjoin.jsonata;

  exports io.asl4j;
  exports io.asl4j.diagram;
  exports io.asl4j.dsl;
  exports io.asl4j.integrations;
  exports io.asl4j.json;
  exports io.asl4j.model;
  exports io.asl4j.syntax;
  exports io.asl4j.validation;
}
