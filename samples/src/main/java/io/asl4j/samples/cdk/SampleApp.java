package io.asl4j.samples.cdk;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app of {@code samples/cdk.json}: {@code cd samples && npx aws-cdk synth} (or
 * {@code deploy}) runs it through Maven.
 */
public final class SampleApp {

  private SampleApp() {}

  /**
   * Synthesizes the sample stack.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    App app = new App();
    new SampleStack(app, "Asl4jSample", StackProps.builder().build());
    app.synth();
  }
}
