package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's "Use asl4j in your build" gives the coordinates that the external build
 * ({@code src-test/src/it/external-build}, run by the invoker in {@code mvn verify}) uses, at the
 * project's version, and the bill of materials lists every published artifact.
 */
class ReadmeBuildSnippetTest {

  private static final List<String> LIBRARIES =
      List.of("asl4j-dsl", "asl4j-codegen", "asl4j-cdk-adapter", "asl4j-local", "asl4j-junit",
          "asl4j-templates", "asl4j-cli", "asl4j-maven-plugin");

  @Test
  void theExternalBuildUsesTheReadmesCoordinatesAtTheProjectsVersion() throws Exception {
    String version = projectVersion();
    Document readme = parse("<project>" + Readme.block("## Use asl4j in your build", "xml")
        + "</project>");
    Document external = parse(Files.readString(
        Readme.root().resolve("src-test/src/it/external-build/pom.xml"), StandardCharsets.UTF_8)
        .replace("@project.version@", version));

    assertThat(asl4jDependencies(readme)).isNotEmpty()
        .isEqualTo(asl4jDependencies(external))
        .contains("dependencyManagement io.asl4j:asl4j-bom:" + version + ":pom:import");
  }

  @Test
  void theBillOfMaterialsListsEveryLibraryAtTheProjectsVersion() throws Exception {
    String version = projectVersion();
    Document bom = parse(Files.readString(Readme.root().resolve("bom/pom.xml"),
        StandardCharsets.UTF_8));

    assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(version);
    List<String> expected = new ArrayList<>();
    for (String artifact : LIBRARIES) {
      expected.add("dependencyManagement io.asl4j:" + artifact + ":${project.version}::");
    }
    assertThat(asl4jDependencies(bom)).containsExactlyElementsOf(expected);
  }

  private static String projectVersion() throws Exception {
    Document parent = parse(Files.readString(Readme.root().resolve("pom.xml"),
        StandardCharsets.UTF_8));
    return text(parent.getDocumentElement(), "version");
  }

  /** Each io.asl4j dependency as "section group:artifact:version:type:scope". */
  private static List<String> asl4jDependencies(Document pom) {
    List<String> found = new ArrayList<>();
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      if (!"io.asl4j".equals(text(d, "groupId"))) {
        continue;
      }
      String section = d.getParentNode().getParentNode().getNodeName();
      found.add(section + " io.asl4j:" + text(d, "artifactId") + ":" + text(d, "version") + ":"
          + text(d, "type") + ":" + text(d, "scope"));
    }
    return found;
  }

  /** The text of a direct child element, or "" when there is none. */
  private static String text(Element parent, String child) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
