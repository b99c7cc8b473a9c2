package io.asl4j.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.TimeConversionOptions;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachineAlias;

/**
 * How an alias moves to a newly published version: at once, or gradually (a canary share then
 * the rest, or equal steps), rolled back by CloudFormation if an alarm goes off on the way
 * ({@code DeploymentPreference} of {@code AWS::StepFunctions::StateMachineAlias}).
 *
 * <pre>{@code
 * .alias("live", AliasDeployment.canary(10, Duration.minutes(5)).alarms(failures))
 * }</pre>
 *
 * <p>Immutable.
 */
public final class AliasDeployment {

  private static final int MAX_INTERVAL_MINUTES = 2100;

  private final String type;
  private final Integer percentage;
  private final Integer intervalMinutes;
  private final List<IAlarm> alarms;

  private AliasDeployment(String type, Integer percentage, Integer intervalMinutes,
      List<IAlarm> alarms) {
    this.type = type;
    this.percentage = percentage;
    this.intervalMinutes = intervalMinutes;
    this.alarms = List.copyOf(alarms);
  }

  /**
   * All executions move to the new version at once ({@code ALL_AT_ONCE}).
   *
   * @return the deployment
   */
  public static AliasDeployment allAtOnce() {
    return new AliasDeployment("ALL_AT_ONCE", null, null, List.of());
  }

  /**
   * A share of executions goes to the new version for an interval, then all
   * ({@code CANARY}).
   *
   * @param percent the canary's share, 1 to 99
   * @param interval how long the canary runs, whole minutes from 1 to 2100
   * @return the deployment
   * @throws IllegalArgumentException if the share or the interval is out of range
   */
  public static AliasDeployment canary(int percent, Duration interval) {
    return new AliasDeployment("CANARY", percent(percent), minutes(interval), List.of());
  }

  /**
   * The new version's share grows by equal steps, one per interval ({@code LINEAR}).
   *
   * @param percent the share added at each step, 1 to 99
   * @param interval the time between steps, whole minutes from 1 to 2100
   * @return the deployment
   * @throws IllegalArgumentException if the share or the interval is out of range
   */
  public static AliasDeployment linear(int percent, Duration interval) {
    return new AliasDeployment("LINEAR", percent(percent), minutes(interval), List.of());
  }

  /**
   * Returns this deployment, rolled back when one of the alarms goes off while it runs.
   *
   * @param alarms CloudWatch alarms, such as one on the state machine's
   *     {@code metricFailed()}
   * @return the deployment with the alarms added
   */
  public AliasDeployment alarms(IAlarm... alarms) {
    List<IAlarm> all = new ArrayList<>(this.alarms);
    for (IAlarm alarm : alarms) {
      all.add(Objects.requireNonNull(alarm, "alarm"));
    }
    return new AliasDeployment(type, percentage, intervalMinutes, all);
  }

  /** The CloudFormation property, moving to the given version. */
  CfnStateMachineAlias.DeploymentPreferenceProperty toCfn(String versionArn) {
    CfnStateMachineAlias.DeploymentPreferenceProperty.Builder b =
        CfnStateMachineAlias.DeploymentPreferenceProperty.builder()
            .stateMachineVersionArn(versionArn).type(type);
    if (percentage != null) {
      b.percentage(percentage).interval(intervalMinutes);
    }
    if (!alarms.isEmpty()) {
      b.alarms(alarms.stream().map(IAlarm::getAlarmName).toList());
    }
    return b.build();
  }

  private static int percent(int percent) {
    if (percent < 1 || percent > 99) {
      throw new IllegalArgumentException("the share of executions must be 1 to 99 percent, got "
          + percent);
    }
    return percent;
  }

  private static int minutes(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    double minutes = interval.toMinutes(TimeConversionOptions.builder().integral(false).build())
        .doubleValue();
    if (minutes != Math.rint(minutes) || minutes < 1 || minutes > MAX_INTERVAL_MINUTES) {
      throw new IllegalArgumentException("the interval must be a whole number of minutes from 1"
          + " to " + MAX_INTERVAL_MINUTES + ", got " + new java.math.BigDecimal(minutes)
          .stripTrailingZeros().toPlainString());
    }
    return (int) minutes;
  }

  @Override
  public String toString() {
    return percentage == null ? type : type + " " + percentage + "% every " + intervalMinutes
        + " min";
  }
}
