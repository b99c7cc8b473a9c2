package io.asl4j.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose value is one of an enum's constants, in any case: converts the value, words a
 * wrong one as {@code --format must be text or json, not 'xml'}, and offers the values to shell
 * completion.
 *
 * @param <E> the enum
 */
abstract class Choices<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

  private final String option;
  private final Class<E> type;
  private final boolean upperCase;

  /**
   * Describes the option.
   *
   * @param option the option's name in messages, e.g. {@code --format}
   * @param type the enum of its values
   * @param upperCase whether the values are shown in upper case ({@code STANDARD}) rather than
   *     lower case ({@code text})
   */
  Choices(String option, Class<E> type, boolean upperCase) {
    this.option = option;
    this.type = type;
    this.upperCase = upperCase;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> names = names();
    String last = names.remove(names.size() - 1);
    throw new TypeConversionException(option + " must be " + String.join(", ", names) + " or "
        + last + ", not '" + value + "'");
  }

  @Override
  public Iterator<String> iterator() {
    return names().iterator();
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(upperCase ? e.name() : e.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
