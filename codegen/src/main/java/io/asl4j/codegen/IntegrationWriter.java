package io.asl4j.codegen;

import com.palantir.javapoet.CodeBlock;
import io.asl4j.integrations.AttributeValue;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a Task's typed integration from its {@link IntegrationCatalog} plan, e.g. {@code
 * Glue.startJobRun("job").sync()}, with plain strings where the builder takes them.
 */
final class IntegrationWriter {

  private final ValueWriter values;
  private final AttributeValueWriter attributes;

  IntegrationWriter(ValueWriter values) {
    this.values = values;
    this.attributes = new AttributeValueWriter(values);
  }

  /** The argument of {@code .call(...)}: the plan's calls, one per line when there are several. */
  CodeBlock integration(IntegrationCatalog.Plan plan) {
    CodeBlock.Builder b = CodeBlock.builder().add("$>$>");
    boolean wrap = plan.calls().size() > 2 || plan.calls().size() == 2
        && !plan.calls().get(1).arguments().isEmpty();
    for (int i = 0; i < plan.calls().size(); i++) {
      IntegrationCatalog.Call c = plan.calls().get(i);
      Method m = c.method();
      CodeBlock args = arguments(m, c.arguments());
      if (i == 0) {
        b.add("$T.$L($L)", m.getDeclaringClass(), m.getName(), args);
      } else {
        b.add(wrap ? "\n.$L($L)" : ".$L($L)", m.getName(), args);
      }
    }
    return b.add("$<$<").build();
  }

  /**
   * Whether a static String overload takes the text: {@code Sns.publish(String, ..)} refuses a
   * topic that is not an ARN, which {@code Sns.publish(literal(..), ..)} keeps.
   */
  private static boolean accepts(Method overload, List<Object> args, boolean[] text) {
    if (!Modifier.isStatic(overload.getModifiers())) {
      return true; // a setter's String overload refuses only what isPlainText already did
    }
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = text[i] ? ((JsonString) args.get(i)).value() : args.get(i);
    }
    try {
      overload.invoke(null, values);
      return true;
    } catch (ReflectiveOperationException | RuntimeException refused) {
      return false;
    }
  }

  private CodeBlock arguments(Method m, List<Object> args) {
    // a String overload for each plain-text value where the builder has one:
    // publish("TOPIC_ARN", path("$.x")) rather than publish(literal("TOPIC_ARN"), ...)
    Class<?>[] types = m.getParameterTypes().clone();
    boolean[] text = new boolean[args.size()];
    for (int i = 0; i < args.size(); i++) {
      text[i] = args.get(i) instanceof JsonString s && ValueWriter.isPlainText(s.value())
          && types[i] == Value.class;
      if (text[i]) {
        types[i] = String.class;
      }
    }
    try {
      Method overload = m.getDeclaringClass().getMethod(m.getName(), types);
      if (overload.getReturnType() != m.getReturnType() || !accepts(overload, args, text)) {
        Arrays.fill(text, false);
      }
    } catch (NoSuchMethodException none) {
      Arrays.fill(text, false);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      CodeBlock one = a instanceof String str ? values.text(str)
          : a instanceof AttributeValue av ? attributes.write(av)
          : text[i] ? values.text(((JsonString) a).value()) : values.value((Value) a);
      b.add(i == 0 ? "$L" : ", $L", one);
    }
    return b.build();
  }
}
