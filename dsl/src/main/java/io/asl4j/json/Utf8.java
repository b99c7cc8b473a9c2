package io.asl4j.json;

/**
 * Tells whether bytes are well-formed UTF-8 (RFC 3629, the Unicode Standard's table 3-7), without
 * decoding them: the fast path hands bytes to Jackson's parser, which decodes leniently (an
 * overlong {@code C0 AF} becomes {@code /}, a code point above U+10FFFF a lone surrogate), so
 * the bytes are checked first and anything else takes the strict, located path.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Checks every byte sequence: no overlong forms, no surrogates (U+D800 to U+DFFF), nothing above
   * U+10FFFF, no stray or missing continuation bytes.
   *
   * @param b the bytes
   * @return {@code true} when all of them are well-formed UTF-8
   */
  static boolean isWellFormed(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) { // ASCII, the usual case
        i++;
        continue;
      }
      c &= 0xff;
      if (c < 0xC2) {
        return false; // a continuation byte first, or C0/C1: an overlong two-byte form
      }
      if (c < 0xE0) {
        if (i + 1 >= n || !continuation(b[i + 1], 0x80, 0xBF)) {
          return false;
        }
        i += 2;
      } else if (c < 0xF0) {
        // E0 needs A0..BF (not overlong); ED needs 80..9F (not a surrogate)
        int lo = c == 0xE0 ? 0xA0 : 0x80;
        int hi = c == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= n || !continuation(b[i + 1], lo, hi) || !continuation(b[i + 2], 0x80, 0xBF)) {
          return false;
        }
        i += 3;
      } else if (c < 0xF5) {
        // F0 needs 90..BF (not overlong); F4 needs 80..8F (not above U+10FFFF)
        int lo = c == 0xF0 ? 0x90 : 0x80;
        int hi = c == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= n || !continuation(b[i + 1], lo, hi) || !continuation(b[i + 2], 0x80, 0xBF)
            || !continuation(b[i + 3], 0x80, 0xBF)) {
          return false;
        }
        i += 4;
      } else {
        return false; // F5..FF never appear in UTF-8
      }
    }
    return true;
  }

  private static boolean continuation(byte b, int lo, int hi) {
    int v = b & 0xff;
    return v >= lo && v <= hi;
  }
}
