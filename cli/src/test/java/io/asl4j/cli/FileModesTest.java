package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What writing does to files: {@code format -i} keeps the file itself (mode, owner, hard links, a
 * symbolic link and its target) and leaves a read-only file alone, new files get the mode the
 * umask gives, not 0600, and a file that {@code -o} replaces keeps its mode.
 */
class FileModesTest extends CommandHarness {

  private static final String MESSY =
      "{\"States\":{\"A\":{\"End\":true,\"Type\":\"Pass\"}},\"StartAt\":\"A\"}";
  private static final String CANONICAL = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\n"
      + "      \"Type\": \"Pass\",\n      \"End\": true\n    }\n  }\n}\n";

  @BeforeEach
  void posix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"),
        "file modes, inodes and links need a POSIX file system");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private Path messy(String name, String mode) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, MESSY);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    return p;
  }

  /**
   * The mode a new file gets here: 0666 less this process's umask, read with {@code umask} in a
   * child shell, which inherits it (rw-r--r-- under the usual 022).
   */
  private static String umaskMode() throws IOException, InterruptedException {
    Process sh = new ProcessBuilder("sh", "-c", "umask").redirectErrorStream(true).start();
    String umask = new String(sh.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    assertThat(sh.waitFor()).isEqualTo(0);
    int mode = 0666 & ~Integer.parseInt(umask, 8);
    StringBuilder s = new StringBuilder();
    for (int bit = 8; bit >= 0; bit--) {
      s.append((mode & (1 << bit)) == 0 ? '-' : "rwx".charAt((8 - bit) % 3));
    }
    return s.toString();
  }

  private Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino");
  }

  @Test
  void inPlaceKeepsAnOrdinaryMode() throws IOException {
    Path file = messy("flow.asl.json", "rw-r--r--");

    assertThat(run("format", "-i", "flow.asl.json")).isEqualTo(0);

    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(mode(file)).isEqualTo("rw-r--r--");
    assertThat(err()).isEmpty();
  }

  @Test
  void inPlaceKeepsAnExecutableModeAndTheInode() throws IOException {
    Path file = messy("flow.asl.json", "rwxr-xr-x");
    Object inode = inode(file);

    assertThat(run("format", "-i", "flow.asl.json")).isEqualTo(0);

    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(mode(file)).isEqualTo("rwxr-xr-x");
    assertThat(inode(file)).as("the same file, rewritten, not a new one").isEqualTo(inode);
  }

  @Test
  void inPlaceKeepsAPrivateModePrivate() throws IOException {
    Path file = messy("secret.asl.json", "rw-------");

    assertThat(run("format", "-i", "secret.asl.json")).isEqualTo(0);

    assertThat(mode(file)).isEqualTo("rw-------");
  }

  @Test
  void inPlaceThroughASymbolicLinkFormatsItsTargetAndKeepsTheLink() throws IOException {
    Files.createDirectories(dir.resolve("real"));
    Path target = messy("real/flow.asl.json", "rw-r--r--");
    Path link = Files.createSymbolicLink(dir.resolve("flow.asl.json"),
        Path.of("real/flow.asl.json"));

    assertThat(run("format", "-i", "flow.asl.json")).isEqualTo(0);

    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/flow.asl.json"));
    assertThat(Files.readString(target)).isEqualTo(CANONICAL);
    assertThat(mode(target)).isEqualTo("rw-r--r--");
  }

  @Test
  void inPlaceDoesNotSplitAHardLink() throws IOException {
    Path file = messy("flow.asl.json", "rw-r--r--");
    Path other = Files.createLink(dir.resolve("other-name.asl.json"), file);

    assertThat(run("format", "-i", "flow.asl.json")).isEqualTo(0);

    assertThat(Files.isSameFile(file, other)).as("both names still name one file").isTrue();
    assertThat(Files.getAttribute(file, "unix:nlink")).isEqualTo(2);
    assertThat(Files.readString(other)).isEqualTo(CANONICAL);
  }

  @Test
  void inPlaceLeavesNoTemporaryFileBehind() throws IOException {
    messy("flow.asl.json", "rw-r--r--");
    Files.createDirectories(dir.resolve("real"));
    messy("real/target.asl.json", "rw-r--r--");
    Files.createSymbolicLink(dir.resolve("link.asl.json"), Path.of("real/target.asl.json"));

    assertThat(run("format", "-i", "flow.asl.json", "link.asl.json")).isEqualTo(0);

    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> dir.relativize(p).toString()))
          .containsExactlyInAnyOrder("flow.asl.json", "link.asl.json", "real/target.asl.json");
    }
  }

  @Test
  void aFileThatIsNotWritableIsReportedAndLeftAlone() throws IOException {
    Path file = messy("locked.asl.json", "r--r--r--");
    assumeTrue(!Files.isWritable(file), "running as a user who can write anything (root)");

    assertThat(run("format", "-i", "locked.asl.json")).isEqualTo(2);

    assertThat(err()).isEqualTo("asl4j format: locked.asl.json: cannot write: permission denied\n");
    assertThat(Files.readString(file)).isEqualTo(MESSY);
  }

  /** Whatever this user may do: root may write anything, yet a read-only file is left alone. */
  @Test
  void aReadOnlyFileIsRefusedEvenForAUserWhoCouldWriteIt() throws IOException {
    for (String mode : new String[] {"r--r--r--", "r--------", "r-xr-xr-x"}) {
      Path file = messy("locked.asl.json", mode);
      err.reset();

      assertThat(run("format", "-i", "locked.asl.json")).as(mode).isEqualTo(2);

      assertThat(err()).isEqualTo("asl4j format: locked.asl.json: cannot write: permission"
          + " denied\n");
      assertThat(Files.readString(file)).isEqualTo(MESSY);
      assertThat(mode(file)).isEqualTo(mode);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file")
            .containsExactly("locked.asl.json");
      }
    }
  }

  @Test
  void aReadOnlyFileThatIsAlreadyCanonicalIsNotTouched() throws IOException {
    Path file = dir.resolve("done.asl.json");
    Files.writeString(file, CANONICAL);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    assertThat(run("format", "-i", "done.asl.json")).isEqualTo(0);
    assertThat(err()).isEmpty();
  }

  @Test
  void aFileWithAWriteBitIsRewrittenByAUserWhoMayWriteIt() throws IOException {
    Path file = messy("shared.asl.json", "r--rw-r--");
    assumeTrue(Files.isWritable(file), "this user may write it, as root may");

    assertThat(run("format", "-i", "shared.asl.json")).isEqualTo(0);

    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(mode(file)).isEqualTo("r--rw-r--");
  }

  /** Needs a user who may give a file away (root): the owner and group stay another user's. */
  @Test
  void inPlaceKeepsTheOwnerAndGroup() throws IOException {
    Path file = messy("theirs.asl.json", "rw-rw-rw-");
    try {
      Files.setAttribute(file, "unix:uid", 4321);
      Files.setAttribute(file, "unix:gid", 4322);
    } catch (IOException e) {
      assumeTrue(false, "only a privileged user can give a file away: " + e);
    }

    assertThat(run("format", "-i", "theirs.asl.json")).isEqualTo(0);

    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(4321);
    assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(4322);
    assertThat(mode(file)).isEqualTo("rw-rw-rw-");
  }

  @Test
  void newOutputFilesGetTheModeTheUmaskGives() throws Exception {
    messy("flow.asl.json", "rw-------");
    String expected = umaskMode();

    assertThat(run("format", "-o", "out", "flow.asl.json")).isEqualTo(0);
    assertThat(run("generate", "-o", "src", "flow.asl.json")).isEqualTo(0);
    assertThat(run("render", "-o", "flow.mmd", "flow.asl.json")).isEqualTo(0);
    assertThat(run("samples", "-o", "samples", "2-catch-notify-fail")).isEqualTo(0);

    for (String written : new String[] {"out/flow.asl.json", "src/Flow.java", "flow.mmd",
        "samples/2-catch-notify-fail.asl.json"}) {
      assertThat(mode(dir.resolve(written))).as(written).isEqualTo(expected);
    }
  }

  @Test
  void underUmask022NewFilesAre0644() throws Exception {
    messy("flow.asl.json", "rw-------");

    // a fresh JVM under a known umask, whatever the umask of the build
    ChildJvm.Result r = ChildJvm.run(dir, "022", "format", "-o", "out", "flow.asl.json");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    assertThat(mode(dir.resolve("out/flow.asl.json"))).isEqualTo("rw-r--r--");
  }

  @Test
  void anOutputFileThatIsReplacedKeepsItsMode() throws IOException {
    messy("flow.asl.json", "rw-r--r--");
    Path old = dir.resolve("out/flow.asl.json");
    Files.createDirectories(old.getParent());
    Files.writeString(old, "old");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-r--"));

    assertThat(run("format", "-o", "out", "flow.asl.json")).isEqualTo(0);

    assertThat(Files.readString(old)).isEqualTo(CANONICAL);
    assertThat(mode(old)).isEqualTo("rw-rw-r--");
  }
}
