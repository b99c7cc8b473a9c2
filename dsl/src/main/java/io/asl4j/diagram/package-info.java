/**
 * Diagrams of workflows: {@link io.asl4j.diagram.Diagram} draws any workflow as a Mermaid flowchart
 * or a Graphviz DOT digraph, and {@link io.asl4j.diagram.Graphviz} runs Graphviz's {@code dot} to
 * turn the DOT into SVG or PNG.
 */
package io.asl4j.diagram;
