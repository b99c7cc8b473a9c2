package io.asl4j.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BuildState}: what is redone in the next build, and what is deleted. */
class BuildStateTest {

  @TempDir
  Path dir;

  private Path stateFile() {
    return dir.resolve("status/state.txt");
  }

  private Path out() {
    return dir.resolve("out");
  }

  /** A run that makes {@code out/A.java} from input {@code a.json} with content {@code v1}. */
  private void firstRun() throws IOException {
    BuildState state = BuildState.load(stateFile(), out(), "package=p");
    assertThat(state.sameOptions()).isFalse();
    assertThat(state.upToDate("a.json", hash("v1"))).isFalse();
    byte[] java = "class A {}".getBytes(UTF_8);
    Outputs.write(out().resolve("A.java"), java);
    state.record("a.json", hash("v1"), Map.of("A.java", java));
    state.save();
  }

  private static String hash(String content) {
    return BuildState.sha256(content.getBytes(UTF_8));
  }

  @Test
  void anUnchangedInputWithItsOutputIsUpToDate() throws IOException {
    firstRun();
    BuildState next = BuildState.load(stateFile(), out(), "package=p");
    assertThat(next.sameOptions()).isTrue();
    assertThat(next.upToDate("a.json", hash("v1"))).isTrue();
    next.save();
    // and stays so: an input found up to date is recorded again
    assertThat(BuildState.load(stateFile(), out(), "package=p").upToDate("a.json", hash("v1")))
        .isTrue();
  }

  @Test
  void aChangedInputIsRedone() throws IOException {
    firstRun();
    assertThat(BuildState.load(stateFile(), out(), "package=p").upToDate("a.json", hash("v2")))
        .isFalse();
  }

  @Test
  void changedOptionsRedoEverything() throws IOException {
    firstRun();
    BuildState next = BuildState.load(stateFile(), out(), "package=q");
    assertThat(next.sameOptions()).isFalse();
    assertThat(next.upToDate("a.json", hash("v1"))).isFalse();
  }

  @Test
  void anEditedOrDeletedOutputIsMadeAgain() throws IOException {
    firstRun();
    Files.writeString(out().resolve("A.java"), "class A { int edited; }");
    assertThat(BuildState.load(stateFile(), out(), "package=p").upToDate("a.json", hash("v1")))
        .isFalse();
    Files.delete(out().resolve("A.java"));
    assertThat(BuildState.load(stateFile(), out(), "package=p").upToDate("a.json", hash("v1")))
        .isFalse();
  }

  @Test
  void theOutputsOfAnInputThatIsGoneAreDeleted() throws IOException {
    firstRun();
    BuildState next = BuildState.load(stateFile(), out(), "package=p");
    byte[] b = "class B {}".getBytes(UTF_8);
    Outputs.write(out().resolve("B.java"), b);
    next.record("b.json", hash("b"), Map.of("B.java", b));

    assertThat(next.staleOutputs()).containsExactly("A.java");
    assertThat(next.deleteStaleOutputs()).containsExactly("A.java");
    assertThat(out().resolve("A.java")).doesNotExist();
    assertThat(out().resolve("B.java")).exists();
  }

  @Test
  void aStateFileThatIsNotOursIsAFirstRun() throws IOException {
    Files.createDirectories(stateFile().getParent());
    Files.writeString(stateFile(), "something else\n");
    assertThat(BuildState.load(stateFile(), out(), "package=p").sameOptions()).isFalse();
    Files.writeString(stateFile(), "asl4j-maven-plugin state 1\noptions\tx\na.json\n");
    assertThat(BuildState.load(stateFile(), out(), "package=p").upToDate("a.json", hash("v1")))
        .isFalse();
  }

  @Test
  void namesWithATabOrLineBreakAreNotRemembered() throws IOException {
    BuildState state = BuildState.load(stateFile(), out(), "o");
    state.record("odd\tname.json", hash("x"), Map.of());
    state.record("plain.json", hash("x"), Map.of());
    state.save();
    BuildState next = BuildState.load(stateFile(), out(), "o");
    assertThat(next.upToDate("odd\tname.json", hash("x"))).isFalse();
    assertThat(next.upToDate("plain.json", hash("x"))).isTrue();
  }

  @Test
  void hashesAreSha256InHex() {
    assertThat(hash("")).isEqualTo(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
