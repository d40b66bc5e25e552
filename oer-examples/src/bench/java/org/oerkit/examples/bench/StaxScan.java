package org.oerkit.examples.bench;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor of reading frab schedule.xml: the JDK's StAX reads every event of the document with the same
 * safe settings as oer-json's reader (no DTD, no external entities) and binds nothing beyond the text of
 * each element, which it must decode anyway.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaxScan {

  private final XMLInputFactory factory;

  /**
   * Makes the scanner.
   */
  public StaxScan() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /**
   * Counts the elements of a document and the characters of their text.
   *
   * @param xml  the document, not null
   * @return the elements plus the characters of text
   */
  public long count(byte[] xml) {
    long count = 0;
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamReader.START_ELEMENT) {
            count++;
          } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
            count += reader.getText().length();
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return count;
  }
}
