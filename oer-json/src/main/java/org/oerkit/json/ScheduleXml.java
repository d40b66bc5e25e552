package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.json.internal.ScheduleEvents;
import org.oerkit.json.internal.ScheduleEvents.ScheduleDay;
import org.oerkit.json.internal.ScheduleEvents.ScheduleEvent;
import org.oerkit.json.internal.ScheduleEvents.SchedulePerson;
import org.oerkit.json.internal.ScheduleImport;
import org.oerkit.json.internal.ScheduleImport.ConferenceIn;
import org.oerkit.json.internal.ScheduleImport.DayIn;
import org.oerkit.json.internal.ScheduleImport.EventIn;
import org.oerkit.json.internal.ScheduleImport.PersonIn;
import org.oerkit.json.internal.ScheduleImport.RoomIn;

/**
 * Reads and writes the frab {@code schedule.xml} format, as the c3voc XSD ({@code voc/schedule},
 * {@code validator/xsd/schedule.xml.xsd}, also at https://c3voc.de/schedule/schema.xsd) defines it: the
 * format of frab, pretalx ("XML (frab compatible)"), Giggity, EventFahrplan and the VOC tools.
 *
 * <p><b>Writing</b> gives the same events as {@link ScheduleJson}: the same guids, ids, slugs, times,
 * rooms, titles, types, abstracts and descriptions, and the persons as names with their guids. The XML
 * format has no place for the embedded workshop, nor for the kinds of the persons' roles, their positions
 * and affiliations (INTERCHANGE.md, "schedule.xml", lists the loss). An event's {@code url} is written only
 * under a base URL given to {@link #write(Workshop, URI)}; the XSD requires an http(s) URL there, and
 * without a base URL oerkit knows no page of a session.
 *
 * <p><b>Reading</b> follows the same rules as {@link ScheduleJson#read(byte[])} for the standard fields,
 * with findings located by XPath with 1-based indexes, such as
 * {@code /schedule/day[1]/room[2]/event[5]/date}. A {@code <person>} outside {@code <persons>} is read
 * as a person of its event, with a finding.
 *
 * <p><b>Safety.</b> The bytes are decoded strictly (a UTF-16 byte order mark, else the encoding the XML
 * declaration names, else UTF-8), so that a malformed byte is the document's error. The JDK's StAX parser
 * then reads with DTDs off, external entities off and entity references
 * not replaced: a document with a {@code DOCTYPE} or an entity reference is refused, at once, with
 * {@link UnreadableDocumentException}, so that neither an external entity (XXE) nor an exponential
 * expansion ("billion laughs") is ever resolved. The limits are the JSON reader's: at most
 * {@value OerJson#MAX_DOCUMENT_LENGTH} bytes, {@value OerJson#MAX_NESTING_DEPTH} levels of elements and
 * {@value OerJson#MAX_STRING_LENGTH} characters of text in one element.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleXml {

  private static final XMLInputFactory INPUT = inputFactory();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private ScheduleXml() {}

  private static XMLInputFactory inputFactory() {
    // The JDK's own implementation, whatever else is on the class path, with nothing resolved.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resource " + systemId + " refused");
    });
    return factory;
  }

  // ---- writing

  /**
   * Exports a workshop as a {@code schedule.xml} document, without a base URL.
   *
   * @param workshop  the workshop, not null
   * @return the UTF-8 document, indented, the same bytes on every machine
   */
  public static byte[] write(Workshop workshop) {
    return write(workshop, Optional.empty());
  }

  /**
   * Exports a workshop as a {@code schedule.xml} document whose events link to pages under a base URL.
   *
   * @param workshop  the workshop, not null
   * @param baseUrl  the absolute http or https address of the programme's web page, not null
   * @return the UTF-8 document
   * @throws IllegalArgumentException if the base URL is not an absolute http or https URL
   */
  public static byte[] write(Workshop workshop, URI baseUrl) {
    return write(workshop, Optional.of(ScheduleJson.requireHttp(baseUrl)));
  }

  private static byte[] write(Workshop workshop, Optional<URI> baseUrl) {
    requireNonNull(workshop, "workshop");
    ScheduleEvents events = ScheduleEvents.of(workshop, baseUrl);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
      Indented xml = new Indented(out);
      out.writeStartDocument("UTF-8", "1.0");
      xml.start("schedule", 0);
      xml.empty("generator", 1, "name", "oerkit");
      xml.element("version", 1, "revision " + workshop.revision());
      xml.start("conference", 1);
      xml.element("acronym", 2, events.acronym());
      xml.element("title", 2, workshop.title().in(LanguageTag.ENGLISH));
      xml.element("start", 2, workshop.startDate().toString());
      xml.element("end", 2, workshop.endDate().toString());
      xml.element("days", 2, String.valueOf(workshop.days().size()));
      xml.element("timeslot_duration", 2, "00:05");
      if (baseUrl.isPresent()) {
        xml.element("base_url", 2, baseUrl.get().toString());
      }
      xml.element("time_zone_name", 2, workshop.zone().getId());
      xml.end(1);
      if (events.days().isEmpty()) {
        // The XSD requires a day: a programme without days is its first date, empty.
        String midnight = ScheduleEvents.offsetDateTime(workshop.startDate().atStartOfDay(workshop.zone()));
        xml.empty("day", 1, "index", "1", "date", workshop.startDate().toString(), "start", midnight, "end", midnight);
      }
      for (ScheduleDay day : events.days()) {
        xml.start("day", 1, "index", String.valueOf(day.index()), "date", day.date().toString(),
            "start", ScheduleEvents.offsetDateTime(day.start()), "end", ScheduleEvents.offsetDateTime(day.end()));
        for (Map.Entry<org.oerkit.core.agenda.Room, List<ScheduleEvent>> room : day.rooms().entrySet()) {
          xml.start("room", 2, "name", room.getKey().name(), "guid", events.roomGuid(room.getKey()).toString());
          for (ScheduleEvent event : room.getValue()) {
            event(xml, event);
          }
          xml.end(2);
        }
        xml.end(1);
      }
      xml.end(0);
      out.writeEndDocument();
      out.writeCharacters("\n");
      out.close();
    } catch (XMLStreamException e) {
      // Writing to memory fails only for text XML cannot hold, which Texts keeps out of every oerkit value.
      throw new IllegalStateException("schedule.xml could not be written", e);
    }
    return bytes.toByteArray();
  }

  private static void event(Indented xml, ScheduleEvent e) throws XMLStreamException {
    xml.start("event", 3, "guid", e.guid().toString(), "id", String.valueOf(e.id()));
    xml.element("date", 4, ScheduleEvents.offsetDateTime(e.start()));
    xml.element("start", 4, ScheduleEvents.hoursAndMinutes(e.start().getHour() * 60L + e.start().getMinute()));
    xml.element("duration", 4, ScheduleEvents.hoursAndMinutes(e.duration().toMinutes()));
    xml.element("room", 4, e.room().name());
    xml.element("slug", 4, e.slug());
    if (e.url().isPresent()) {
      xml.element("url", 4, e.url().get().toString());
    }
    xml.element("title", 4, e.title());
    if (e.subtitle().isPresent()) {
      xml.element("subtitle", 4, e.subtitle().get());
    }
    xml.element("track", 4, "");
    xml.element("type", 4, e.type());
    if (e.language().isPresent()) {
      xml.element("language", 4, e.language().get());
    }
    xml.element("abstract", 4, e.summary().orElse(""));
    if (e.description().isPresent()) {
      xml.element("description", 4, e.description().get());
    }
    xml.start("persons", 4);
    for (SchedulePerson person : e.persons()) {
      xml.element("person", 5, person.name(), "guid", person.guid().toString());
    }
    xml.end(4);
    xml.empty("links", 4);
    xml.end(3);
  }

  /** Writes elements on their own lines, two spaces a level, so that the output is readable and stable. */
  private static final class Indented {
    private final XMLStreamWriter out;

    Indented(XMLStreamWriter out) {
      this.out = out;
    }

    private void indent(int level) throws XMLStreamException {
      out.writeCharacters("\n" + "  ".repeat(level));
    }

    void start(String name, int level, String... attributes) throws XMLStreamException {
      indent(level);
      out.writeStartElement(name);
      attributes(attributes);
    }

    void end(int level) throws XMLStreamException {
      indent(level);
      out.writeEndElement();
    }

    void empty(String name, int level, String... attributes) throws XMLStreamException {
      indent(level);
      out.writeEmptyElement(name);
      attributes(attributes);
    }

    void element(String name, int level, String text, String... attributes) throws XMLStreamException {
      indent(level);
      out.writeStartElement(name);
      attributes(attributes);
      out.writeCharacters(xmlText(text));
      out.writeEndElement();
    }

    private void attributes(String... attributes) throws XMLStreamException {
      for (int i = 0; i < attributes.length; i += 2) {
        out.writeAttribute(attributes[i], xmlText(attributes[i + 1]));
      }
    }
  }

  /**
   * Replaces the characters XML 1.0 cannot hold, even as references (section 2.2: controls other than tab,
   * line feed and carriage return, U+FFFE and U+FFFF), by U+FFFD; a carriage return is written as a
   * reference by the writer and survives.
   *
   * @param text  the text, not null
   * @return the text XML can hold
   */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(allowed ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  // ---- reading

  /**
   * Reads a workshop from any {@code schedule.xml}, from its standard elements; see the class description.
   *
   * @param xml  the document, not null
   * @return the workshop, with a finding for each oddity of the file and each value it could not carry,
   *     located by XPath
   * @throws UnreadableDocumentException if the document is not well-formed XML, holds a DOCTYPE or an
   *     entity reference, passes a limit, or its root is not {@code <schedule>}; the location is the XPath
   *     of the element being read and the message names the line
   */
  public static Imported<Workshop> read(byte[] xml) {
    requireNonNull(xml, "xml");
    if (xml.length > OerJson.MAX_DOCUMENT_LENGTH) {
      throw new UnreadableDocumentException("/", "The document is " + xml.length + " bytes; a schedule.xml"
          + " oerkit reads is at most " + OerJson.MAX_DOCUMENT_LENGTH + " bytes.");
    }
    Element root = parse(xml);
    if (!root.name.equals("schedule")) {
      throw new UnreadableDocumentException("/" + root.name, "line " + root.line + ": This is not a schedule.xml:"
          + " its root element is <" + root.name + ">, not <schedule>.");
    }
    List<Finding> findings = new ArrayList<>();
    ConferenceIn conference = conference(root, findings);
    try {
      ScheduleImport.Result read = ScheduleImport.of(conference);
      return Imported.of(read.workshop(), Report.of(findings).plus(read.report()));
    } catch (DomainRuleException e) {
      // The last guard, as in ScheduleJson: a value at a bound of the model.
      throw new UnreadableDocumentException("/schedule", "A value of this schedule is beyond what oerkit holds: "
          + e.getMessage(), e);
    }
  }

  /** An element as read: name, attributes, text, children, line, and its XPath. */
  private static final class Element {
    final String name;
    final String path;
    final int line;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    final List<Element> children = new ArrayList<>();
    final Map<String, Integer> counts = new HashMap<>();

    Element(String name, String path, int line) {
      this.name = name;
      this.path = path;
      this.line = line;
    }

    List<Element> all(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<Element> first(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    Optional<String> text(String childName) {
      return first(childName).map(c -> c.text.toString());
    }
  }

  private static Element parse(byte[] xml) {
    List<Element> stack = new ArrayList<>();
    Element root = null;
    XMLStreamReader in = null;
    try {
      // Decoded here, strictly: the JDK's parser would print its own message to standard error for a
      // malformed byte, and a library never writes there.
      in = INPUT.createXMLStreamReader(new StringReader(decode(xml)));
      long events = 0;
      while (in.hasNext()) {
        int event = in.next();
        if (++events > OerJson.MAX_TOKEN_COUNT) {
          throw refused(stack, in, "The document has more than " + OerJson.MAX_TOKEN_COUNT + " parts; a schedule.xml"
              + " oerkit reads has fewer.");
        }
        switch (event) {
          case XMLStreamConstants.DTD -> throw refused(stack, in, "The document has a document type declaration"
              + " (DOCTYPE); a schedule.xml has none, and oerkit reads no DTD, so that no entity is ever expanded"
              + " or fetched.");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw refused(stack, in, "The document refers to the entity &"
              + in.getLocalName() + "; a schedule.xml uses only the five predefined entities and character"
              + " references, and oerkit expands no other.");
          case XMLStreamConstants.START_ELEMENT -> {
            if (stack.size() >= OerJson.MAX_NESTING_DEPTH) {
              throw refused(stack, in, "The elements nest deeper than " + OerJson.MAX_NESTING_DEPTH + " levels; a"
                  + " schedule.xml nests six.");
            }
            String name = in.getLocalName();
            Element parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            String path;
            if (parent == null) {
              path = "/" + name;
            } else {
              int n = parent.counts.merge(name, 1, Integer::sum);
              path = parent.path + "/" + name + (indexed(name) ? "[" + n + "]" : "");
            }
            Element element = new Element(name, path, in.getLocation().getLineNumber());
            for (int i = 0; i < in.getAttributeCount(); i++) {
              element.attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
            }
            if (parent == null) {
              root = element;
            } else {
              parent.children.add(element);
            }
            stack.add(element);
          }
          case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!stack.isEmpty()) {
              Element current = stack.get(stack.size() - 1);
              if (current.text.length() + in.getTextLength() > OerJson.MAX_STRING_LENGTH) {
                throw refused(stack, in, "The text of this element is longer than " + OerJson.MAX_STRING_LENGTH
                    + " characters.");
              }
              current.text.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
            }
          }
          default -> {
            // comments, processing instructions and the document's start and end carry nothing
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int cut = message.indexOf("Message: ");
      message = cut >= 0 ? message.substring(cut + 9) : message;
      throw new UnreadableDocumentException(path(stack), (line > 0 ? "line " + line + ": " : "")
          + "The document is not well-formed XML: " + Texts.quote(message.strip()) + ".", e);
    } catch (MissingResourceException e) {
      // The JDK's parser found a fatal error it has no words for: skipping a DTD that holds a control
      // character, it reports the key InvalidCharInDTD, which its messages lack. Still the document's error.
      int line = in == null ? 0 : in.getLocation().getLineNumber();
      throw new UnreadableDocumentException(path(stack), (line > 0 ? "line " + line + ": " : "")
          + "The document is not well-formed XML: the JDK's parser stopped at " + Texts.quote(e.getKey()) + ".", e);
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (XMLStreamException e) {
          // nothing is held open on bytes in memory
        }
      }
    }
    if (root == null) {
      throw new UnreadableDocumentException("/", "The document has no root element; it should hold <schedule>.");
    }
    return root;
  }

  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  /**
   * Decodes the document as XML 1.0 appendix F says: a UTF-16 byte order mark, else the encoding the XML
   * declaration names, else UTF-8; a malformed byte is the document's error, with its offset.
   */
  private static String decode(byte[] xml) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
        || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
      charset = StandardCharsets.UTF_16;
    } else {
      if (xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF) {
        skip = 3;
      }
      String head = new String(xml, skip, Math.min(xml.length - skip, 200), StandardCharsets.ISO_8859_1);
      Matcher declared = ENCODING.matcher(head);
      if (declared.find()) {
        try {
          charset = Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
          throw new UnreadableDocumentException("/", "line 1: The document declares the encoding "
              + Texts.quote(declared.group(1)) + ", which this Java platform cannot read; write it in UTF-8.");
        }
      }
    }
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(xml, skip, xml.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("/", "The document is not valid " + charset.name() + " text ("
          + (e.getMessage() == null ? "malformed input" : e.getMessage()) + "); a schedule.xml is UTF-8, or"
          + " declares its encoding.", e);
    }
  }

  /** The elements a schedule repeats, which its XPaths index; the others occur once. */
  private static boolean indexed(String name) {
    return switch (name) {
      case "day", "room", "event", "person", "link", "attachment", "track" -> true;
      default -> false;
    };
  }

  private static UnreadableDocumentException refused(List<Element> stack, XMLStreamReader in, String problem) {
    return new UnreadableDocumentException(path(stack), "line " + in.getLocation().getLineNumber() + ": " + problem);
  }

  private static String path(List<Element> stack) {
    return stack.isEmpty() ? "/" : stack.get(stack.size() - 1).path;
  }

  private static ConferenceIn conference(Element root, List<Finding> findings) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> locations = new LinkedHashMap<>();
    Optional<Element> conference = root.first("conference");
    String at = conference.map(c -> c.path).orElse("/schedule/conference");
    conference.ifPresent(c -> {
      for (String name : List.of("acronym", "title", "start", "end", "time_zone_name", "base_url")) {
        c.text(name).ifPresent(v -> values.put(name, v));
      }
    });
    List<DayIn> days = new ArrayList<>();
    for (Element day : root.all("day")) {
      Map<String, String> dayValues = new LinkedHashMap<>();
      Optional.ofNullable(day.attributes.get("date")).ifPresent(v -> dayValues.put("date", v));
      Optional.ofNullable(day.attributes.get("index")).ifPresent(v -> dayValues.put("index", v));
      List<RoomIn> rooms = new ArrayList<>();
      for (Element room : day.all("room")) {
        List<EventIn> events = new ArrayList<>();
        for (Element event : room.all("event")) {
          events.add(event(event, findings));
        }
        rooms.add(new RoomIn(room.path + "/@name", room.attributes.getOrDefault("name", ""), Optional.empty(),
            events));
      }
      days.add(new DayIn(day.path, dayValues, rooms));
    }
    return new ConferenceIn(at, values, locations, List.of(), days);
  }

  private static EventIn event(Element event, List<Finding> findings) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> locations = new LinkedHashMap<>();
    for (String attribute : List.of("guid", "id", "code")) {
      String value = event.attributes.get(attribute);
      if (value != null) {
        values.put(attribute, value);
      }
      locations.put(attribute, event.path + "/@" + attribute);
    }
    for (String name : List.of("date", "start", "duration", "end", "room", "slug", "title", "subtitle", "type",
        "track", "language", "abstract", "description", "logo", "origin_url", "feedback_url", "code",
        "do_not_stream")) {
      event.first(name).ifPresent(e -> {
        values.putIfAbsent(name, e.text.toString());
        if (!locations.containsKey(name)) {
          locations.put(name, e.path);
        }
      });
    }
    event.first("recording").ifPresent(recording -> {
      recording.text("license").ifPresent(l -> {
        values.put("recording_license", l);
        locations.put("recording_license", recording.path + "/license");
      });
      recording.text("optout").ifPresent(o -> {
        values.put("do_not_record", o.strip());
        locations.put("do_not_record", recording.path + "/optout");
      });
    });
    for (String list : List.of("links", "attachments")) {
      event.first(list).ifPresent(container -> {
        List<String> refs = new ArrayList<>();
        for (Element ref : container.children) {
          Optional.ofNullable(ref.attributes.get("href")).ifPresent(refs::add);
        }
        if (!refs.isEmpty()) {
          values.put(list, String.join(" ", refs));
          locations.put(list, container.path);
        }
      });
    }
    List<PersonIn> persons = new ArrayList<>();
    List<Element> people = event.first("persons").map(p -> p.all("person")).orElse(List.of());
    List<Element> loose = event.all("person");
    if (!loose.isEmpty()) {
      findings.add(Finding.of(ScheduleImport.PERSON_NAME, Severity.INFO, loose.get(0).path, "The event's persons"
          + " are not inside <persons>; they are read as its persons all the same."));
    }
    List<Element> all = new ArrayList<>(people);
    all.addAll(loose);
    for (Element person : all) {
      String name = person.text.toString();
      persons.add(new PersonIn(person.path, name.isBlank() ? Optional.empty() : Optional.of(name), Map.of(),
          List.of(), List.of()));
    }
    return new EventIn(event.path, values, locations, persons);
  }
}
