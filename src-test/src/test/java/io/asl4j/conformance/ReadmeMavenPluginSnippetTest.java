package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's "Maven plugin" configuration is the one the plugin's integration build
 * ({@code maven-plugin/src/it/full-build}, run by the invoker in {@code mvn verify}) uses, at the
 * project's version: what the README shows is what is proven to validate, generate, compile,
 * write and draw. Its templates configuration is the one {@code sam-template} uses.
 */
class ReadmeMavenPluginSnippetTest {

  @Test
  void theReadmesPluginConfigurationIsTheIntegrationBuildsAtTheProjectsVersion()
      throws Exception {
    String version = text(parse(Files.readString(Readme.root().resolve("pom.xml"),
        StandardCharsets.UTF_8)).getDocumentElement(), "version");
    Document readme = parse(Readme.block("## Maven plugin", "xml"));
    Document build = parse(Files.readString(
        Readme.root().resolve("maven-plugin/src/it/full-build/pom.xml"), StandardCharsets.UTF_8)
        .replace("@project.version@", version));

    List<Element> plugins = asl4jPlugins(build);
    assertThat(plugins).hasSize(1);
    assertThat(canonical(readme.getDocumentElement())).isEqualTo(canonical(plugins.get(0)));
    assertThat(text(readme.getDocumentElement(), "version")).isEqualTo(version);
  }

  @Test
  void theReadmesTemplatesConfigurationIsTheSamIntegrationBuilds() throws Exception {
    Document readme = parse(Readme.block(
        "`asl4j generate TEMPLATE#LogicalId` and `asl4j render` do:", "xml"));
    Document build = parse(Files.readString(
        Readme.root().resolve("maven-plugin/src/it/sam-template/pom.xml"),
        StandardCharsets.UTF_8));

    List<Element> plugins = asl4jPlugins(build);
    assertThat(plugins).hasSize(1);
    Element configuration = (Element) plugins.get(0).getElementsByTagName("configuration").item(0);
    assertThat(canonical(readme.getDocumentElement())).isEqualTo(canonical(configuration));
  }

  /** The plugin elements of a POM that name asl4j's plugin. */
  private static List<Element> asl4jPlugins(Document pom) {
    List<Element> found = new ArrayList<>();
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element p = (Element) plugins.item(i);
      if (text(p, "groupId").equals("io.asl4j")
          && text(p, "artifactId").equals("asl4j-maven-plugin")) {
        found.add(p);
      }
    }
    return found;
  }

  /** The element as XML without comments or indentation, so that only the content counts. */
  private static String canonical(Element element) throws Exception {
    Element copy = (Element) element.cloneNode(true);
    strip(copy);
    StringWriter out = new StringWriter();
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    transformer.transform(new DOMSource(copy), new StreamResult(out));
    return out.toString();
  }

  private static void strip(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.COMMENT_NODE
          || child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
        node.removeChild(child);
      } else {
        strip(child);
      }
      child = next;
    }
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
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
