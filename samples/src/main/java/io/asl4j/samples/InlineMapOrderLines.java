package io.asl4j.samples;

import static io.asl4j.Asl.map;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Lambda;
import io.asl4j.model.Path;

/** An inline Map: reserve stock for each order line, five at a time. */
public final class InlineMapOrderLines {

  private InlineMapOrderLines() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Reserve Each Line}, a Map over {@code $.lines}
   */
  public static Workflow workflow() {
    Step reserve = task("Reserve Stock")
        .call(Lambda.invoke("reserve-stock").payload(field("sku", path("$.sku")),
            field("quantity", path("$.quantity")), field("orderId", path("$.orderId"))))
        .resultPath(Path.discard())
        .end();
    Step eachLine = map("Reserve Each Line")
        .processor(reserve)
        .items(path("$.lines"))
        .itemSelector(field("sku", context("Map.Item.Value.sku")),
            field("quantity", context("Map.Item.Value.quantity")),
            field("orderId", path("$.orderId")))
        .maxConcurrency(5)
        .resultPath(path("$.reservations"))
        .end();
    return startAt(eachLine).build();
  }
}
