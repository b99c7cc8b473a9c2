package io.asl4j.codegen;

import io.asl4j.dsl.Integration;
import io.asl4j.integrations.ApiGateway;
import io.asl4j.integrations.Athena;
import io.asl4j.integrations.AttributeValue;
import io.asl4j.integrations.AwsSdk;
import io.asl4j.integrations.Batch;
import io.asl4j.integrations.DynamoDb;
import io.asl4j.integrations.Ecs;
import io.asl4j.integrations.EventBridge;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Http;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.ServiceIntegration;
import io.asl4j.integrations.Sns;
import io.asl4j.integrations.Sqs;
import io.asl4j.integrations.StepFunctions;
import io.asl4j.model.ActivityArn;
import io.asl4j.model.Expression;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.LambdaFunctionArn;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.Value;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the typed integration builders of {@code io.asl4j.integrations} can write, learnt once by
 * calling them: which factory makes which {@code service:action} and which payload members its
 * arguments fill, which method sets which member, which method picks which pattern suffix.
 *
 * <p>A Task is written with a typed builder only when running the planned calls gives exactly the
 * Task's Resource and payload; anything else keeps {@code .resource(arn)}.
 */
final class IntegrationCatalog {

  /** One call in a plan: a method and its arguments (model values or strings). */
  record Call(Method method, List<Object> arguments) {}

  /**
   * The calls that make an integration: a static factory first, then instance methods.
   *
   * @param calls the calls in order
   * @param payloadUsed whether the integration writes the Task's whole payload
   */
  record Plan(List<Call> calls, boolean payloadUsed) {}

  private static final String SENTINEL = "\u0000asl4j-sentinel-";

  private static final IntegrationCatalog INSTANCE = new IntegrationCatalog();

  /** A factory, and the payload member each of its arguments sets. */
  private record Factory(Method method, List<String> members) {}

  private final Map<String, Factory> factories = new HashMap<>();
  private final Map<Class<?>, Map<String, Method>> setters = new HashMap<>();
  private final Map<Class<?>, Map<IntegrationPattern, Method>> patterns = new HashMap<>();

  private IntegrationCatalog() {
    for (Class<?> service : List.of(ApiGateway.class, Athena.class, Batch.class, DynamoDb.class,
        Ecs.class, EventBridge.class, Glue.class, Http.class, Lambda.class, Sns.class, Sqs.class,
        StepFunctions.class)) {
      for (Method m : service.getMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            && ServiceIntegration.class.isAssignableFrom(m.getReturnType())
            && allValues(m.getParameterTypes())) {
          learn(m);
        }
      }
    }
  }

  static IntegrationCatalog get() {
    return INSTANCE;
  }

  private static boolean allValues(Class<?>[] types) {
    for (Class<?> t : types) {
      if (t != Value.class) {
        return false;
      }
    }
    return true;
  }

  private void learn(Method factory) {
    Object[] args = new Object[factory.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = new JsonString(SENTINEL + i);
    }
    ServiceIntegration<?> made;
    try {
      made = (ServiceIntegration<?>) factory.invoke(null, args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return; // a factory that checks its arguments: not learnt
    }
    Integration.Call call = Integration.Call.of(made);
    ResourceArn arn = call.resourceArn().orElseThrow();
    JsonObject payload = (JsonObject) call.payload().orElse(new JsonObject(Map.of()));
    List<String> members = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      members.add(memberHolding(payload, args[i]));
    }
    factories.putIfAbsent(key(arn), new Factory(factory, members));
    Class<?> type = made.getClass();
    if (setters.containsKey(type)) {
      return;
    }
    Map<String, Method> bySetter = new LinkedHashMap<>();
    Map<IntegrationPattern, Method> byPattern = new HashMap<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() != type) {
        continue;
      }
      try {
        if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == Value.class
            && !method.getName().equals("parameter")) {
          Object probe = new JsonString(SENTINEL + "setter");
          ServiceIntegration<?> after = (ServiceIntegration<?>) method.invoke(made, probe);
          String member = memberHolding((JsonObject) Integration.Call.of(after).payload()
              .orElseThrow(), probe);
          if (member != null) {
            bySetter.putIfAbsent(member, method);
          }
        } else if (method.getParameterCount() == 0) {
          ResourceArn after = Integration.Call.of((ServiceIntegration<?>) method.invoke(made))
              .resourceArn().orElseThrow();
          if (after.withPattern(arn.pattern()).equals(arn)) { // the same call, another pattern
            byPattern.putIfAbsent(after.pattern(), method);
          }
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // a method that checks its argument: not learnt
      }
    }
    setters.put(type, bySetter);
    patterns.put(type, byPattern);
  }

  /** Factories are found by service and action, whatever the pattern and partition. */
  private static String key(ResourceArn arn) {
    return arn.service() + ":" + arn.action();
  }

  private static String memberHolding(JsonObject payload, Object value) {
    for (Map.Entry<String, Value> e : payload.members().entrySet()) {
      if (e.getValue().equals(value)) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Plans the typed calls that make a Task's Resource and payload, checked by running them. The
   * payload is the one the state's query language writes (Parameters in JSONPath, Arguments in
   * JSONata), as {@code .call(...)} does.
   *
   * @param resource the Task's Resource
   * @param payload its Parameters or Arguments, if any
   * @return the plan, or empty when no typed builder writes exactly this
   */
  Optional<Plan> plan(String resource, Optional<Value> payload) {
    // a placeholder partition such as ${Partition} keeps .resource(arn)
    Optional<Plan> plan = ResourceArn.parse(resource).filter(ResourceArn::isWellFormed)
        .flatMap(arn -> arn.awsSdk() ? sdk(arn, payload) : optimized(arn, payload))
        .or(() -> direct(resource));
    return plan.filter(p -> reproduces(p, resource, p.payloadUsed() ? payload
        : Optional.empty()));
  }

  /** A Lambda function or activity named by its ARN; the state keeps its own payload fields. */
  private static Optional<Plan> direct(String resource) {
    try {
      if (LambdaFunctionArn.parse(resource).isPresent()) {
        return Optional.of(new Plan(List.of(new Call(Lambda.class.getMethod("function",
            String.class), List.of(resource))), false));
      }
      if (ActivityArn.parse(resource).isPresent()) {
        return Optional.of(new Plan(List.of(new Call(io.asl4j.integrations.Activity.class
            .getMethod("of", String.class), List.of(resource))), false));
      }
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    return Optional.empty();
  }

  private Optional<Plan> optimized(ResourceArn arn, Optional<Value> payload) {
    Factory factory = factories.get(key(arn));
    if (factory == null || factory.members().contains(null)) {
      return Optional.empty();
    }
    Map<String, Value> members = payload.orElse(null) instanceof JsonObject o
        ? new LinkedHashMap<>(o.members()) : null;
    if (members == null && (payload.isPresent() || !factory.members().isEmpty())) {
      return Optional.empty();
    }
    if (members == null) {
      members = new LinkedHashMap<>();
    }
    List<Call> calls = new ArrayList<>();
    List<Object> factoryArgs = new ArrayList<>();
    for (String member : factory.members()) {
      Value v = members.remove(member);
      if (v == null) {
        return Optional.empty();
      }
      factoryArgs.add(v);
    }
    calls.add(new Call(factory.method(), factoryArgs));
    Class<?> type = factory.method().getReturnType();
    tail(calls, type, members, arn);
    return Optional.of(new Plan(calls, true));
  }

  private Optional<Plan> sdk(ResourceArn arn, Optional<Value> payload) {
    if (payload.isPresent() && !(payload.get() instanceof JsonObject)) {
      return Optional.empty();
    }
    try {
      List<Call> calls = new ArrayList<>();
      calls.add(new Call(AwsSdk.class.getMethod("call", String.class, String.class),
          List.of(arn.service(), arn.action())));
      Map<String, Value> members = payload.map(v -> new LinkedHashMap<>(((JsonObject) v)
          .members())).orElse(new LinkedHashMap<>());
      for (Map.Entry<String, Value> e : members.entrySet()) {
        calls.add(new Call(AwsSdk.class.getMethod("parameter", String.class, Value.class),
            List.of(e.getKey(), e.getValue())));
      }
      if (arn.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
        calls.add(new Call(AwsSdk.class.getMethod("waitForTaskToken"), List.of()));
      }
      partition(calls, AwsSdk.class, arn.partition());
      return Optional.of(new Plan(calls, true));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private void tail(List<Call> calls, Class<?> type, Map<String, Value> members,
      ResourceArn arn) {
    Map<String, Method> typed = setters.getOrDefault(type, Map.of());
    for (Map.Entry<String, Value> e : members.entrySet()) {
      Method setter = typed.get(e.getKey());
      if (attributeMap(calls, type, e.getKey(), e.getValue())) {
        continue;
      }
      if (setter != null) {
        calls.add(new Call(setter, List.of(e.getValue())));
      } else {
        try {
          calls.add(new Call(type.getMethod("parameter", String.class, Value.class),
              List.of(e.getKey(), e.getValue())));
        } catch (NoSuchMethodException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    if (arn.pattern() != IntegrationPattern.REQUEST_RESPONSE) {
      Method pattern = patterns.getOrDefault(type, Map.of()).get(arn.pattern());
      if (pattern == null) {
        calls.add(null); // no such pattern: the plan will not reproduce
        return;
      }
      calls.add(new Call(pattern, List.of()));
    }
    partition(calls, type, arn.partition());
  }

  /**
   * A DynamoDB Key, Item or ExpressionAttributeValues written with the typed methods: one
   * {@code key(name, AttributeValue...)} per attribute, or {@code key(path(..))} for the whole.
   *
   * @return false when the type has no such methods or a value is not typed (the plan then
   *     writes {@code parameter(..)}, which refuses untyped values, and the Task keeps
   *     {@code .resource(arn)})
   */
  private static boolean attributeMap(List<Call> calls, Class<?> type, String member,
      Value value) {
    String one = switch (member) {
      case "Key" -> "key";
      case "Item" -> "item";
      case "ExpressionAttributeValues" -> "expressionAttributeValue";
      default -> null;
    };
    if (one == null || type.getEnclosingClass() != DynamoDb.class) {
      return false;
    }
    try {
      if (value instanceof Expression) {
        calls.add(new Call(type.getMethod(member.equals("ExpressionAttributeValues")
            ? "expressionAttributeValues" : one, Expression.class), List.of(value)));
        return true;
      }
      if (!(value instanceof JsonObject o) || o.members().isEmpty()) {
        return false;
      }
      List<Call> typed = new ArrayList<>();
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        Optional<AttributeValue> a = AttributeValue.fromJson(e.getValue());
        if (a.isEmpty()) {
          return false;
        }
        typed.add(new Call(type.getMethod(one, String.class, AttributeValue.class),
            List.of(e.getKey(), a.get())));
      }
      calls.addAll(typed);
      return true;
    } catch (NoSuchMethodException none) {
      return false; // this operation has no such member (GetItem has no Item)
    }
  }

  private static void partition(List<Call> calls, Class<?> type, String partition) {
    try {
      if (!partition.equals(ResourceArn.AWS)) {
        calls.add(new Call(type.getMethod("partition", String.class), List.of(partition)));
      }
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the plan and compares what it makes with the Task. */
  private static boolean reproduces(Plan plan, String resource, Optional<Value> payload) {
    try {
      Object current = null;
      for (Call c : plan.calls()) {
        if (c == null) {
          return false;
        }
        current = c.method().invoke(current, c.arguments().toArray());
      }
      Integration.Call made = Integration.Call.of((Integration) current);
      return made.resource().equals(resource) && made.payload().equals(payload);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return false; // a builder that rejects the values: keep the generic form
    }
  }
}
