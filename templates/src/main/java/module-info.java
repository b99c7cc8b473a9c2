/**
 * State machine definitions inside CloudFormation and SAM templates (JSON or YAML, with
 * CloudFormation's short tags) and Serverless Framework files: found, extracted as bare ASL with
 * their substitutions kept as {@code ${Name}} placeholders, and put back
 * ({@link io.asl4j.templates.Template}).
 */
module io.asl4j.templates {
  requires transitive io.asl4j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.asl4j.templates;
}
