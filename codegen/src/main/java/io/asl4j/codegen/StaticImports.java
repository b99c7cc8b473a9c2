package io.asl4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls of statically imported DSL methods ({@code task("X")}, {@code path("$.x")}), and the
 * static imports they need, in a fixed order so the generated file is deterministic.
 */
final class StaticImports {

  /** A static import the generated code relies on. */
  record StaticImport(ClassName type, String member) implements Comparable<StaticImport> {
    @Override
    public int compareTo(StaticImport o) {
      int c = type.canonicalName().compareTo(o.type.canonicalName());
      return c != 0 ? c : member.compareTo(o.member);
    }
  }

  private final Set<StaticImport> imports = new TreeSet<>();

  /** The imports the calls written so far need, in order. */
  Set<StaticImport> all() {
    return Collections.unmodifiableSet(imports);
  }

  /**
   * The format of a call of a statically imported method, {@code $T.name(format)}, for code
   * formatted later; its first argument is the type.
   */
  String callFormat(ClassName type, String member, String format) {
    imports.add(new StaticImport(type, member));
    return "$T." + member + "(" + format + ")";
  }

  /** A call of a statically imported method: {@code name(args)}. */
  CodeBlock call(ClassName type, String member, String format, Object... args) {
    imports.add(new StaticImport(type, member));
    Object[] all = new Object[args.length + 1];
    all[0] = type;
    System.arraycopy(args, 0, all, 1, args.length);
    // the member in the format text itself, so JavaPoet writes it through the static import
    return CodeBlock.of("$T." + member + "(" + format + ")", all);
  }
}
