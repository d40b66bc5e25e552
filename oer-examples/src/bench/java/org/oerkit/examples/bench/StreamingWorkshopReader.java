package org.oerkit.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.oerkit.core.agenda.BreakoutGroup;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.SessionTime;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The streaming baseline of the read benchmarks: a workshop document ({@code "oerkit/workshop/1"}) read by
 * hand-written jackson-core code straight into the same immutable builders that oer-json fills, as a
 * careful user would write it without oer-json's binding.
 *
 * <p>It checks what a reader must (the format, the kind of each token, the domain rules that the builders
 * check) but gives the plainest error messages and no JSON Pointer beyond Jackson's own; unknown
 * properties are skipped. This is the cost oer-json's codecs are measured against (fabienrenaud's
 * java-json-benchmark calls it "stream").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StreamingWorkshopReader {

  private static final String FORMAT = "oerkit/workshop/1";

  private final JsonFactory factory;

  /**
   * Creates the reader with jackson-core's defaults.
   */
  public StreamingWorkshopReader() {
    this(new JsonFactory());
  }

  private StreamingWorkshopReader(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * Creates a reader that also refuses a key repeated in an object, as oer-json does: jackson-core's
   * {@code STRICT_DUPLICATE_DETECTION}, which Jackson documents as costing 20-30 % of parse time.
   *
   * @return the reader
   */
  public static StreamingWorkshopReader withDuplicateDetection() {
    return new StreamingWorkshopReader(JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  }

  /**
   * Reads a workshop document.
   *
   * @param json  the document, UTF-8, not null
   * @return the workshop
   * @throws IllegalArgumentException if the document is not a workshop
   */
  public Workshop read(byte[] json) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      Workshop workshop = workshop(parser);
      if (parser.nextToken() != null) {
        throw problem(parser, "trailing content after the workshop");
      }
      return workshop;
    }
  }

  private static Workshop workshop(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Workshop.Builder workshop = Workshop.builder();
    boolean format = false;
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "format":
          if (!FORMAT.equals(string(parser))) {
            throw problem(parser, "not a " + FORMAT + " document");
          }
          format = true;
          break;
        case "id": workshop.id(string(parser)); break;
        case "title": workshop.title(localizedText(parser)); break;
        case "venue": workshop.venue(string(parser)); break;
        case "city": workshop.city(string(parser)); break;
        case "country": workshop.country(Country.of(string(parser))); break;
        case "zone": workshop.zone(ZoneId.of(string(parser))); break;
        case "startDate": workshop.startDate(LocalDate.parse(string(parser))); break;
        case "endDate": workshop.endDate(LocalDate.parse(string(parser))); break;
        case "organizers":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addOrganizers(organization(parser));
          }
          break;
        case "partners":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addPartners(organization(parser));
          }
          break;
        case "funders":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addFunders(organization(parser));
          }
          break;
        case "background":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addBackground(string(parser));
          }
          break;
        case "objectives":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addObjectives(string(parser));
          }
          break;
        case "participantProfiles":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addParticipantProfiles(string(parser));
          }
          break;
        case "languages":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addLanguages(LanguageTag.parse(string(parser)));
          }
          break;
        case "references":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addReferences(string(parser));
          }
          break;
        case "rooms":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addRooms(room(parser));
          }
          break;
        case "days":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            workshop.addDays(day(parser));
          }
          break;
        case "revision":
          expect(parser, JsonToken.VALUE_NUMBER_INT);
          workshop.revision(parser.getIntValue());
          break;
        case "revisedAt": workshop.revisedAt(Instant.parse(string(parser))); break;
        default: parser.skipChildren();
      }
    }
    if (!format) {
      throw problem(parser, "no \"format\": \"" + FORMAT + "\"");
    }
    return workshop.build();
  }

  private static LocalizedText localizedText(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    LocalizedText.Builder text = LocalizedText.builder();
    String language;
    while ((language = parser.nextName()) != null) {
      parser.nextToken();
      text.put(LanguageTag.parse(language), string(parser));
    }
    return text.build();
  }

  private static Organization organization(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Organization.Builder organization = Organization.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "name": organization.name(string(parser)); break;
        case "acronym": organization.acronym(string(parser)); break;
        case "kind": organization.kind(OrganizationKind.valueOf(string(parser))); break;
        case "country": organization.country(Country.of(string(parser))); break;
        case "parent": organization.parent(organization(parser)); break;
        default: parser.skipChildren();
      }
    }
    return organization.build();
  }

  private static Person person(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Person.Builder person = Person.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "name": person.name(string(parser)); break;
        case "familyName": person.familyName(string(parser)); break;
        case "honorific": person.honorific(string(parser)); break;
        case "position": person.position(string(parser)); break;
        case "affiliations":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            person.addAffiliations(organization(parser));
          }
          break;
        default: parser.skipChildren();
      }
    }
    return person.build();
  }

  private static Role role(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Role.Builder role = Role.builder();
    RoleHolder.Builder holder = RoleHolder.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "kind": role.kind(RoleKind.of(string(parser))); break;
        case "person": holder.person(person(parser)); break;
        case "organization": holder.organization(organization(parser)); break;
        case "announcement": holder.announcement(string(parser)); break;
        case "note": role.note(string(parser)); break;
        default: parser.skipChildren();
      }
    }
    return role.holder(holder.build()).build();
  }

  private static SessionTime time(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    SessionTime.Builder time = SessionTime.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "start": time.start(LocalTime.parse(string(parser))); break;
        case "end": time.end(LocalTime.parse(string(parser))); break;
        case "duration": time.duration(Duration.parse(string(parser))); break;
        case "startInferred": time.startInferred(bool(parser)); break;
        case "endInferred": time.endInferred(bool(parser)); break;
        default: parser.skipChildren();
      }
    }
    return time.build();
  }

  private static Room room(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Room.Builder room = Room.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "id": room.id(string(parser)); break;
        case "name": room.name(string(parser)); break;
        case "capacity":
          expect(parser, JsonToken.VALUE_NUMBER_INT);
          room.capacity(parser.getIntValue());
          break;
        default: parser.skipChildren();
      }
    }
    return room.build();
  }

  private static Part part(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Part.Builder part = Part.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "title": part.title(string(parser)); break;
        case "kind": part.kind(SessionKind.of(string(parser))); break;
        case "time": part.time(time(parser)); break;
        case "description": part.description(string(parser)); break;
        case "roles":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            part.addRoles(role(parser));
          }
          break;
        case "questions":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            part.addQuestions(string(parser));
          }
          break;
        case "expectedOutputs":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            part.addExpectedOutputs(string(parser));
          }
          break;
        default: parser.skipChildren();
      }
    }
    return part.build();
  }

  private static BreakoutGroup group(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    BreakoutGroup.Builder group = BreakoutGroup.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "id": group.id(string(parser)); break;
        case "name": group.name(string(parser)); break;
        case "topic": group.topic(string(parser)); break;
        case "room": group.room(string(parser)); break;
        case "roles":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            group.addRoles(role(parser));
          }
          break;
        case "questions":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            group.addQuestions(string(parser));
          }
          break;
        case "expectedOutputs":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            group.addExpectedOutputs(string(parser));
          }
          break;
        default: parser.skipChildren();
      }
    }
    return group.build();
  }

  private static Session session(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Session.Builder session = Session.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "id": session.id(string(parser)); break;
        case "label": session.label(string(parser)); break;
        case "title": session.title(string(parser)); break;
        case "subtitle": session.subtitle(string(parser)); break;
        case "kind": session.kind(SessionKind.of(string(parser))); break;
        case "time": session.time(time(parser)); break;
        case "room": session.room(string(parser)); break;
        case "description": session.description(string(parser)); break;
        case "roles":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            session.addRoles(role(parser));
          }
          break;
        case "parts":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            session.addParts(part(parser));
          }
          break;
        case "questions":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            session.addQuestions(string(parser));
          }
          break;
        case "expectedOutputs":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            session.addExpectedOutputs(string(parser));
          }
          break;
        case "groups":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            session.addGroups(group(parser));
          }
          break;
        case "interruptedBy":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            session.addInterruptedBy(string(parser));
          }
          break;
        default: parser.skipChildren();
      }
    }
    return session.build();
  }

  private static Day day(JsonParser parser) {
    expect(parser, JsonToken.START_OBJECT);
    Day.Builder day = Day.builder();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      switch (name) {
        case "date": day.date(LocalDate.parse(string(parser))); break;
        case "label": day.label(string(parser)); break;
        case "closesAt": day.closesAt(LocalTime.parse(string(parser))); break;
        case "sessions":
          for (startArray(parser); parser.nextToken() != JsonToken.END_ARRAY;) {
            day.addSessions(session(parser));
          }
          break;
        default: parser.skipChildren();
      }
    }
    return day.build();
  }

  private static String string(JsonParser parser) {
    expect(parser, JsonToken.VALUE_STRING);
    return parser.getString();
  }

  private static boolean bool(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw problem(parser, "expected true or false, found " + token);
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static void startArray(JsonParser parser) {
    expect(parser, JsonToken.START_ARRAY);
  }

  private static void expect(JsonParser parser, JsonToken token) {
    if (parser.currentToken() != token) {
      throw problem(parser, "expected " + token + ", found " + parser.currentToken());
    }
  }

  private static IllegalArgumentException problem(JsonParser parser, String message) {
    return new IllegalArgumentException(message + " at " + parser.streamReadContext().pathAsPointer());
  }
}
