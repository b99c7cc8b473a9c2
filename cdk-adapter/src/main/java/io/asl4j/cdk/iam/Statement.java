package io.asl4j.cdk.iam;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One IAM policy statement the state machine's role needs: allow these actions on these resources,
 * under optional conditions. Plain data, so that it can be rendered for CDK or as JSON.
 *
 * @param actions IAM actions, e.g. {@code glue:StartJobRun}, sorted
 * @param resources resource ARNs or patterns, sorted
 * @param conditions condition operator → key → values, e.g. {@code StringLike →
 *     states:HTTPEndpoint → [https://api.example.com/*]}; empty for none
 */
public record Statement(List<String> actions, List<String> resources,
    Map<String, Map<String, List<String>>> conditions) {

  /**
   * Creates a statement, copying the collections.
   *
   * @param actions the actions
   * @param resources the resources
   * @param conditions the conditions
   */
  public Statement {
    actions = List.copyOf(new java.util.TreeSet<>(Objects.requireNonNull(actions, "actions")));
    resources = List.copyOf(new java.util.TreeSet<>(Objects.requireNonNull(resources,
        "resources")));
    // sorted, so that statements print and compare the same every time
    java.util.TreeMap<String, Map<String, List<String>>> sorted = new java.util.TreeMap<>();
    Objects.requireNonNull(conditions, "conditions").forEach((op, keys) -> {
      java.util.TreeMap<String, List<String>> k = new java.util.TreeMap<>();
      keys.forEach((key, values) -> k.put(key, List.copyOf(values)));
      sorted.put(op, java.util.Collections.unmodifiableMap(k));
    });
    conditions = java.util.Collections.unmodifiableMap(sorted);
    if (actions.isEmpty() || resources.isEmpty()) {
      throw new IllegalArgumentException("a statement needs actions and resources");
    }
  }

  /**
   * A statement without conditions.
   *
   * @param actions the actions
   * @param resources the resources
   * @return the statement
   */
  public static Statement allow(List<String> actions, List<String> resources) {
    return new Statement(actions, resources, Map.of());
  }

  @Override
  public String toString() {
    return actions + " on " + resources + (conditions.isEmpty() ? "" : " if " + conditions);
  }
}
