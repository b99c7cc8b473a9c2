package io.asl4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The array-backed views of {@link OrderedMap} keep the {@link Map} contract: insertion order,
 * membership, hash code and equality as any other map of the same entries.
 */
class OrderedMapTest {

  /** A map of {@code n} entries "k0" to 0, "k1" to 1, ...; more than eight get a hash index. */
  private static OrderedMap<Integer> map(int n) {
    String[] keys = new String[n + 2];
    Object[] values = new Object[n + 2];
    for (int i = 0; i < n; i++) {
      keys[i] = "k" + i;
      values[i] = i;
    }
    keys[n] = "unused";
    values[n] = -1;
    return OrderedMap.adopt(keys, values, n);
  }

  @Test
  void forEachVisitsTheEntriesInOrder() {
    for (int n : new int[] {0, 3, 12}) {
      List<String> seen = new ArrayList<>();
      map(n).forEach((k, v) -> seen.add(k + "=" + v));
      List<String> expected = new ArrayList<>();
      map(n).entrySet().forEach(e -> expected.add(e.getKey() + "=" + e.getValue()));
      assertThat(seen).hasSize(n).isEqualTo(expected);
    }
  }

  @Test
  void keySetAndValuesIterateInOrderAndStopAtTheSize() {
    OrderedMap<Integer> m = map(3);
    assertThat(m.keySet()).containsExactly("k0", "k1", "k2");
    assertThat(m.values()).containsExactly(0, 1, 2);
    assertThat(m.keySet().contains("k1")).isTrue();
    assertThat(m.keySet().contains("unused")).isFalse();
    assertThat(m.keySet().contains(1)).isFalse();
    assertThat(m.values().contains(2)).isTrue();
    assertThat(m.values().contains(-1)).isFalse();
    Iterator<String> it = m.keySet().iterator();
    it.next();
    it.next();
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void positionIsTheInsertionIndexOfANameInSmallAndIndexedMaps() {
    for (int n : new int[] {0, 3, 12}) {
      OrderedMap<Integer> m = map(n);
      List<String> names = new ArrayList<>(m.keySet());
      for (int i = 0; i < n; i++) {
        assertThat(m.position(names.get(i))).as("%s of %d", names.get(i), n).isEqualTo(i);
      }
      assertThat(m.position("absent")).isEqualTo(-1);
    }
  }

  @Test
  void containsValueLooksOnlyAtTheEntries() {
    assertThat(map(12).containsValue(11)).isTrue();
    assertThat(map(12).containsValue(-1)).isFalse();
    assertThat(map(12).containsValue(null)).isFalse();
  }

  @Test
  void hashCodeAndEqualsAreThoseOfAnyMapWithTheSameEntries() {
    for (int n : new int[] {0, 3, 12}) {
      Map<String, Integer> copy = new HashMap<>(map(n));
      assertThat(map(n).hashCode()).isEqualTo(copy.hashCode());
      assertThat(map(n)).isEqualTo(copy);
      assertThat(copy).isEqualTo(map(n));
    }
  }

  @Test
  void entriesStayValidAfterTheIteratorMovesOn() {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(map(3).entrySet());
    assertThat(entries).extracting(Map.Entry::getKey).containsExactly("k0", "k1", "k2");
    assertThat(entries).extracting(Map.Entry::getValue).containsExactly(0, 1, 2);
  }
}
