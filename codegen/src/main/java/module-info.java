/**
 * asl4j's code generator: Amazon States Language JSON to Java source that builds the same workflow
 * with the asl4j DSL ({@link io.asl4j.codegen.JavaGenerator}), and the round trip that compiles and
 * runs the generated class to check it ({@link io.asl4j.codegen.RoundTrip}).
 */
module io.asl4j.codegen {
  requires transitive io.asl4j;
  requires com.palantir.javapoet;
  requires java.compiler;

  exports io.asl4j.codegen;
}
