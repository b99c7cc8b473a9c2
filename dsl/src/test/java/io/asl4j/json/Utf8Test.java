package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path's UTF-8 check agrees with the JDK's strict decoder on every one- and two-byte
 * sequence and on every lead and second byte of the longer ones.
 */
class Utf8Test {

  private static boolean jdkAccepts(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private final List<String> disagreements = new ArrayList<>();

  private void agree(byte... b) {
    if (Utf8.isWellFormed(b) != jdkAccepts(b)) {
      disagreements.add(HexFormat.ofDelimiter(" ").formatHex(b));
    }
  }

  @Test
  void agreesWithTheJdkOnShortSequences() {
    for (int a = 0; a < 256; a++) {
      agree((byte) a);
      for (int b = 0; b < 256; b++) {
        agree((byte) a, (byte) b);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void agreesWithTheJdkOnLongerSequences() {
    int[] tails = {0x7F, 0x80, 0xBF, 0xC0};
    for (int a = 0xE0; a < 0x100; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c : tails) {
          agree((byte) a, (byte) b, (byte) c);
          for (int d : tails) {
            agree((byte) a, (byte) b, (byte) c, (byte) d);
          }
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theIssuesBytesAreNotUtf8() {
    assertThat(Utf8.isWellFormed(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})).isFalse();
    assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
        .isFalse();
    assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
    assertThat(Utf8.isWellFormed("caf\u00e9 \ud83d\ude00".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }
}
