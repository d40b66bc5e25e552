package org.oerkit.examples.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An OOXML package (DOCX, XLSX) read with the JDK alone, ZIP and DOM, independently of the library that
 * wrote it: its parts by name, parsed as namespace-aware XML.
 */
final class OoxmlParts {

  static final String WORDPROCESSING = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final Map<String, byte[]> parts;

  private OoxmlParts(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  static OoxmlParts read(byte[] zip) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OoxmlParts(parts);
  }

  java.util.Set<String> names() {
    return parts.keySet();
  }

  Document xml(String name) {
    byte[] bytes = parts.get(name);
    if (bytes == null) {
      throw new AssertionError("no part " + name + " in " + parts.keySet());
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("part " + name + " is not well-formed XML", e);
    }
  }

  static List<Element> elements(Document doc, String namespace, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  static List<Element> elements(Element parent, String namespace, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
