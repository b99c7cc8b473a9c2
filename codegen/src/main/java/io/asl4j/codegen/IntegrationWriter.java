package io.asl4j.codegen;

import com.palantir.javapoet.CodeBlock;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a Task's typed integration from its {@link IntegrationCatalog} plan, e.g. {@code
 * Glue.startJobRun("job").sync()}, with plain strings where the builder takes them.
 */
final class IntegrationWriter {

  private final ValueWriter values;

  IntegrationWriter(ValueWriter values) {
    this.values = values;
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

  private CodeBlock arguments(Method m, List<Object> args) {
    // a String overload for each plain-text value where the builder has one:
    // publish("TOPIC_ARN", path("$.x")) rather than publish(literal("TOPIC_ARN"), ...)
    Class<?>[] types = m.getParameterTypes().clone();
    boolean[] text = new boolean[args.size()];
    for (int i = 0; i < args.size(); i++) {
      text[i] = args.get(i) instanceof JsonString s && ValueWriter.isPlainText(s.value());
      if (text[i]) {
        types[i] = String.class;
      }
    }
    try {
      if (m.getDeclaringClass().getMethod(m.getName(), types).getReturnType()
          != m.getReturnType()) {
        Arrays.fill(text, false);
      }
    } catch (NoSuchMethodException none) {
      Arrays.fill(text, false);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      CodeBlock one = a instanceof String str ? values.text(str)
          : text[i] ? values.text(((JsonString) a).value()) : values.value((Value) a);
      b.add(i == 0 ? "$L" : ", $L", one);
    }
    return b.build();
  }
}
