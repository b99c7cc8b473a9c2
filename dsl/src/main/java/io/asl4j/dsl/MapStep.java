package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.Field;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Limit;
import io.asl4j.model.MapState;
import io.asl4j.model.ProcessorConfig;
import io.asl4j.model.ProcessorMode;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.State;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Map state with its item processor: set where the items come from, then a transition. */
public final class MapStep extends GuardedBuilder<MapStep> {

  MapStep(String name, Fields fields) {
    super(name, fields);
  }

  @Override
  MapStep with(Fields f) {
    return new MapStep(name, f);
  }

  /**
   * Sets the items: a {@code JsonPath} becomes {@code "ItemsPath"}; anything else (a JSONata
   * expression, a literal array or object) becomes {@code "Items"}.
   *
   * <pre>{@code .items(path("$.orders"))   // "ItemsPath": "$.orders"}</pre>
   *
   * @param items the items' source
   * @return the Map with the items
   */
  public MapStep items(Value items) {
    return set(F.ITEMS, "items", items);
  }

  /**
   * Sets {@code "ItemSelector"}: reshapes each item.
   *
   * <pre>{@code .itemSelector(field("item", context("Map.Item.Value")))}</pre>
   *
   * @param fields the members
   * @return the Map with the item selector
   */
  public MapStep itemSelector(Field... fields) {
    return set(F.ITEM_SELECTOR, "itemSelector", JsonObject.of(fields));
  }

  /**
   * Sets {@code "ItemSelector"} to any value.
   *
   * @param selector the selector
   * @return the Map with the item selector
   */
  public MapStep itemSelector(Value selector) {
    return set(F.ITEM_SELECTOR, "itemSelector", selector);
  }

  /**
   * Sets {@code "MaxConcurrency"}: how many iterations run at once; 0 means no limit.
   *
   * @param iterations zero or more
   * @return the Map with the limit
   */
  public MapStep maxConcurrency(long iterations) {
    return set(F.MAX_CONCURRENCY, "maxConcurrency",
        JsonNumber.of(Limit.MAX_CONCURRENCY.require(iterations)));
  }

  /**
   * Sets the concurrency from a path ({@code "MaxConcurrencyPath"}) or JSONata.
   *
   * @param iterations the limit's source
   * @return the Map with the limit
   */
  public MapStep maxConcurrency(DynamicNumber iterations) {
    return set(F.MAX_CONCURRENCY, "maxConcurrency", iterations);
  }

  /**
   * Sets {@code "ToleratedFailurePercentage"} (Distributed Map) to a whole percentage.
   *
   * @param percent 0 to 100
   * @return the Map with the tolerance
   */
  public MapStep toleratedFailurePercentage(long percent) {
    return set(F.TOLERATED_PERCENTAGE, "toleratedFailurePercentage",
        JsonNumber.of(Limit.TOLERATED_FAILURE_PERCENTAGE.require(percent)));
  }

  /**
   * Sets {@code "ToleratedFailurePercentage"} (Distributed Map).
   *
   * @param percent 0 to 100
   * @return the Map with the tolerance
   */
  public MapStep toleratedFailurePercentage(double percent) {
    return set(F.TOLERATED_PERCENTAGE, "toleratedFailurePercentage",
        JsonNumber.of(Limit.TOLERATED_FAILURE_PERCENTAGE.require(percent)));
  }

  /**
   * Sets the tolerated percentage from a path or JSONata.
   *
   * @param percent the tolerance's source
   * @return the Map with the tolerance
   */
  public MapStep toleratedFailurePercentage(DynamicNumber percent) {
    return set(F.TOLERATED_PERCENTAGE, "toleratedFailurePercentage", percent);
  }

  /**
   * Sets {@code "ToleratedFailureCount"} (Distributed Map).
   *
   * @param failures zero or more
   * @return the Map with the tolerance
   */
  public MapStep toleratedFailureCount(long failures) {
    return set(F.TOLERATED_COUNT, "toleratedFailureCount",
        JsonNumber.of(Limit.TOLERATED_FAILURE_COUNT.require(failures)));
  }

  /**
   * Sets the tolerated count from a path or JSONata.
   *
   * @param failures the tolerance's source
   * @return the Map with the tolerance
   */
  public MapStep toleratedFailureCount(DynamicNumber failures) {
    return set(F.TOLERATED_COUNT, "toleratedFailureCount", failures);
  }

  /**
   * Sets {@code "Label"}: the name of the Map Run (Distributed Map).
   *
   * @param label up to 40 characters
   * @return the Map with the label
   */
  public MapStep label(String label) {
    return set(F.LABEL, "label", label);
  }

  /**
   * Sets {@code "ItemReader"}: reads the items from S3 (Distributed Map).
   *
   * @param reader the reader
   * @return the Map with the reader
   */
  public MapStep itemReader(ItemReader reader) {
    return set(F.ITEM_READER, "itemReader", reader);
  }

  /**
   * Sets {@code "ItemBatcher"}: groups items per child execution (Distributed Map).
   *
   * @param batcher the batcher
   * @return the Map with the batcher
   */
  public MapStep itemBatcher(ItemBatcher batcher) {
    return set(F.ITEM_BATCHER, "itemBatcher", batcher);
  }

  /**
   * Sets {@code "ResultWriter"}: writes the results to S3 (Distributed Map).
   *
   * @param writer the writer
   * @return the Map with the writer
   */
  public MapStep resultWriter(ResultWriter writer) {
    return set(F.RESULT_WRITER, "resultWriter", writer);
  }

  /**
   * Runs iterations inside this execution, stated explicitly:
   * {@code "ProcessorConfig": {"Mode": "INLINE"}}.
   *
   * @return the Map in inline mode
   */
  public MapStep inline() {
    return set(F.PROCESSOR_CONFIG, "inline()", new ProcessorConfig(
        Optional.of(ProcessorMode.INLINE), Optional.empty(), Map.of()));
  }

  /**
   * Runs iterations as child executions (Distributed Map):
   * {@code "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": ...}}.
   *
   * @param executionType {@code STANDARD} or {@code EXPRESS} child executions
   * @return the Map in distributed mode
   */
  public MapStep distributed(ExecutionType executionType) {
    return set(F.PROCESSOR_CONFIG, "distributed(..)", new ProcessorConfig(
        Optional.of(ProcessorMode.DISTRIBUTED), Optional.of(executionType), Map.of()));
  }

  private Graph processor() {
    return fields.<Graph>list(F.BRANCHES).get(0);
  }

  @Override
  List<Edge> nestedStarts() {
    return List.of(new Edge(fields.has(F.LEGACY) ? "Iterator" : "ItemProcessor",
        processor().start(), processor().language().or(() -> get(F.QUERY_LANGUAGE)),
        processor().declared()));
  }

  @Override
  State toState(Fields f, Transition transition, Graphs graphs) {
    Graph g = f.<Graph>list(F.BRANCHES).get(0);
    ItemProcessor processor = new ItemProcessor(g.commentText(), g.language(),
        f.get(F.PROCESSOR_CONFIG), g.start().name(), graphs.states(g.start()), Map.of());
    return new MapState(f.get(F.COMMENT), f.get(F.QUERY_LANGUAGE), f.get(F.INPUT_PATH),
        f.get(F.ARGUMENTS), f.get(F.ITEMS), f.get(F.ITEM_READER), f.get(F.ITEM_SELECTOR),
        f.get(F.PARAMETERS), f.get(F.ITEM_BATCHER), f.get(F.MAX_CONCURRENCY),
        f.get(F.TOLERATED_PERCENTAGE), f.get(F.TOLERATED_COUNT), f.get(F.LABEL), processor,
        f.has(F.LEGACY), f.get(F.RESULT_WRITER), f.get(F.RESULT_SELECTOR), f.get(F.RESULT_PATH),
        f.get(F.OUTPUT_PATH), f.get(F.OUTPUT), f.get(F.ASSIGN), retriers(f), catchers(f),
        transition, Map.of());
  }
}
