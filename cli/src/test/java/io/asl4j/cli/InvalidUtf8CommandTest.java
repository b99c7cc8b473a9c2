package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not UTF-8 get the same located error from every command: an overlong {@code /}
 * or a code point above U+10FFFF is never silently decoded into something else, in values, keys
 * or state names.
 */
class InvalidUtf8CommandTest extends CommandHarness {

  @Override
  int run(String... args) {
    out.reset();
    err.reset();
    return super.run(args);
  }

  /** The definition with {@code bad} spliced in where {@code @} stands. */
  private void write(String name, String template, byte... bad) throws IOException {
    byte[] text = template.getBytes(StandardCharsets.US_ASCII);
    int at = template.indexOf('@');
    byte[] bytes = new byte[text.length - 1 + bad.length];
    System.arraycopy(text, 0, bytes, 0, at);
    System.arraycopy(bad, 0, bytes, at, bad.length);
    System.arraycopy(text, at + 1, bytes, at + bad.length, text.length - at - 1);
    Files.write(dir.resolve(name), bytes);
  }

  /** Every command gives the message, validate as its finding, the others as their error. */
  private void everyCommandSays(String file, String message) {
    assertThat(run("validate", file)).isEqualTo(1);
    assertThat(out()).isEqualTo(file + ":" + message.replaceFirst(": ", ": ERROR INVALID_JSON ")
        + "\n");
    for (String[] command : new String[][] {{"format"}, {"render"}, {"generate", "-o", "-"},
        {"format", "--check"}, {"format", "-i"}}) {
      String[] args = new String[command.length + 1];
      System.arraycopy(command, 0, args, 0, command.length);
      args[command.length] = file;

      assertThat(run(args)).as(String.join(" ", command)).isEqualTo(1);
      assertThat(err()).isEqualTo("asl4j " + command[0] + ": " + file + ":" + message + "\n");
      assertThat(out()).isEmpty();
    }
  }

  @Test
  void anOverlongSlashInAValueIsRefused() throws IOException {
    write("value.asl.json", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Comment\":"
        + "\"@\",\"End\":true}}}", (byte) 0xC0, (byte) 0xAF);
    byte[] before = Files.readAllBytes(dir.resolve("value.asl.json"));

    everyCommandSays("value.asl.json", "1:56: invalid UTF-8: byte 0xc0 at offset 55; a definition"
        + " must be UTF-8 text");
    assertThat(Files.readAllBytes(dir.resolve("value.asl.json"))).as("-i left it alone")
        .isEqualTo(before);
  }

  @Test
  void anOverlongSlashInAKeyIsRefused() throws IOException {
    write("key.asl.json", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":"
        + "{\"a@b\":1},\"End\":true}}}", (byte) 0xC0, (byte) 0xAF);

    everyCommandSays("key.asl.json", "1:57: invalid UTF-8: byte 0xc0 at offset 56; a definition"
        + " must be UTF-8 text");
  }

  @Test
  void aCodePointAboveTheUnicodeRangeInAStateNameIsRefused() throws IOException {
    write("name.asl.json", "{\"StartAt\":\"A@\",\"States\":{\"A@\":{\"Type\":\"Pass\","
        + "\"End\":true}}}", (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80);

    everyCommandSays("name.asl.json", "1:14: invalid UTF-8: byte 0xf4 at offset 13; a definition"
        + " must be UTF-8 text");
  }

  @Test
  void anEncodedSurrogateIsRefused() throws IOException {
    write("surrogate.asl.json", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"Comment\":\"@\",\"End\":true}}}", (byte) 0xED, (byte) 0xA0, (byte) 0x80);

    everyCommandSays("surrogate.asl.json", "1:56: invalid UTF-8: byte 0xed at offset 55; a"
        + " definition must be UTF-8 text");
  }

  @Test
  void wellFormedUtf8BeyondAsciiIsRead() throws IOException {
    Files.writeString(dir.resolve("ok.asl.json"), "{\"StartAt\":\"\u00c9t\u00e9 \ud83d\ude00\","
        + "\"States\":{\"\u00c9t\u00e9 \ud83d\ude00\":{\"Type\":\"Succeed\"}}}",
        StandardCharsets.UTF_8);

    assertThat(run("format", "--compact", "ok.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("{\"StartAt\":\"\u00c9t\u00e9 \ud83d\ude00\",\"States\":"
        + "{\"\u00c9t\u00e9 \ud83d\ude00\":{\"Type\":\"Succeed\"}}}\n");
  }
}
