package io.asl4j.fuzz;

import io.asl4j.fuzz.JsonTree.Arr;
import io.asl4j.fuzz.JsonTree.Node;
import io.asl4j.fuzz.JsonTree.Obj;
import io.asl4j.fuzz.JsonTree.Slot;
import io.asl4j.fuzz.JsonTree.Str;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Makes a failing input small while it still fails the same way: first on its JSON tree (leave
 * out members and elements, replace a value by a descendant, halve deep chains, long strings and
 * repeated runs such as 3,000 nested calls), then on its bytes (leave out ever smaller chunks).
 * Greedy and bounded by a number of tries and a time budget, so it always ends.
 */
final class Shrinker {

  private final Predicate<byte[]> stillFails;
  private final int maxTries;
  private final long deadline;
  private int tries;

  /**
   * Creates a shrinker.
   *
   * @param stillFails whether an input fails with the same signature
   * @param maxTries how many candidates to check at most
   * @param millis how long to try at most
   */
  Shrinker(Predicate<byte[]> stillFails, int maxTries, long millis) {
    this.stillFails = stillFails;
    this.maxTries = maxTries;
    this.deadline = System.currentTimeMillis() + millis;
  }

  /** How many candidates were checked. */
  int tries() {
    return tries;
  }

  private boolean exhausted() {
    return tries >= maxTries || System.currentTimeMillis() > deadline;
  }

  private boolean fails(byte[] candidate) {
    tries++;
    return stillFails.test(candidate);
  }

  /**
   * Shrinks an input.
   *
   * @param input a failing input
   * @return the smallest failing input found
   */
  byte[] shrink(byte[] input) {
    byte[] best = input;
    String text = Property.utf8(input);
    Node tree = text == null ? null : JsonTree.parse(text);
    if (tree != null) {
      byte[] compact = bytes(tree);
      if (compact.length <= best.length && !exhausted() && fails(compact)) {
        best = compact;
        best = shrinkTree(tree, best);
      }
    }
    return shrinkBytes(best);
  }

  private static byte[] bytes(Node tree) {
    return JsonTree.write(tree, false).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Greedy passes over the tree: after each success it goes on from the same place; a pass that
   * started further down starts again from the top, and a pass from the top without success ends.
   */
  private byte[] shrinkTree(Node root, byte[] best) {
    int start = 0;
    while (!exhausted()) {
      List<Slot> slots = JsonTree.slots(root);
      Map<Node, Integer> depths = new IdentityHashMap<>();
      depths(root, depths);
      int found = -1;
      for (int i = start; i < slots.size() && found < 0 && !exhausted(); i++) {
        byte[] smaller = tryCandidates(root, slots.get(i), depths, best);
        if (smaller != null) {
          best = smaller;
          found = i;
        }
      }
      if (found >= 0) {
        start = found;
      } else if (start == 0) {
        break;
      } else {
        start = 0;
      }
    }
    return best;
  }

  /** Tries a slot's candidates; keeps and returns the first that still fails, else null. */
  private byte[] tryCandidates(Node root, Slot s, Map<Node, Integer> depths, byte[] best) {
    for (Node candidate : candidates(s.get(), depths)) {
      if (exhausted()) {
        return null;
      }
      if (candidate == null) {
        // leave the member or element out
        if (s.container() instanceof Obj o) {
          JsonTree.Member m = o.members.remove(s.index());
          byte[] b = bytes(root);
          if (b.length < best.length && fails(b)) {
            return b;
          }
          o.members.add(s.index(), m);
        } else {
          Arr a = (Arr) s.container();
          Node n = a.items.remove(s.index());
          byte[] b = bytes(root);
          if (b.length < best.length && fails(b)) {
            return b;
          }
          a.items.add(s.index(), n);
        }
      } else {
        Node old = s.get();
        s.set(candidate);
        byte[] b = bytes(root);
        if (b.length < best.length && fails(b)) {
          return b;
        }
        s.set(old);
      }
    }
    return null;
  }

  /** Smaller replacements for a value; {@code null} stands for leaving it out. */
  private static List<Node> candidates(Node n, Map<Node, Integer> depths) {
    List<Node> out = new ArrayList<>();
    out.add(null);
    List<Node> path = deepestPath(n, depths);
    int l = path.size();
    if (l >= 4) {
      // a deep nesting halves at once, not one level per try; the next few nodes too, since
      // the half-way one may be an array where an object is needed
      for (int at : new int[] {l / 2, l / 2 + 1, l / 2 + 2, l / 2 + 3, l / 4, l / 4 + 1,
          l / 4 + 2, l / 4 + 3, l - 1}) {
        if (at > 0 && at < l && !out.contains(path.get(at))) {
          out.add(path.get(at));
        }
      }
    }
    if (n instanceof Obj o) {
      for (JsonTree.Member m : o.members) {
        out.add(m.value);
      }
    } else if (n instanceof Arr a) {
      out.addAll(a.items);
    } else if (n instanceof Str s) {
      String raw = s.raw();
      String repeated = halveRuns(raw);
      if (repeated != null) {
        out.add(new Str(repeated));
      }
      if (raw.length() > 8) {
        out.add(new Str(cut(raw, raw.length() / 2)));
        out.add(new Str(cut(raw, raw.length() * 3 / 4)));
      }
    }
    if (!(n instanceof Str) && !(n instanceof JsonTree.Lit)) {
      out.add(new JsonTree.Lit("null"));
    }
    return out;
  }

  /** The nodes from {@code n} down through its deepest child at each level. */
  private static List<Node> deepestPath(Node n, Map<Node, Integer> depths) {
    List<Node> out = new ArrayList<>();
    Node at = n;
    while (at != null) {
      out.add(at);
      Node next = null;
      int best = -1;
      for (Node child : children(at)) {
        int d = depths.getOrDefault(child, 0);
        if (d > best) {
          best = d;
          next = child;
        }
      }
      at = next;
    }
    return out;
  }

  private static List<Node> children(Node n) {
    if (n instanceof Obj o) {
      List<Node> out = new ArrayList<>(o.members.size());
      for (JsonTree.Member m : o.members) {
        out.add(m.value);
      }
      return out;
    }
    return n instanceof Arr a ? a.items : List.of();
  }

  /** The height of every node below and including {@code n}. */
  private static int depths(Node n, Map<Node, Integer> out) {
    int d = 0;
    for (Node child : children(n)) {
      d = Math.max(d, depths(child, out) + 1);
    }
    out.put(n, d);
    return d;
  }

  /** The first {@code n} characters of string text, not cutting an escape or a surrogate pair. */
  private static String cut(String raw, int n) {
    int i = 0;
    while (i < n && i < raw.length()) {
      char c = raw.charAt(i);
      int step = c == '\\' ? (i + 1 < raw.length() && raw.charAt(i + 1) == 'u' ? 6 : 2)
          : Character.isHighSurrogate(c) ? 2 : 1;
      if (i + step > raw.length()) {
        break;
      }
      i += step;
    }
    return raw.substring(0, i);
  }

  /**
   * Halves the runs at both ends of a text made of a repeated opening and closing (such as {@code
   * States.Array(} ... {@code )} 3,000 times), or {@code null} if it has none.
   */
  static String halveRuns(String s) {
    int[] head = run(s, true);
    int[] tail = run(s, false);
    if (head == null && tail == null) {
      return null;
    }
    int headLength = head == null ? 0 : head[0] * head[1];
    int tailLength = tail == null ? 0 : tail[0] * tail[1];
    if (headLength + tailLength > s.length()) {
      tailLength = 0;
      tail = null;
    }
    String middle = s.substring(headLength, s.length() - tailLength);
    String h = head == null ? "" : s.substring(0, head[0]).repeat(head[1] / 2);
    String t = tail == null ? "" : s.substring(s.length() - tail[0]).repeat(tail[1] / 2);
    return h + middle + t;
  }

  /** The longest-covering unit repeated at least four times at the start or end: unit, count. */
  private static int[] run(String s, boolean atStart) {
    int[] best = null;
    for (int len = 1; len <= 40 && len * 4 <= s.length(); len++) {
      String unit = atStart ? s.substring(0, len) : s.substring(s.length() - len);
      int count = 1;
      while ((count + 1) * len <= s.length() && (atStart
          ? s.startsWith(unit, count * len)
          : s.startsWith(unit, s.length() - (count + 1) * len))) {
        count++;
      }
      if (count >= 4 && (best == null || count * len > best[0] * best[1])) {
        best = new int[] {len, count};
      }
    }
    return best;
  }

  /** Leaves out chunks of bytes, from halves down to single bytes, while the input still fails. */
  private byte[] shrinkBytes(byte[] input) {
    byte[] best = input;
    if (best.length > 8192) {
      return best; // large inputs are shrunk on their tree; byte by byte would not finish
    }
    for (int chunk = Math.max(1, best.length / 2); chunk >= 1 && !exhausted(); chunk /= 2) {
      int at = 0;
      while (at < best.length && !exhausted()) {
        int len = Math.min(chunk, best.length - at);
        byte[] candidate = new byte[best.length - len];
        System.arraycopy(best, 0, candidate, 0, at);
        System.arraycopy(best, at + len, candidate, at, best.length - at - len);
        if (fails(candidate)) {
          best = candidate;
        } else {
          at += len;
        }
      }
    }
    return best;
  }
}
