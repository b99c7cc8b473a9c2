package io.asl4j.local;

import java.util.List;
import java.util.Map;

/**
 * Measures values against AWS's payload quota without writing them out: a bound computed
 * without allocating, then the exact length only when the bound is over.
 */
final class JsonSize {

  private JsonSize() {}

  /**
   * Whether a value's JSON text is longer than a number of UTF-8 bytes: a bound computed without
   * allocating and abandoned once past the limit, then the exact length only when the bound says
   * it may be.
   */
  static boolean exceeds(Object v, long limit) {
    return bound(v, limit) > limit && Json.utf8Length(v) > limit;
  }

  /** An upper bound of {@link Json#utf8Length}, exact but for floats; stops once past the limit. */
  private static long bound(Object v, long limit) {
    if (v instanceof Long x) {
      return digits(x);
    } else if (v instanceof Map<?, ?> m) {
      long n = 2 + Math.max(0, m.size() - 1);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = e.getKey();
        Object value = e.getValue();
        n += (k instanceof String s ? Json.utf8(s) : Json.utf8(String.valueOf(k))) + 3
            + (value instanceof Long x ? digits(x) : bound(value, limit - n));
        if (n > limit) {
          return n;
        }
      }
      return n;
    } else if (v instanceof List<?> l) {
      long n = 2 + Math.max(0, l.size() - 1);
      if (l instanceof java.util.RandomAccess) {
        for (int i = 0, size = l.size(); i < size && n <= limit; i++) {
          Object o = l.get(i);
          n += o instanceof Long x ? digits(x) : bound(o, limit - n);
        }
      } else {
        for (Object o : l) {
          n += bound(o, limit - n);
          if (n > limit) {
            break;
          }
        }
      }
      return n;
    } else if (v instanceof String s) {
      return Json.utf8(s) + 2;
    } else if (v instanceof Double) {
      return 24; // the longest Double.toString, e.g. -1.2345678901234567E-308
    } else if (v instanceof Boolean b) {
      return b ? 4 : 5;
    }
    return Json.utf8Length(v);
  }

  /** The length of a long's decimal text, without making the text. */
  private static int digits(long x) {
    if (x < 0) {
      return x == Long.MIN_VALUE ? 20 : 1 + digits(-x);
    }
    long p = 10;
    for (int d = 1; d < 19; d++) {
      if (x < p) {
        return d;
      }
      p *= 10;
    }
    return 19;
  }

}
