package io.asl4j.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map from names to values that iterates in insertion order, stored as two arrays.
 *
 * <p>Definitions hold many small objects (payload templates, states); a pair of arrays costs far
 * less than a {@code LinkedHashMap} with an entry object per member, and small maps are searched
 * linearly. Maps of more than eight entries get a hash index. Equality is {@link Map}'s: order is
 * ignored, as in JSON. Internal to asl4j: not an API.
 *
 * @param <V> the value type
 */
public final class OrderedMap<V> extends AbstractMap<String, V> {

  private static final int INDEX_THRESHOLD = 8;
  private static final OrderedMap<?> EMPTY = new OrderedMap<>(new String[0], new Object[0], 0);

  private final String[] keys;
  private final Object[] values;
  private final int size;
  /**
   * The hash index of a larger map: open addressing with linear probing, each slot holding an
   * entry's position plus one (0 is free); at most half full. No boxed positions, no entry objects.
   */
  private final int[] index;

  private OrderedMap(String[] keys, Object[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
    if (size > INDEX_THRESHOLD) {
      index = new int[Integer.highestOneBit(size) << 2];
      int mask = index.length - 1;
      for (int i = 0; i < size; i++) {
        String key = keys[i];
        int slot = slot(key, mask);
        while (index[slot] != 0) {
          if (keys[index[slot] - 1].equals(key)) {
            throw new IllegalArgumentException("duplicate name \"" + key + "\"");
          }
          slot = (slot + 1) & mask;
        }
        index[slot] = i + 1;
      }
    } else {
      index = null;
      for (int i = 1; i < size; i++) {
        for (int j = 0; j < i; j++) {
          if (keys[i].equals(keys[j])) {
            throw new IllegalArgumentException("duplicate name \"" + keys[i] + "\"");
          }
        }
      }
    }
  }

  /**
   * Returns the empty map.
   *
   * @param <V> the value type
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  public static <V> OrderedMap<V> empty() {
    return (OrderedMap<V>) EMPTY;
  }

  /**
   * Takes ownership of two arrays: the caller must not change them afterwards.
   *
   * @param keys the names, non-null and distinct, in order
   * @param values the values, non-null, in the same order
   * @param size how many leading entries of the arrays are used
   * @param <V> the value type
   * @return the map
   * @throws IllegalArgumentException if a name repeats
   * @throws NullPointerException if a name or value is null
   */
  public static <V> OrderedMap<V> adopt(String[] keys, Object[] values, int size) {
    if (size == 0) {
      return empty();
    }
    for (int i = 0; i < size; i++) {
      Objects.requireNonNull(keys[i], "name");
      Objects.requireNonNull(values[i], "value");
    }
    return new OrderedMap<>(keys, values, size);
  }

  /**
   * Copies a map, keeping its iteration order.
   *
   * @param map the map
   * @param <V> the value type
   * @return the copy, or {@code map} itself when it already is an {@code OrderedMap}
   */
  @SuppressWarnings("unchecked")
  public static <V> OrderedMap<V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof OrderedMap) {
      return (OrderedMap<V>) map;
    }
    int n = map.size();
    if (n == 0) {
      return empty();
    }
    String[] k = new String[n];
    Object[] v = new Object[n];
    int i = 0;
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      k[i] = e.getKey();
      v[i++] = e.getValue();
    }
    return adopt(k, v, i);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  /**
   * Returns where a name stands in insertion order, through the same index as {@link #get}.
   *
   * @param name the name
   * @return its position, or -1 when the map does not hold it
   */
  public int position(String name) {
    return indexOf(name);
  }

  private int indexOf(Object key) {
    if (index != null) {
      if (!(key instanceof String)) {
        return -1;
      }
      int mask = index.length - 1;
      for (int slot = slot((String) key, mask); index[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[index[slot] - 1].equals(key)) {
          return index[slot] - 1;
        }
      }
      return -1;
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The first slot to probe for {@code key}: its hash, high bits folded in as HashMap does. */
  private static int slot(String key, int mask) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }

  @Override
  public boolean containsValue(Object value) {
    for (int i = 0; i < size; i++) {
      if (values[i].equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Walks the two arrays: no iterator and no entry object per member, unlike AbstractMap's. */
  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super String, ? super V> action) {
    Objects.requireNonNull(action);
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  /** The names, iterated straight from their array rather than through entries. */
  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return new Cursor<>(keys);
      }

      @Override
      public boolean contains(Object o) {
        return containsKey(o);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The values, iterated straight from their array rather than through entries. */
  @Override
  public Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<V> iterator() {
        return new Cursor<>(values);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Map's hash code, the sum of the entries' hash codes, computed without entry objects. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += keys[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** An unmodifiable iterator over the first {@code size} elements of one of the arrays. */
  private final class Cursor<E> implements Iterator<E> {
    private final Object[] array;
    private int next;

    Cursor(Object[] array) {
      this.array = array;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return (E) array[next++];
    }
  }
}
