package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import org.junit.jupiter.api.Test;

/**
 * An object shape's members as the analysis uses them: found by name (by a scan when few, by an
 * index when many), set in place or appended, joined, and equal as maps are, whatever their order.
 */
class ShapeTest {

  /** A closed object of the named members, each certainly there, of the given shape. */
  private static Shape object(Shape shape, String... names) {
    Shape.Members m = new Shape.Members(names.length);
    for (String name : names) {
      m.add(name, new Member(shape, Presence.CERTAIN));
    }
    return Shape.object(m, false, null);
  }

  private static String[] names(int n) {
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = "m" + i;
    }
    return names;
  }

  @Test
  void membersAreFoundByNameInFewAndManyMembers() {
    for (int n : new int[] {1, 8, 9, 40}) {
      Shape o = object(Shape.STRING, names(n));
      assertThat(o.memberCount()).isEqualTo(n);
      assertThat(o.member("m" + (n - 1))).isEqualTo(new Member(Shape.STRING, Presence.CERTAIN));
      assertThat(o.member("other")).isNull();
      assertThat(o.presence("other")).isEqualTo(Presence.ABSENT);
    }
  }

  @Test
  void withSetsAMemberInItsPlaceOrAppendsIt() {
    for (int n : new int[] {2, 8, 12}) {
      Shape o = object(Shape.STRING, names(n));
      Shape replaced = o.with("m0", new Member(Shape.NUMBER, Presence.MAYBE));
      assertThat(replaced.memberCount()).isEqualTo(n);
      assertThat(replaced.name(0)).isEqualTo("m0");
      assertThat(replaced.member("m0")).isEqualTo(new Member(Shape.NUMBER, Presence.MAYBE));
      assertThat(o.member("m0")).isEqualTo(new Member(Shape.STRING, Presence.CERTAIN));
      Shape appended = replaced.with("last", new Member(Shape.ANY, Presence.CERTAIN));
      assertThat(appended.memberCount()).isEqualTo(n + 1);
      assertThat(appended.name(n)).isEqualTo("last");
      assertThat(appended.member("last")).isEqualTo(new Member(Shape.ANY, Presence.CERTAIN));
      assertThat(appended.member("m1")).isEqualTo(new Member(Shape.STRING, Presence.CERTAIN));
    }
  }

  @Test
  void objectsAreEqualWhateverTheOrderOfTheirMembers() {
    for (int n : new int[] {3, 12}) {
      String[] names = names(n);
      String[] reversed = new String[n];
      for (int i = 0; i < n; i++) {
        reversed[i] = names[n - 1 - i];
      }
      Shape a = object(Shape.BOOLEAN, names);
      Shape b = object(Shape.BOOLEAN, reversed);
      assertThat(a).isEqualTo(b);
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
      assertThat(a).isNotEqualTo(object(Shape.NULL, names));
      assertThat(a).isNotEqualTo(a.with("extra", new Member(Shape.ANY, Presence.CERTAIN)));
    }
  }

  @Test
  void aJoinKeepsTheFirstRouteOrderAndMarksOneSidedMembers() {
    Shape a = object(Shape.STRING, "x", "y");
    Shape b = object(Shape.STRING, "z", "x");
    Shape joined = Shape.join(a, b);
    assertThat(joined.toString()).isEqualTo("{x: string, y~: string, z~: string}");
    assertThat(Shape.join(b, a)).isEqualTo(joined);
  }
}
