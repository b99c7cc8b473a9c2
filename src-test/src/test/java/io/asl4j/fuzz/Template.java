package io.asl4j.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A one-line text form of any byte string, short enough for a report and for {@code
 * known-failures.tsv}: printable UTF-8 as itself, {@code {{repeat N "json string"}}} for a run of
 * one unit, and {@code {{bytes C0 AF}}} for bytes that are not printable UTF-8 (invalid sequences,
 * control characters, tabs and line breaks, invisible characters such as U+2028 and U+FEFF).
 *
 * <pre>{@code
 * {"StartAt":"A","States":{"A":{"Type":"Pass","Comment":"{{repeat 65536 "x"}}","End":true}}}
 * }</pre>
 */
final class Template {

  private Template() {}

  /**
   * Expands a template into its bytes.
   *
   * @param template the template
   * @return the bytes it stands for
   * @throws IllegalArgumentException if a {@code {{...}}} form is malformed
   */
  static byte[] expand(String template) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(template.length());
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < template.length()) {
      if (template.startsWith("{{", i)) {
        byte[] lit = literal.toString().getBytes(StandardCharsets.UTF_8);
        out.write(lit, 0, lit.length);
        literal.setLength(0);
        i = form(template, i + 2, out);
      } else {
        literal.append(template.charAt(i++));
      }
    }
    byte[] lit = literal.toString().getBytes(StandardCharsets.UTF_8);
    out.write(lit, 0, lit.length);
    return out.toByteArray();
  }

  /** Expands the form starting after its {@code {{}; returns the index after its {@code }}}. */
  private static int form(String t, int i, ByteArrayOutputStream out) {
    if (t.startsWith("bytes ", i)) {
      int end = t.indexOf("}}", i);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed {{bytes at " + i);
      }
      for (String h : t.substring(i + 6, end).trim().split(" +")) {
        out.write(Integer.parseInt(h, 16));
      }
      return end + 2;
    }
    if (t.startsWith("repeat ", i)) {
      int space = t.indexOf(' ', i + 7);
      int count = Integer.parseInt(t.substring(i + 7, space));
      if (t.charAt(space + 1) != '"') {
        throw new IllegalArgumentException("{{repeat N \"unit\"}} expected at " + i);
      }
      StringBuilder unit = new StringBuilder();
      int j = space + 2;
      while (t.charAt(j) != '"') {
        char c = t.charAt(j);
        if (c == '\\') {
          char e = t.charAt(j + 1);
          switch (e) {
            case 'u' -> {
              unit.append((char) Integer.parseInt(t.substring(j + 2, j + 6), 16));
              j += 6;
              continue;
            }
            case 'n' -> unit.append('\n');
            case 't' -> unit.append('\t');
            case 'r' -> unit.append('\r');
            default -> unit.append(e);
          }
          j += 2;
        } else {
          unit.append(c);
          j++;
        }
      }
      if (!t.startsWith("}}", j + 1)) {
        throw new IllegalArgumentException("}} expected at " + (j + 1));
      }
      byte[] b = unit.toString().getBytes(StandardCharsets.UTF_8);
      for (int k = 0; k < count; k++) {
        out.write(b, 0, b.length);
      }
      return j + 3;
    }
    throw new IllegalArgumentException("unknown form at " + i + ": {{" + t.substring(i,
        Math.min(t.length(), i + 10)));
  }

  /**
   * Writes bytes as a template that {@link #expand(String)} turns back into the same bytes.
   *
   * @param bytes the bytes
   * @return the template, on one line
   */
  static String encode(byte[] bytes) {
    // first the text as code points, with each invalid byte as a negative number
    int[] units = decodeLeniently(bytes);
    StringBuilder out = new StringBuilder();
    StringBuilder pendingBytes = new StringBuilder();
    int i = 0;
    while (i < units.length) {
      int[] run = run(units, i);
      if (run != null) {
        flush(pendingBytes, out);
        StringBuilder unit = new StringBuilder();
        for (int k = i; k < i + run[0]; k++) {
          appendJsonChar(unit, units[k]);
        }
        out.append("{{repeat ").append(run[1]).append(" \"").append(unit).append("\"}}");
        i += run[0] * run[1];
        continue;
      }
      int u = units[i];
      if (u < 0 || !printable(u) || (u == '{' && beforeForm(units, i + 1))) {
        byte[] b = u < 0 ? new byte[] {(byte) (-u - 1)}
            : new String(Character.toChars(u)).getBytes(StandardCharsets.UTF_8);
        for (byte x : b) {
          pendingBytes.append(pendingBytes.length() == 0 ? "" : " ")
              .append(String.format("%02X", x & 0xff));
        }
      } else {
        flush(pendingBytes, out);
        out.appendCodePoint(u);
      }
      i++;
    }
    flush(pendingBytes, out);
    return out.toString();
  }

  /** Whether a literal brace before index {@code next} would be read as the start of a form. */
  private static boolean beforeForm(int[] units, int next) {
    return next < units.length && (units[next] == '{' || units[next] < 0
        || !printable(units[next]) || run(units, next) != null);
  }

  private static void flush(StringBuilder pendingBytes, StringBuilder out) {
    if (pendingBytes.length() > 0) {
      out.append("{{bytes ").append(pendingBytes).append("}}");
      pendingBytes.setLength(0);
    }
  }

  /** A unit length and count for a run worth a {@code repeat} at {@code i}, or {@code null}. */
  private static int[] run(int[] units, int i) {
    int bestLength = 0;
    int bestCount = 0;
    for (int len = 1; len <= 40 && i + len <= units.length; len++) {
      boolean valid = true;
      for (int k = i; k < i + len; k++) {
        valid &= units[k] >= 0;
      }
      if (!valid) {
        break;
      }
      int count = 1;
      while (i + (count + 1) * len <= units.length && same(units, i, i + count * len, len)) {
        count++;
      }
      if (count >= 8 && count * len >= 32 && count * len > bestCount * bestLength) {
        bestLength = len;
        bestCount = count;
      }
    }
    return bestLength == 0 ? null : new int[] {bestLength, bestCount};
  }

  private static boolean same(int[] u, int a, int b, int len) {
    for (int k = 0; k < len; k++) {
      if (u[a + k] != u[b + k]) {
        return false;
      }
    }
    return true;
  }

  private static void appendJsonChar(StringBuilder sb, int cp) {
    if (cp == '"' || cp == '\\') {
      sb.append('\\').append((char) cp);
    } else if (!printable(cp)) {
      for (char c : Character.toChars(cp)) {
        sb.append(String.format("\\u%04x", (int) c));
      }
    } else {
      sb.appendCodePoint(cp);
    }
  }

  private static boolean printable(int cp) {
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.FORMAT && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR && type != Character.SPACE_SEPARATOR
        || cp == ' ';
  }

  /** Code points, with each byte of an invalid sequence as {@code -(byte + 1)}. */
  private static int[] decodeLeniently(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    java.util.List<Integer> out = new java.util.ArrayList<>(bytes.length);
    while (true) {
      CoderResult result = decoder.decode(in, chars, true);
      chars.flip();
      String s = chars.toString();
      s.codePoints().forEach(out::add);
      chars.clear();
      if (result.isError()) {
        for (int k = 0; k < result.length(); k++) {
          out.add(-(in.get() & 0xff) - 1);
        }
      } else {
        break;
      }
    }
    int[] a = new int[out.size()];
    for (int k = 0; k < a.length; k++) {
      a[k] = out.get(k);
    }
    return a;
  }
}
