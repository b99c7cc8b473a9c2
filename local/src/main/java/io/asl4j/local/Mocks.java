package io.asl4j.local;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.JsonPointer;
import io.asl4j.json.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * <p>asl4j extensions, in both formats: a result may say how long the call runs on the virtual
 * clock, {@code "Seconds": 90}, and how often the worker sends heartbeats meanwhile,
 * {@code "HeartbeatInterval": 30} (see {@link TaskResult#taking}); a top-level {@code "S3"} object
 * holds the mocked S3 objects a Distributed Map reads, {@code {"bucket": {"key": "content"}}}
 * (content that is not a string stands for its JSON text); a top-level {@code "Workflows"} object
 * names the child workflows that {@code states:startExecution} tasks run,
 * {@code {"NameOrArn": "child.asl.json"}} (a file relative to the mocks file) or
 * {@code {"NameOrArn": {"StartAt": ...}}} (the definition itself). In the conformance format a
 * state called {@code S3} or {@code Workflows} is still mocked by a list.
 *
 * <p>Immutable; every execution starts at the first result of every list. The executor checks
 * that every state named has a Task state of that name in the workflow (or a child workflow).
 */
public final class Mocks implements TaskHandler {

  private static final String EXPECTED_ENTRY = "expected {\"Return\": <json>} or {\"Throw\": "
      + "{\"Error\": \"...\", \"Cause\": \"...\"}}";

  /** Per state: its results (successful outputs as internal values). */
  private final Map<String, List<TaskResult>> results;
  /** Per state: the JSON pointer of its entry, for messages. */
  private final Map<String, String> pointers;
  private final String source;
  private final String text;
  private final String testCase;
  private final S3Objects s3;
  private final Map<String, Workflow> workflows;
  private final Map<String, String> workflowFiles;
  private final Map<String, Integer> directCursors = new HashMap<>();

  private Mocks(Map<String, List<TaskResult>> results, Map<String, String> pointers,
      String source, String text, String testCase, S3Objects s3, Map<String, Workflow> workflows,
      Map<String, String> workflowFiles) {
    this.results = results;
    this.pointers = pointers;
    this.source = source;
    this.text = text;
    this.testCase = testCase;
    this.s3 = s3;
    this.workflows = workflows;
    this.workflowFiles = workflowFiles;
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
    Map<String, String> pointers = new LinkedHashMap<>();
    for (Map.Entry<String, List<TaskResult>> e : results.entrySet()) {
      List<TaskResult> l = new ArrayList<>();
      for (TaskResult r : e.getValue()) {
        l.add(internal(r));
      }
      m.put(e.getKey(), List.copyOf(l));
      pointers.put(e.getKey(), "/" + escape(e.getKey()));
    }
    return new Mocks(m, pointers, "mocks", null, null, S3Objects.empty(), Map.of(), Map.of());
  }

  /**
   * Returns mocks without any result: every Task invocation fails the run with a
   * {@link LocalExecutionException}.
   *
   * @return empty mocks
   */
  public static Mocks none() {
    return new Mocks(Map.of(), Map.of(), null, null, null, S3Objects.empty(), Map.of(), Map.of());
  }

  /**
   * Reads a mocks file in either format. Child workflows it names by file are read relative to
   * the mocks file's directory.
   *
   * @param file the file
   * @param testCase the test case to use from a {@code MockConfigFile} (required when the file
   *     has several; ignored for the conformance format)
   * @return the mocks
   * @throws LocalExecutionException if the file cannot be read or is not a mocks file; the message
   *     names the file and what is wrong
   */
  public static Mocks read(Path file, Optional<String> testCase) {
    Mocks m = parse(LocalRun.read(file), file.toString(), testCase);
    if (m.workflowFiles.isEmpty()) {
      return m;
    }
    Map<String, Workflow> all = new LinkedHashMap<>(m.workflows);
    Path dir = file.toAbsolutePath().getParent();
    for (Map.Entry<String, String> e : m.workflowFiles.entrySet()) {
      all.put(e.getKey(), LocalRun.readWorkflow(dir.resolve(e.getValue())));
    }
    return new Mocks(m.results, m.pointers, m.source, m.text, m.testCase, m.s3,
        Collections.unmodifiableMap(all), Map.of());
  }

  /**
   * Parses mocks from text in either format. Child workflows named by file are not read: see
   * {@link #workflowFiles()}.
   *
   * @param json the mocks JSON
   * @param source names the text in messages (e.g. the file name)
   * @param testCase the {@code MockConfigFile} test case to use
   * @return the mocks
   * @throws LocalExecutionException if the text is not a mocks document; the exception gives the
   *     line and column of the problem
   */
  public static Mocks parse(String json, String source, Optional<String> testCase) {
    Object root;
    try {
      root = Json.parseInternal(json);
    } catch (Json.SyntaxError e) {
      throw e.in(source);
    }
    Reader r = new Reader(json, source);
    if (!(root instanceof Map<?, ?> m)) {
      throw r.fail("", "expected a JSON object of mocks, got " + Json.typeName(root));
    }
    S3Objects s3 = S3Objects.empty();
    Map<String, Workflow> workflows = new LinkedHashMap<>();
    Map<String, String> workflowFiles = new LinkedHashMap<>();
    boolean config = m.containsKey("StateMachines") || m.containsKey("MockedResponses");
    if (m.get("S3") instanceof Map<?, ?> buckets) {
      s3 = r.s3(buckets);
    } else if (config && m.containsKey("S3")) {
      throw r.fail("/S3", "expected an object of buckets, {\"bucket\": {\"key\": \"content\"}}");
    }
    if (m.get("Workflows") instanceof Map<?, ?> children) {
      r.workflows(children, workflows, workflowFiles);
    } else if (config && m.containsKey("Workflows")) {
      throw r.fail("/Workflows", "expected an object of child workflows by name or ARN");
    }
    Map<String, List<TaskResult>> results = new LinkedHashMap<>();
    Map<String, String> pointers = new LinkedHashMap<>();
    String chosen = null;
    if (config) {
      chosen = r.mockConfig(m, testCase, results, pointers);
    } else {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String state = (String) e.getKey();
        if ((state.equals("S3") || state.equals("Workflows")) && e.getValue() instanceof Map) {
          continue;
        }
        String pointer = "/" + escape(state);
        if (!(e.getValue() instanceof List<?> list)) {
          throw r.fail(pointer, "expected a list of {\"Return\": ...} or {\"Throw\": {...}} "
              + "entries, got " + Json.typeName(e.getValue()));
        }
        List<TaskResult> l = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          l.add(r.result(list.get(i), pointer + "/" + i));
        }
        results.put(state, List.copyOf(l));
        pointers.put(state, pointer);
      }
    }
    return new Mocks(results, pointers, source, json, chosen, s3,
        Collections.unmodifiableMap(workflows), Collections.unmodifiableMap(workflowFiles));
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
      out.add(external(r));
    }
    return out;
  }

  /**
   * Returns the mocked S3 objects of the file's {@code "S3"} section.
   *
   * @return the objects (empty when none)
   */
  public S3Objects s3() {
    return s3;
  }

  /**
   * Returns the child workflows of the file's {@code "Workflows"} section that are available as
   * definitions: given inline, or read from their files by {@link #read}.
   *
   * @return child workflows by the state machine name or ARN they stand for
   */
  public Map<String, Workflow> workflows() {
    return workflows;
  }

  /**
   * Returns the child workflows of the file's {@code "Workflows"} section that name a file which
   * {@link #parse} did not read (paths as written, relative to the mocks file).
   *
   * @return file names by the state machine name or ARN they stand for
   */
  public Map<String, String> workflowFiles() {
    return workflowFiles;
  }

  /**
   * Answers a call with the state's next result, counting calls per state across all calls made
   * directly on this object (the executor counts per execution instead).
   */
  @Override
  public synchronized TaskResult invoke(TaskCall call) {
    Objects.requireNonNull(call, "call");
    int n = directCursors.merge(call.stateName(), 1, Integer::sum) - 1;
    List<TaskResult> l = results.getOrDefault(call.stateName(), List.of());
    if (n >= l.size()) {
      throw missing(call.stateName(), call.resource(), n, l.size());
    }
    return external(l.get(n));
  }

  /**
   * Checks that every state the mocks name is a Task state of one of the workflows.
   *
   * @param stateTypes every state of the workflows, by name, with its type
   * @throws LocalExecutionException naming the first mock that fits no Task state, with its line
   */
  void check(Map<String, String> stateTypes) {
    for (Map.Entry<String, String> e : pointers.entrySet()) {
      String state = e.getKey();
      String type = stateTypes.get(state);
      if ("Task".equals(type)) {
        continue;
      }
      String problem;
      if (type == null) {
        List<String> tasks = new ArrayList<>();
        for (Map.Entry<String, String> s : stateTypes.entrySet()) {
          if (s.getValue().equals("Task")) {
            tasks.add("\"" + s.getKey() + "\"");
          }
        }
        problem = "the workflow has no state \"" + state + "\" (its Task states: "
            + (tasks.isEmpty() ? "none" : String.join(", ", tasks)) + ")";
      } else {
        problem = "\"" + state + "\" is a " + type + " state; only Task states take mocks";
      }
      throw new Reader(text, source == null ? "mocks" : source).fail(e.getValue(), problem);
    }
  }

  /** The per-execution cursor of every mocked state, indexed by the program's task numbers. */
  final class Session {
    private final List<List<TaskResult>> lists;
    private final int[] cursors;
    private final String[] names;
    private final String[] resources;

    Session(String[] taskNames, String[] taskResources) {
      names = taskNames;
      resources = taskResources;
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
        throw missing(names[task], resources[task], n, l.size());
      }
      return l.get(n);
    }

    /** Whether the state has any mock at all (a child workflow may stand in when not). */
    boolean has(int task) {
      return !lists.get(task).isEmpty();
    }
  }

  Session session(String[] taskNames, String[] taskResources) {
    return new Session(taskNames, taskResources);
  }

  private LocalExecutionException missing(String state, String resource, int n, int size) {
    String task = "the Task state \"" + state + "\" (resource " + resource + ")";
    if (source == null) {
      return new LocalExecutionException("no mock for " + task + ": no mocks were given");
    }
    String problem = size > 0
        ? "no mock for invocation #" + (n + 1) + " of " + task + "; it has " + size
        : "no mock for " + task + (testCase == null ? "" : " in the test case \"" + testCase + "\"");
    return new LocalExecutionException(source, 0, 0, problem);
  }

  private static TaskResult internal(TaskResult r) {
    TaskResult o = r.outcome();
    TaskResult c = o instanceof TaskResult.Success s ? TaskResult.success(Json.internal(s.output()))
        : o;
    return r instanceof TaskResult.Timed t ? new TaskResult.Timed(c, t.runs(), t.heartbeats()) : c;
  }

  private static TaskResult external(TaskResult r) {
    TaskResult o = r.outcome();
    TaskResult c = o instanceof TaskResult.Success s ? TaskResult.success(Json.external(s.output()))
        : o;
    return r instanceof TaskResult.Timed t ? new TaskResult.Timed(c, t.runs(), t.heartbeats()) : c;
  }

  /** A JSON pointer segment: {@code ~} and {@code /} escaped. */
  static String escape(String segment) {
    return JsonPointer.escape(segment);
  }

  /** Reads the parts of one mocks text and words its problems with their line and column. */
  private static final class Reader {
    private final String text;
    private final String source;
    private SourceMap map;

    Reader(String text, String source) {
      this.text = text;
      this.source = source;
    }

    LocalExecutionException fail(String pointer, String problem) {
      int line = 0;
      int column = 0;
      if (text != null) {
        if (map == null) {
          map = SourceMap.of(text);
        }
        int[] at = map.position(pointer);
        line = at[0];
        column = at[1];
      }
      String what = pointer.isEmpty() ? problem : pointer + ": " + problem;
      return new LocalExecutionException(source + ": " + what, source, line, column, what);
    }

    TaskResult result(Object entry, String where) {
      if (entry instanceof Map<?, ?> m) {
        TaskResult r = null;
        if (m.containsKey("Return") && !m.containsKey("Throw")) {
          r = TaskResult.success(m.get("Return"));
        } else if (m.get("Throw") instanceof Map<?, ?> t && !m.containsKey("Return")) {
          Object error = t.get("Error");
          Object cause = t.get("Cause");
          if ((error == null || error instanceof String)
              && (cause == null || cause instanceof String)) {
            r = TaskResult.failure(Optional.ofNullable((String) error),
                Optional.ofNullable((String) cause));
          }
        }
        if (r != null) {
          return timed(r, m, where);
        }
      }
      throw fail(where, EXPECTED_ENTRY + ", got " + Json.write(entry));
    }

    private TaskResult timed(TaskResult r, Map<?, ?> m, String where) {
      for (Object k : m.keySet()) {
        if (!k.equals("Return") && !k.equals("Throw") && !k.equals("Seconds")
            && !k.equals("HeartbeatInterval")) {
          throw fail(where + "/" + escape((String) k), "unknown member \"" + k + "\" (a mock "
              + "takes Return or Throw, and Seconds and HeartbeatInterval)");
        }
      }
      Object seconds = m.get("Seconds");
      Object heartbeat = m.get("HeartbeatInterval");
      if (seconds == null && heartbeat == null) {
        return r;
      }
      if (seconds != null) {
        r = r.taking(duration(seconds, where + "/Seconds", "a number of seconds, 0 or more",
            false));
      }
      if (heartbeat != null) {
        r = r.heartbeatEvery(duration(heartbeat, where + "/HeartbeatInterval",
            "a positive number of seconds", true));
      }
      return r;
    }

    private java.time.Duration duration(Object v, String where, String expected,
        boolean positive) {
      if (v instanceof Number n && Double.isFinite(n.doubleValue())
          && (positive ? n.doubleValue() > 0 : n.doubleValue() >= 0)) {
        return java.time.Duration.ofMillis(Math.round(n.doubleValue() * 1000));
      }
      throw fail(where, "expected " + expected + ", got " + Json.write(Json.external(v)));
    }

    S3Objects s3(Map<?, ?> buckets) {
      S3Objects s3 = S3Objects.empty();
      for (Map.Entry<?, ?> b : buckets.entrySet()) {
        String bucket = (String) b.getKey();
        String pointer = "/S3/" + escape(bucket);
        if (!(b.getValue() instanceof Map<?, ?> objects)) {
          throw fail(pointer, "expected an object of keys and contents, got "
              + Json.typeName(b.getValue()));
        }
        for (Map.Entry<?, ?> o : objects.entrySet()) {
          Object content = o.getValue();
          s3 = s3.with(bucket, (String) o.getKey(),
              content instanceof String str ? str : Json.write(content));
        }
      }
      return s3;
    }

    void workflows(Map<?, ?> children, Map<String, Workflow> workflows,
        Map<String, String> files) {
      for (Map.Entry<?, ?> c : children.entrySet()) {
        String name = (String) c.getKey();
        String pointer = "/Workflows/" + escape(name);
        if (c.getValue() instanceof String file) {
          files.put(name, file);
        } else if (c.getValue() instanceof Map<?, ?>) {
          try {
            workflows.put(name, AslReader.create().keepUnknownFields(true)
                .read(Json.write(c.getValue())));
          } catch (AslReadException e) {
            String first = e.getMessage().lines().findFirst().orElse("not a definition");
            throw fail(pointer, "not a workflow definition: " + first);
          }
        } else {
          throw fail(pointer, "expected a file name or a workflow definition, got "
              + Json.typeName(c.getValue()));
        }
      }
    }

    /** Reads a MockConfigFile's chosen test case into the maps; returns its name. */
    String mockConfig(Map<?, ?> root, Optional<String> testCase,
        Map<String, List<TaskResult>> results, Map<String, String> pointers) {
      if (!(root.get("StateMachines") instanceof Map<?, ?> machines)) {
        throw fail("/StateMachines", "expected an object of state machines with their TestCases");
      }
      if (!(root.get("MockedResponses") instanceof Map<?, ?> responses)) {
        throw fail("/MockedResponses", "expected an object of mocked responses");
      }
      Map<String, Map<?, ?>> cases = new java.util.TreeMap<>();
      Map<String, String> casePointers = new HashMap<>();
      for (Map.Entry<?, ?> e : machines.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> machine
            && machine.get("TestCases") instanceof Map<?, ?> tcs) {
          for (Map.Entry<?, ?> tc : tcs.entrySet()) {
            if (tc.getValue() instanceof Map<?, ?> states) {
              String key = e.getKey() + "/" + tc.getKey();
              cases.put(key, states);
              casePointers.put(key, "/StateMachines/" + escape((String) e.getKey())
                  + "/TestCases/" + escape((String) tc.getKey()));
            }
          }
        }
      }
      String chosen;
      String name = testCase.orElse(null);
      if (name == null) {
        if (cases.size() != 1) {
          throw new LocalExecutionException(source, 0, 0, "name a test case (the file has "
              + cases.size() + ": " + String.join(", ", cases.keySet()) + ")");
        }
        chosen = cases.keySet().iterator().next();
      } else {
        List<String> matches = new ArrayList<>();
        for (String k : cases.keySet()) {
          if (k.equals(name) || k.endsWith("/" + name)) {
            matches.add(k);
          }
        }
        if (matches.size() != 1) {
          throw new LocalExecutionException(source, 0, 0, (matches.isEmpty() ? "no"
              : "more than one") + " test case \"" + name + "\" (known: "
              + String.join(", ", cases.keySet())
              + "; write MACHINE/TEST_CASE when several machines have it)");
        }
        chosen = matches.get(0);
      }
      for (Map.Entry<?, ?> e : cases.get(chosen).entrySet()) {
        String state = (String) e.getKey();
        String statePointer = casePointers.get(chosen) + "/" + escape(state);
        String responseName = String.valueOf(e.getValue());
        if (!(responses.get(responseName) instanceof Map<?, ?> byIndex)) {
          throw fail(statePointer, "state \"" + state + "\" uses the mocked response \""
              + responseName + "\", which /MockedResponses does not define");
        }
        java.util.TreeMap<Integer, TaskResult> ordered = new java.util.TreeMap<>();
        for (Map.Entry<?, ?> r : byIndex.entrySet()) {
          String key = String.valueOf(r.getKey());
          String where = "/MockedResponses/" + escape(responseName) + "/" + escape(key);
          int from;
          int to;
          try {
            int dash = key.indexOf('-');
            from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash));
            to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1));
          } catch (NumberFormatException x) {
            throw fail(where, "expected an invocation number or range such as \"0\" or \"1-3\"");
          }
          TaskResult tr = result(r.getValue(), where);
          for (int i = from; i <= to; i++) {
            ordered.put(i, tr);
          }
        }
        List<TaskResult> l = new ArrayList<>();
        for (int i = 0; ordered.containsKey(i); i++) {
          l.add(ordered.get(i));
        }
        results.put(state, List.copyOf(l));
        pointers.put(state, statePointer);
      }
      return chosen;
    }
  }
}
