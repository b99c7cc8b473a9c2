package io.asl4j.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recorded task results, per Task state and in call order: each invocation of a state (retries
 * included) takes the next result of its list. Two file formats are read:
 *
 * <ul>
 *   <li>the conformance format, {@code {"StateName": [{"Return": <json>}, {"Throw": {"Error":
 *       "...", "Cause": "..."}}, ...]}};
 *   <li>AWS Step Functions Local's {@code MockConfigFile}: {@code {"StateMachines": {"<machine>":
 *       {"TestCases": {"<test case>": {"<state>": "<mocked response>"}}}}, "MockedResponses":
 *       {"<mocked response>": {"0": {"Return": ...}, "1-2": {"Throw": {...}}}}}}, of which one
 *       test case is chosen.
 * </ul>
 *
 * <p>Immutable; every execution starts at the first result of every list.
 */
public final class Mocks implements TaskHandler {

  /** Internal values: a Success holds an internal JSON value. */
  private final Map<String, List<TaskResult>> results;
  private final String source;
  private final Map<String, Integer> directCursors = new HashMap<>();

  private Mocks(Map<String, List<TaskResult>> results, String source) {
    this.results = results;
    this.source = source;
  }

  /**
   * Creates mocks from results given in code.
   *
   * @param results per state name, the results of its invocations in call order (public JSON
   *     values: {@code null} for JSON null)
   * @return the mocks
   */
  public static Mocks of(Map<String, List<TaskResult>> results) {
    Map<String, List<TaskResult>> m = new LinkedHashMap<>();
    for (Map.Entry<String, List<TaskResult>> e : results.entrySet()) {
      List<TaskResult> l = new ArrayList<>();
      for (TaskResult r : e.getValue()) {
        l.add(r instanceof TaskResult.Success s ? TaskResult.success(Json.internal(s.output())) : r);
      }
      m.put(e.getKey(), List.copyOf(l));
    }
    return new Mocks(m, "mocks");
  }

  /**
   * Returns mocks without any result: every Task invocation fails the run with a
   * {@link LocalExecutionException}.
   *
   * @return empty mocks
   */
  public static Mocks none() {
    return new Mocks(Map.of(), "mocks");
  }

  /**
   * Reads a mocks file in either format.
   *
   * @param file the file
   * @param testCase the test case to use from a {@code MockConfigFile} (required when the file
   *     has several; ignored for the conformance format)
   * @return the mocks
   * @throws LocalExecutionException if the file cannot be read or is not a mocks file; the message
   *     names the file and what is wrong
   */
  public static Mocks read(Path file, Optional<String> testCase) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LocalExecutionException(file + ": cannot read the mocks file: " + e.getMessage(),
          e);
    }
    return parse(text, file.toString(), testCase);
  }

  /**
   * Parses mocks from text in either format.
   *
   * @param json the mocks JSON
   * @param source names the text in messages (e.g. the file name)
   * @param testCase the {@code MockConfigFile} test case to use
   * @return the mocks
   * @throws LocalExecutionException if the text is not a mocks document
   */
  public static Mocks parse(String json, String source, Optional<String> testCase) {
    Object root;
    try {
      root = Json.parseInternal(json);
    } catch (IllegalArgumentException e) {
      throw new LocalExecutionException(source + ": " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> m)) {
      throw new LocalExecutionException(source + ": expected a JSON object of mocks, got "
          + Json.typeName(root));
    }
    if (m.containsKey("StateMachines") || m.containsKey("MockedResponses")) {
      return mockConfig(m, source, testCase);
    }
    Map<String, List<TaskResult>> results = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String state = (String) e.getKey();
      if (!(e.getValue() instanceof List<?> list)) {
        throw new LocalExecutionException(source + ": /" + state + ": expected a list of "
            + "{\"Return\": ...} or {\"Throw\": {...}} entries, got " + Json.typeName(e.getValue()));
      }
      List<TaskResult> l = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        l.add(result(list.get(i), source, "/" + state + "/" + i));
      }
      results.put(state, List.copyOf(l));
    }
    return new Mocks(results, source);
  }

  private static Mocks mockConfig(Map<?, ?> root, String source, Optional<String> testCase) {
    if (!(root.get("StateMachines") instanceof Map<?, ?> machines)) {
      throw new LocalExecutionException(source + ": /StateMachines: expected an object of state "
          + "machines with their TestCases");
    }
    if (!(root.get("MockedResponses") instanceof Map<?, ?> responses)) {
      throw new LocalExecutionException(source + ": /MockedResponses: expected an object of "
          + "mocked responses");
    }
    Map<String, Map<?, ?>> cases = new TreeMap<>();
    for (Map.Entry<?, ?> e : machines.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> machine
          && machine.get("TestCases") instanceof Map<?, ?> tcs) {
        for (Map.Entry<?, ?> tc : tcs.entrySet()) {
          if (tc.getValue() instanceof Map<?, ?> states) {
            cases.put(e.getKey() + "/" + tc.getKey(), states);
          }
        }
      }
    }
    Map<?, ?> chosen = null;
    String name = testCase.orElse(null);
    if (name == null) {
      if (cases.size() != 1) {
        throw new LocalExecutionException(source + ": name a test case (the file has "
            + cases.size() + ": " + String.join(", ", cases.keySet()) + ")");
      }
      chosen = cases.values().iterator().next();
    } else {
      List<String> matches = new ArrayList<>();
      for (String k : cases.keySet()) {
        if (k.equals(name) || k.endsWith("/" + name)) {
          matches.add(k);
        }
      }
      if (matches.size() != 1) {
        throw new LocalExecutionException(source + ": " + (matches.isEmpty() ? "no" : "more than one")
            + " test case \"" + name + "\" (known: " + String.join(", ", cases.keySet())
            + "; write MACHINE/TEST_CASE when several machines have it)");
      }
      chosen = cases.get(matches.get(0));
    }
    Map<String, List<TaskResult>> results = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : chosen.entrySet()) {
      String state = (String) e.getKey();
      String responseName = String.valueOf(e.getValue());
      if (!(responses.get(responseName) instanceof Map<?, ?> byIndex)) {
        throw new LocalExecutionException(source + ": state \"" + state + "\" uses the mocked "
            + "response \"" + responseName + "\", which /MockedResponses does not define");
      }
      TreeMap<Integer, TaskResult> ordered = new TreeMap<>();
      for (Map.Entry<?, ?> r : byIndex.entrySet()) {
        String key = String.valueOf(r.getKey());
        int from;
        int to;
        try {
          int dash = key.indexOf('-');
          from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash));
          to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1));
        } catch (NumberFormatException x) {
          throw new LocalExecutionException(source + ": /MockedResponses/" + responseName + "/"
              + key + ": expected an invocation number or range such as \"0\" or \"1-3\"");
        }
        TaskResult tr = result(r.getValue(), source, "/MockedResponses/" + responseName + "/" + key);
        for (int i = from; i <= to; i++) {
          ordered.put(i, tr);
        }
      }
      List<TaskResult> l = new ArrayList<>();
      for (int i = 0; ordered.containsKey(i); i++) {
        l.add(ordered.get(i));
      }
      results.put(state, List.copyOf(l));
    }
    return new Mocks(results, source);
  }

  private static TaskResult result(Object entry, String source, String where) {
    if (entry instanceof Map<?, ?> m && m.size() == 1) {
      if (m.containsKey("Return")) {
        return TaskResult.success(m.get("Return"));
      }
      if (m.get("Throw") instanceof Map<?, ?> t) {
        Object error = t.get("Error");
        Object cause = t.get("Cause");
        if ((error == null || error instanceof String) && (cause == null || cause instanceof String)) {
          return TaskResult.failure(Optional.ofNullable((String) error),
              Optional.ofNullable((String) cause));
        }
      }
    }
    throw new LocalExecutionException(source + ": " + where + ": expected {\"Return\": <json>} or "
        + "{\"Throw\": {\"Error\": \"...\", \"Cause\": \"...\"}}, got " + Json.write(entry));
  }

  /**
   * Returns the results recorded for a state.
   *
   * @param state the Task state's name
   * @return its results in call order (empty when none); successful outputs as public values
   */
  public List<TaskResult> resultsFor(String state) {
    List<TaskResult> out = new ArrayList<>();
    for (TaskResult r : results.getOrDefault(state, List.of())) {
      out.add(r instanceof TaskResult.Success s ? TaskResult.success(Json.external(s.output())) : r);
    }
    return out;
  }

  /**
   * Answers a call with the state's next result, counting calls per state across all calls made
   * directly on this object (the executor counts per execution instead).
   */
  @Override
  public synchronized TaskResult invoke(TaskCall call) {
    Objects.requireNonNull(call, "call");
    int n = directCursors.merge(call.stateName(), 1, Integer::sum) - 1;
    TaskResult r = next(call.stateName(), n);
    return r instanceof TaskResult.Success s ? TaskResult.success(Json.external(s.output())) : r;
  }

  /** The per-execution cursor of every mocked state, indexed by the executor's task numbers. */
  final class Session {
    private final List<List<TaskResult>> lists;
    private final int[] cursors;
    private final String[] names;

    Session(String[] taskNames) {
      names = taskNames;
      lists = new ArrayList<>(taskNames.length);
      cursors = new int[taskNames.length];
      for (String name : taskNames) {
        lists.add(results.getOrDefault(name, List.of()));
      }
    }

    TaskResult next(int task) {
      int n = cursors[task]++;
      List<TaskResult> l = lists.get(task);
      if (n >= l.size()) {
        throw missing(names[task], n, l.size());
      }
      return l.get(n);
    }
  }

  Session session(String[] taskNames) {
    return new Session(taskNames);
  }

  private TaskResult next(String state, int n) {
    List<TaskResult> l = results.getOrDefault(state, List.of());
    if (n >= l.size()) {
      throw missing(state, n, l.size());
    }
    return l.get(n);
  }

  private LocalExecutionException missing(String state, int n, int size) {
    return new LocalExecutionException(source + ": no mock for invocation #" + (n + 1)
        + " of the Task state \"" + state + "\" (" + (size == 0 ? "it has none"
        : "it has " + size) + ")");
  }
}
