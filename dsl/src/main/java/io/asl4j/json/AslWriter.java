package io.asl4j.json;

import io.asl4j.Workflow;
import io.asl4j.model.AslEnum;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.Condition;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.Expression;
import io.asl4j.model.FailState;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.MapState;
import io.asl4j.model.NestedRule;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.Path;
import io.asl4j.model.ProcessorConfig;
import io.asl4j.model.RawState;
import io.asl4j.model.ReaderConfig;
import io.asl4j.model.Retrier;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import io.asl4j.model.WriterConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Workflow} as ASL JSON, deterministically.
 *
 * <p>Canonical form: states in their definition order; within a state {@code Type} first, then
 * {@code Comment} and {@code QueryLanguage}, the input-side fields, the work, the output-side fields,
 * {@code Retry} and {@code Catch}, any fields kept verbatim, and {@code Next}/{@code End} last.
 * Payload members keep their order. Numbers are written exactly as held. The writer adds the
 * {@code .$} suffix to members holding a {@link JsonPath} or intrinsic call, and picks the
 * {@code ...Path} twin of a field whose value is a {@link JsonPath}.
 *
 * <p>Thread-safe and immutable.
 */
public final class AslWriter {

  private static final AslWriter PRETTY = new AslWriter(true);
  private static final AslWriter COMPACT = new AslWriter(false);

  private final boolean pretty;

  private AslWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Returns the writer for pretty JSON: two-space indentation, one member or element per line.
   *
   * @return the pretty writer
   */
  public static AslWriter pretty() {
    return PRETTY;
  }

  /**
   * Returns the writer for compact JSON: no whitespace at all.
   *
   * @return the compact writer
   */
  public static AslWriter compact() {
    return COMPACT;
  }

  /**
   * Writes a workflow.
   *
   * @param workflow the workflow
   * @return the JSON text, without a trailing newline
   */
  public String write(Workflow workflow) {
    StringBuilder sb = new StringBuilder(4096);
    new Run(new JsonEmitter(sb, pretty)).workflow(workflow);
    return sb.toString();
  }

  /**
   * Writes a workflow to an {@link Appendable} such as a {@link java.io.Writer}.
   *
   * @param workflow the workflow
   * @param out where to write the JSON text (no trailing newline)
   * @throws IOException if {@code out} fails
   */
  public void write(Workflow workflow, Appendable out) throws IOException {
    out.append(write(workflow));
  }

  /**
   * Writes a single value as it would appear in a definition: members holding a {@link JsonPath} or
   * intrinsic call get the {@code .$} key suffix; a {@link Jsonata} expression becomes its
   * {@code "{% ... %}"} string.
   *
   * @param value the value; a bare {@link JsonPath} or intrinsic is written as its string
   * @return the JSON text
   */
  public String write(Value value) {
    StringBuilder sb = new StringBuilder();
    new Run(new JsonEmitter(sb, pretty)).value(value);
    return sb.toString();
  }

  /** One write: walks the model in canonical order. */
  private static final class Run {
    private final JsonEmitter out;

    Run(JsonEmitter out) {
      this.out = out;
    }

    void workflow(Workflow w) {
      out.beginObject();
      string("Comment", w.comment());
      enumValue("QueryLanguage", w.queryLanguage());
      string("Version", w.version());
      number("TimeoutSeconds", w.timeoutSeconds());
      out.name("StartAt");
      out.string(w.startAt());
      states(w.states());
      unknown(w.unknownFields());
      out.endObject();
    }

    void branch(Branch b) {
      out.beginObject();
      string("Comment", b.comment());
      enumValue("QueryLanguage", b.queryLanguage());
      out.name("StartAt");
      out.string(b.startAt());
      states(b.states());
      unknown(b.unknownFields());
      out.endObject();
    }

    void processor(ItemProcessor p) {
      out.beginObject();
      string("Comment", p.comment());
      enumValue("QueryLanguage", p.queryLanguage());
      if (p.processorConfig().isPresent()) {
        ProcessorConfig c = p.processorConfig().get();
        out.name("ProcessorConfig");
        out.beginObject();
        enumValue("Mode", c.mode());
        enumValue("ExecutionType", c.executionType());
        unknown(c.unknownFields());
        out.endObject();
      }
      out.name("StartAt");
      out.string(p.startAt());
      states(p.states());
      unknown(p.unknownFields());
      out.endObject();
    }

    void states(Map<String, State> states) {
      out.name("States");
      out.beginObject();
      for (Map.Entry<String, State> e : states.entrySet()) {
        out.name(e.getKey());
        state(e.getValue());
      }
      out.endObject();
    }

    void state(State s) {
      if (s instanceof RawState raw) {
        value(raw.json());
        return;
      }
      out.beginObject();
      out.name("Type");
      out.string(s.type());
      string("Comment", s.comment());
      enumValue("QueryLanguage", s.queryLanguage());
      Transition transition = null;
      if (s instanceof TaskState t) {
        out.name("Resource");
        out.string(t.resource());
        member("Credentials", t.credentials());
        path("InputPath", t.inputPath());
        member("Parameters", t.parameters());
        member("Arguments", t.arguments());
        dynamic("TimeoutSeconds", t.timeoutSeconds());
        dynamic("HeartbeatSeconds", t.heartbeatSeconds());
        member("ResultSelector", t.resultSelector());
        path("ResultPath", t.resultPath());
        path("OutputPath", t.outputPath());
        member("Output", t.output());
        member("Assign", t.assign());
        retry(t.retry());
        catchers(t.catchers());
        transition = t.transition();
      } else if (s instanceof PassState p) {
        path("InputPath", p.inputPath());
        member("Parameters", p.parameters());
        member("Result", p.result());
        path("ResultPath", p.resultPath());
        path("OutputPath", p.outputPath());
        member("Output", p.output());
        member("Assign", p.assign());
        transition = p.transition();
      } else if (s instanceof ChoiceState c) {
        path("InputPath", c.inputPath());
        path("OutputPath", c.outputPath());
        member("Output", c.output());
        member("Assign", c.assign());
        out.name("Choices");
        out.beginArray();
        for (ChoiceRule r : c.choices()) {
          rule(r);
        }
        out.endArray();
        string("Default", c.defaultState());
      } else if (s instanceof WaitState w) {
        path("InputPath", w.inputPath());
        if (w.time() instanceof WaitTime.Seconds secs) {
          dynamic("Seconds", Optional.of(secs.seconds()));
        } else {
          dynamicString("Timestamp", Optional.of(((WaitTime.Timestamp) w.time()).timestamp()));
        }
        path("OutputPath", w.outputPath());
        member("Output", w.output());
        member("Assign", w.assign());
        transition = w.transition();
      } else if (s instanceof SucceedState sc) {
        path("InputPath", sc.inputPath());
        path("OutputPath", sc.outputPath());
        member("Output", sc.output());
      } else if (s instanceof FailState f) {
        dynamicString("Error", f.error());
        dynamicString("Cause", f.cause());
      } else if (s instanceof ParallelState p) {
        path("InputPath", p.inputPath());
        member("Parameters", p.parameters());
        member("Arguments", p.arguments());
        out.name("Branches");
        out.beginArray();
        for (Branch b : p.branches()) {
          branch(b);
        }
        out.endArray();
        member("ResultSelector", p.resultSelector());
        path("ResultPath", p.resultPath());
        path("OutputPath", p.outputPath());
        member("Output", p.output());
        member("Assign", p.assign());
        retry(p.retry());
        catchers(p.catchers());
        transition = p.transition();
      } else {
        MapState m = (MapState) s;
        path("InputPath", m.inputPath());
        member("Arguments", m.arguments());
        if (m.items().isPresent()) {
          Value items = m.items().get();
          if (items instanceof JsonPath path) {
            out.name("ItemsPath");
            out.string(path.text());
          } else {
            member("Items", m.items());
          }
        }
        m.itemReader().ifPresent(this::itemReader);
        member("ItemSelector", m.itemSelector());
        member("Parameters", m.parameters());
        m.itemBatcher().ifPresent(this::itemBatcher);
        dynamic("MaxConcurrency", m.maxConcurrency());
        dynamic("ToleratedFailurePercentage", m.toleratedFailurePercentage());
        dynamic("ToleratedFailureCount", m.toleratedFailureCount());
        string("Label", m.label());
        out.name(m.legacyIterator() ? "Iterator" : "ItemProcessor");
        processor(m.itemProcessor());
        m.resultWriter().ifPresent(this::resultWriter);
        member("ResultSelector", m.resultSelector());
        path("ResultPath", m.resultPath());
        path("OutputPath", m.outputPath());
        member("Output", m.output());
        member("Assign", m.assign());
        retry(m.retry());
        catchers(m.catchers());
        transition = m.transition();
      }
      unknown(s.unknownFields());
      if (transition instanceof Transition.Next next) {
        out.name("Next");
        out.string(next.state());
      } else if (transition != null) {
        out.name("End");
        out.bool(true);
      }
      out.endObject();
    }

    void itemReader(ItemReader r) {
      out.name("ItemReader");
      out.beginObject();
      out.name("Resource");
      out.string(r.resource());
      if (r.readerConfig().isPresent()) {
        ReaderConfig c = r.readerConfig().get();
        out.name("ReaderConfig");
        out.beginObject();
        enumValue("InputType", c.inputType());
        enumValue("ManifestType", c.manifestType());
        enumValue("CSVHeaderLocation", c.csvHeaderLocation());
        if (c.csvHeaders().isPresent()) {
          out.name("CSVHeaders");
          strings(c.csvHeaders().get());
        }
        enumValue("CSVDelimiter", c.csvDelimiter());
        string("ItemsPointer", c.itemsPointer());
        enumValue("Transformation", c.transformation());
        dynamic("MaxItems", c.maxItems());
        unknown(c.unknownFields());
        out.endObject();
      }
      member("Parameters", r.parameters());
      member("Arguments", r.arguments());
      unknown(r.unknownFields());
      out.endObject();
    }

    void itemBatcher(ItemBatcher b) {
      out.name("ItemBatcher");
      out.beginObject();
      dynamic("MaxItemsPerBatch", b.maxItemsPerBatch());
      dynamic("MaxInputBytesPerBatch", b.maxInputBytesPerBatch());
      member("BatchInput", b.batchInput());
      unknown(b.unknownFields());
      out.endObject();
    }

    void resultWriter(ResultWriter w) {
      out.name("ResultWriter");
      out.beginObject();
      string("Resource", w.resource());
      if (w.writerConfig().isPresent()) {
        WriterConfig c = w.writerConfig().get();
        out.name("WriterConfig");
        out.beginObject();
        enumValue("OutputType", c.outputType());
        enumValue("Transformation", c.transformation());
        unknown(c.unknownFields());
        out.endObject();
      }
      member("Parameters", w.parameters());
      member("Arguments", w.arguments());
      unknown(w.unknownFields());
      out.endObject();
    }

    void retry(Optional<List<Retrier>> retry) {
      if (retry.isEmpty()) {
        return;
      }
      out.name("Retry");
      out.beginArray();
      for (Retrier r : retry.get()) {
        out.beginObject();
        string("Comment", r.comment());
        out.name("ErrorEquals");
        strings(r.errorEquals());
        number("IntervalSeconds", r.intervalSeconds());
        number("MaxAttempts", r.maxAttempts());
        number("BackoffRate", r.backoffRate());
        number("MaxDelaySeconds", r.maxDelaySeconds());
        enumValue("JitterStrategy", r.jitterStrategy());
        unknown(r.unknownFields());
        out.endObject();
      }
      out.endArray();
    }

    void catchers(Optional<List<Catcher>> catchers) {
      if (catchers.isEmpty()) {
        return;
      }
      out.name("Catch");
      out.beginArray();
      for (Catcher c : catchers.get()) {
        out.beginObject();
        string("Comment", c.comment());
        out.name("ErrorEquals");
        strings(c.errorEquals());
        path("ResultPath", c.resultPath());
        member("Output", c.output());
        member("Assign", c.assign());
        unknown(c.unknownFields());
        out.name("Next");
        out.string(c.next());
        out.endObject();
      }
      out.endArray();
    }

    void rule(ChoiceRule r) {
      out.beginObject();
      string("Comment", r.comment());
      condition(r.condition());
      member("Assign", r.assign());
      member("Output", r.output());
      unknown(r.unknownFields());
      out.name("Next");
      out.string(r.next());
      out.endObject();
    }

    void nestedRule(NestedRule r) {
      out.beginObject();
      string("Comment", r.comment());
      condition(r.condition());
      unknown(r.unknownFields());
      out.endObject();
    }

    void condition(Condition c) {
      if (c instanceof Condition.Comparison cmp) {
        out.name("Variable");
        out.string(cmp.variable().text());
        out.name(cmp.operator().jsonName());
        Value operand = cmp.operand();
        if (operand instanceof JsonPath p) {
          out.string(p.text());
        } else {
          value(operand);
        }
      } else if (c instanceof Condition.And and) {
        out.name("And");
        nestedRules(and.rules());
      } else if (c instanceof Condition.Or or) {
        out.name("Or");
        nestedRules(or.rules());
      } else if (c instanceof Condition.Not not) {
        out.name("Not");
        nestedRule(not.rule());
      } else {
        out.name("Condition");
        value(((Condition.JsonataTest) c).condition());
      }
    }

    void nestedRules(List<NestedRule> rules) {
      out.beginArray();
      for (NestedRule r : rules) {
        nestedRule(r);
      }
      out.endArray();
    }

    // ---------------------------------------------------------------- fields

    void string(String name, Optional<String> value) {
      if (value.isPresent()) {
        out.name(name);
        out.string(value.get());
      }
    }

    void number(String name, Optional<JsonNumber> value) {
      if (value.isPresent()) {
        out.name(name);
        out.number(value.get().text());
      }
    }

    void enumValue(String name, Optional<? extends AslEnum> value) {
      if (value.isPresent()) {
        out.name(name);
        out.string(value.get().jsonName());
      }
    }

    void path(String name, Optional<Path> value) {
      if (value.isPresent()) {
        out.name(name);
        if (value.get() instanceof JsonPath p) {
          out.string(p.text());
        } else {
          out.nullValue();
        }
      }
    }

    /** A numeric field: a path goes to the {@code ...Path} twin. */
    void dynamic(String name, Optional<DynamicNumber> value) {
      if (value.isEmpty()) {
        return;
      }
      DynamicNumber v = value.get();
      if (v instanceof JsonPath p) {
        out.name(name + "Path");
        out.string(p.text());
      } else if (v instanceof Jsonata j) {
        out.name(name);
        out.string(j.text());
      } else {
        out.name(name);
        out.number(((JsonNumber) v).text());
      }
    }

    /** A string field: a path or intrinsic goes to the {@code ...Path} twin. */
    void dynamicString(String name, Optional<DynamicString> value) {
      if (value.isEmpty()) {
        return;
      }
      DynamicString v = value.get();
      if (v instanceof JsonString s) {
        out.name(name);
        out.string(s.value());
      } else if (v instanceof Jsonata j) {
        out.name(name);
        out.string(j.text());
      } else {
        out.name(name + "Path");
        out.string(((Expression) v).text());
      }
    }

    void member(String name, Optional<? extends Value> value) {
      if (value.isPresent()) {
        member(name, value.get());
      }
    }

    /** An object member: JSONPath and intrinsic values get the {@code .$} key suffix. */
    void member(String name, Value value) {
      if (value instanceof JsonPath || value instanceof Intrinsic) {
        out.name(name + ".$");
        out.string(((Expression) value).text());
      } else {
        out.name(name);
        value(value);
      }
    }

    void unknown(Map<String, Value> fields) {
      for (Map.Entry<String, Value> e : fields.entrySet()) {
        member(e.getKey(), e.getValue());
      }
    }

    void strings(List<String> values) {
      out.beginArray();
      for (String s : values) {
        out.string(s);
      }
      out.endArray();
    }

    void value(Value v) {
      if (v instanceof JsonObject o) {
        out.beginObject();
        for (Map.Entry<String, Value> e : o.members().entrySet()) {
          member(e.getKey(), e.getValue());
        }
        out.endObject();
      } else if (v instanceof JsonArray a) {
        out.beginArray();
        for (Value e : a.elements()) {
          value(e);
        }
        out.endArray();
      } else if (v instanceof JsonString s) {
        out.string(s.value());
      } else if (v instanceof JsonNumber n) {
        out.number(n.text());
      } else if (v instanceof JsonBoolean b) {
        out.bool(b.value());
      } else if (v instanceof JsonNull) {
        out.nullValue();
      } else {
        out.string(((Expression) v).text());
      }
    }
  }
}
