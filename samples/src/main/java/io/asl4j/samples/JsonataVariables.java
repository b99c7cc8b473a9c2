package io.asl4j.samples;

import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.field;
import static io.asl4j.Values.jsonata;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.AttributeValue;
import io.asl4j.integrations.DynamoDb;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import io.asl4j.model.QueryLanguage;

/**
 * JSONata with workflow variables: the first state stores the customer id in {@code $customerId};
 * the third reads it, though the second state's output replaced the whole input. No value is
 * threaded through the middle state. The integrations are the same as in JSONPath: in a JSONata
 * workflow, {@code .call(..)} writes their payload as {@code Arguments}.
 */
public final class JsonataVariables {

  private JsonataVariables() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Load Order -> Price Order -> Notify Customer}, in JSONata
   */
  public static Workflow workflow() {
    Step notify = task("Notify Customer")
        .call(Sns.publish("arn:aws:sns:us-east-1:123456789012:customers",
            jsonata("'Your order costs ' & $states.input.total"))
            .parameter("MessageAttributes", io.asl4j.Values.object(field("customer",
                io.asl4j.Values.object(field("DataType", "String"),
                    field("StringValue", jsonata("$customerId")))))))
        .end();
    Step price = task("Price Order")
        .call(Lambda.invoke("price-order").payload(jsonata("$states.input.lines")))
        .output(jsonata("$states.result.Payload"))
        .next(notify);
    Step load = task("Load Order")
        .call(DynamoDb.getItem("orders")
            .key("id", AttributeValue.s(jsonata("$states.input.orderId"))))
        .assign(field("customerId", jsonata("$states.result.Item.customer.S")))
        .output(jsonata("$states.result.Item"))
        .next(price);
    return startAt(load).queryLanguage(QueryLanguage.JSONATA)
        .comment("Pass a value from the first state to the third with a variable").build();
  }
}
