package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Workshop;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The c3voc fixtures under {@code src/test/resources/c3voc} (origin and licence in the README there): the
 * real {@code schedule.json} schema and {@code schedule.xml} XSD as validators, the real files, and the
 * view of a workshop that both schedule formats carry.
 */
final class C3voc {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6);
  private static Schema jsonSchema;
  private static javax.xml.validation.Schema xsd;

  private C3voc() {}

  static byte[] bytes(String name) {
    try (InputStream in = C3voc.class.getResourceAsStream("/c3voc/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No c3voc fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives the errors of the c3voc JSON schema (draft-06, formats asserted) for a document. */
  static synchronized List<String> jsonErrors(byte[] document) {
    if (jsonSchema == null) {
      jsonSchema = REGISTRY.getSchema(OerJson.mapper().readTree(bytes("schedule.schema.json")));
    }
    return Schemas.errors(jsonSchema, OerJson.mapper().readTree(document));
  }

  /** Gives the errors of the c3voc XSD for a document, each with its line. */
  static List<String> xmlErrors(byte[] document) {
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = xsd().newValidator();
      validator.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
      });
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (SAXException e) {
      errors.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static synchronized javax.xml.validation.Schema xsd() throws SAXException {
    if (xsd == null) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      xsd = factory.newSchema(new StreamSource(new ByteArrayInputStream(bytes("schedule.xml.xsd"))));
    }
    return xsd;
  }

  /** One event as the schedule formats carry it: instants, titles, kind, room and the people's names. */
  record Carried(Instant start, Optional<Instant> end, String title, Optional<String> subtitle, String type,
      String room, List<String> people) {}

  /**
   * Gives what the standard fields of schedule.json and schedule.xml carry of a workshop: one entry per
   * session with a known start (a session without a length, or of length zero, has no end), ordered by
   * start and title. The documented loss is everything else.
   */
  static List<Carried> carried(Workshop workshop) {
    List<Carried> events = new ArrayList<>();
    for (Slot slot : workshop.timeline().sessions()) {
      if (slot.start().isEmpty()) {
        continue;
      }
      List<String> people = new ArrayList<>();
      for (Role role : slot.session().allRoles()) {
        if (role.holder().isNamed() && !people.contains(role.holder().name())) {
          people.add(role.holder().name());
        }
      }
      Optional<Instant> end = slot.end().filter(e -> e.isAfter(slot.start().get())).map(e -> e.toInstant());
      events.add(new Carried(slot.start().get().toInstant(), end, slot.session().fullTitle(),
          slot.session().subtitle(), slot.session().kind().id(),
          workshop.room(workshop.roomOf(slot.session())).orElse(workshop.effectiveRooms().get(0)).name(), people));
    }
    events.sort(ORDER);
    return events;
  }

  /** The order of {@link #carried}: by start, title, room and people. */
  private static final Comparator<Carried> ORDER = Comparator.comparing(Carried::start)
      .thenComparing(Carried::title).thenComparing(Carried::room).thenComparing(c -> c.people().toString());

  /**
   * Gives what schedule.xml carries of a workshop: {@link #carried} with the texts as XML 1.0 holds them
   * (section 2.2: controls other than tab, line feed and carriage return are U+FFFD; section 2.11: line
   * ends are line feeds; section 3.3.3: in an attribute, such as a room's name, tab and line ends are
   * spaces).
   */
  static List<Carried> carriedInXml(Workshop workshop) {
    List<Carried> events = new ArrayList<>();
    for (Carried c : carried(workshop)) {
      events.add(new Carried(c.start(), c.end(), xml(c.title()), c.subtitle().map(C3voc::xml), c.type(),
          xml(c.room()).replace('\n', ' ').replace('\t', ' '), c.people().stream().map(C3voc::xml).toList()));
    }
    // Sorted again: a control character that XML holds as U+FFFD sorts elsewhere (it made the order, and so
    // the comparison, depend on the generated titles).
    events.sort(ORDER);
    return events;
  }

  private static String xml(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.replace("\r\n", "\n").replace('\r', '\n').toCharArray()) {
      out.append(c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) ? c : '\uFFFD');
    }
    return out.toString();
  }

  static String text(byte[] bytes) {
    return new String(bytes, UTF_8);
  }
}
