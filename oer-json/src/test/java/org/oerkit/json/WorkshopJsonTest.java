package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Workshop;

class WorkshopJsonTest {

  private static byte[] json(String text) {
    return text.replace('\'', '"').getBytes(UTF_8);
  }

  private static String minimal(String more) {
    return "{'format':'oerkit/workshop/1','id':'w1','title':{'en':'T'},'zone':'Asia/Almaty',"
        + "'startDate':'2017-12-11','endDate':'2017-12-13'" + more + "}";
  }

  @Test
  void write_astana_matchesGoldenFile() {
    assertThat(OerJson.writeString(AgendaSamples.astana())).isEqualTo(Golden.read("workshop.json"));
  }

  @Test
  void read_goldenWorkshop_givesEqualWorkshop() {
    assertThat(OerJson.read(Golden.bytes("workshop.json"), Workshop.class)).isEqualTo(AgendaSamples.astana());
  }

  @Test
  void goldenWorkshop_validatesAgainstTheShippedSchema() {
    assertThat(Schemas.errors(DocumentType.WORKSHOP, Golden.bytes("workshop.json"))).isEmpty();
  }

  @Test
  void write_everyGeneratedWorkshop_readsBackEqualAndValidates() {
    qt().withExamples(150).forAll(AgendaSamples.workshops()).check(w -> {
      byte[] bytes = OerJson.write(w);
      return OerJson.read(bytes, Workshop.class).equals(w)
          && Arrays.equals(bytes, OerJson.write(OerJson.read(bytes, Workshop.class)))
          && Schemas.errors(DocumentType.WORKSHOP, bytes).isEmpty();
    });
  }

  @Test
  void detect_workshop_givesItsType() {
    assertThat(OerJson.detect(Golden.bytes("workshop.json"))).isEqualTo(DocumentType.WORKSHOP);
    assertThat(OerJson.readDocument(Golden.bytes("workshop.json"))).isEqualTo(AgendaSamples.astana());
  }

  @Test
  void detect_unknownFormat_isRefusedAtFormat() {
    assertThatThrownBy(() -> OerJson.detect(json("{'format':'oerkit/workshop/9','id':'x'}")))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/format");
          assertThat(e.problem()).contains("not a format this version of oerkit reads", "oerkit/workshop/1");
        });
    assertThatThrownBy(() -> OerJson.detect(json("{'id':'x'}")))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("does not start with a \"format\"");
    assertThatThrownBy(() -> OerJson.detect(json("{'id':'x','format':'oerkit/workshop/1'}")))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("does not start with a \"format\"");
    assertThatThrownBy(() -> OerJson.detect(json("[]")))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("not an oerkit document");
  }

  @Test
  void read_laterFormatVersion_isRefusedWithAdvice() {
    assertThatThrownBy(() -> OerJson.read(json(minimal("").replace("workshop/1", "workshop/2")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/format");
          assertThat(e.problem()).contains("\"oerkit/workshop/2\"", "cannot read");
        });
  }

  @Test
  void read_missingFormat_isRefused() {
    assertThatThrownBy(() -> OerJson.read(json(minimal("").replace("'format':'oerkit/workshop/1',", "")),
        Workshop.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("starts with \"format\"");
    assertThatThrownBy(() -> OerJson.read(json("{}"), Workshop.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("needs the property \"format\"");
  }

  @Test
  void read_formatNotTheFirstProperty_isRefusedAtTheFirstProperty() {
    String moved = minimal("").replace("'format':'oerkit/workshop/1','id':'w1',", "'id':'w1','format':'oerkit/workshop/1',");
    assertThatThrownBy(() -> OerJson.read(json(moved), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.problem())
            .contains("starts with \"format\"", "put it before \"id\""));
  }

  @Test
  void read_zoneThatIsNoIanaRegion_isRefusedLikeTheSchemaRefusesIt() {
    for (String zone : new String[] {"+05:00", "Z", "UTC+5", "GMT+05:00", "UTC+05:00"}) {
      byte[] document = json(minimal("").replace("Asia/Almaty", zone));
      assertThatThrownBy(() -> OerJson.read(document, Workshop.class)).as(zone)
          .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/zone"));
      assertThat(Schemas.errors(DocumentType.WORKSHOP, document)).as(zone).isNotEmpty();
    }
    for (String zone : new String[] {"UTC", "Etc/GMT+5", "America/Argentina/Buenos_Aires", "EST5EDT"}) {
      byte[] document = json(minimal("").replace("Asia/Almaty", zone));
      assertThat(OerJson.read(document, Workshop.class).zone().getId()).isEqualTo(zone);
      assertThat(Schemas.errors(DocumentType.WORKSHOP, document)).as(zone).isEmpty();
    }
  }

  @Test
  void read_endBeforeStart_pointsAtEndDate() {
    assertThatThrownBy(() -> OerJson.read(json(minimal("").replace("2017-12-13", "2017-12-10")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/endDate");
          assertThat(e.problem()).contains("Workshop.endDate must not be before the start date");
        });
  }

  @Test
  void read_impossibleDate_pointsAtIt() {
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'days':[{'date':'2025-02-30'}]")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/days/0/date");
          assertThat(e.problem()).isEqualTo("\"2025-02-30\" is not a date written YYYY-MM-DD, such as \"2017-12-11\".");
        });
  }

  @Test
  void read_sessionRuleBroken_pointsIntoTheSession() {
    String session = "{'id':'s1','title':'T','interruptedBy':['s1']}";
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'days':[{'date':'2017-12-11','sessions':[" + session
        + "]}]")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/days/0/sessions/0/interruptedBy");
          assertThat(e.problem()).contains("Session.interruptedBy must not name the session itself");
        });
  }

  @Test
  void read_timeRuleBroken_pointsAtTheAttribute() {
    String session = "{'id':'s1','title':'T','time':{'endInferred':true}}";
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'days':[{'date':'2017-12-11','sessions':[" + session
        + "]}]")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e ->
            assertThat(e.pointer()).isEqualTo("/days/0/sessions/0/time/endInferred"));
  }

  @Test
  void read_roleWithTwoHolders_isRefusedAtTheRole() {
    String role = "{'kind':'moderator','announcement':'TBD','organization':{'name':'O','kind':'NGO'}}";
    String session = "{'id':'s1','title':'T','roles':[" + role + "]}";
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'days':[{'date':'2017-12-11','sessions':[" + session
        + "]}]")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/days/0/sessions/0/roles/0");
          assertThat(e.problem()).contains("exactly one of \"person\", \"organization\", \"announcement\", but has 2");
        });
  }

  @Test
  void read_badIdentifiersAndKinds_pointAtThem() {
    assertThatThrownBy(() -> OerJson.read(json(minimal("").replace("'id':'w1'", "'id':'w 1'")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/id"));
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'days':[{'date':'2017-12-11','sessions':"
        + "[{'id':'s1','title':'T','kind':'Coffee Break'}]}]")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/days/0/sessions/0/kind");
          assertThat(e.problem()).contains("SessionKind.id must be lower-case words");
        });
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'rooms':[{'id':'r','name':'R','capacity':0}]")),
        Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/rooms/0/capacity"));
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'rooms':[{'id':'r','name':'R','capacity':1.5}]")),
        Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.problem()).startsWith("Expected a whole"));
    assertThatThrownBy(() -> OerJson.read(json(minimal(",'revision':99999999999")), Workshop.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.problem()).contains("too large"));
  }

  @Test
  void truncation_atEveryByteOfTheGoldenWorkshop_isRefused() {
    byte[] valid = Golden.bytes("workshop.json");
    int end = new String(valid, UTF_8).lastIndexOf('}');
    for (int length = 0; length <= end; length++) {
      int n = length;
      assertThatThrownBy(() -> OerJson.read(Arrays.copyOf(valid, n), Workshop.class)).as("prefix %s", n)
          .isInstanceOf(OerJsonException.class);
    }
  }

  @Test
  void check_validDocument_givesAnEmptyReport() {
    assertThat(OerJson.check(Golden.bytes("workshop.json")).isEmpty()).isTrue();
  }

  @Test
  void check_unknownPropertiesAndErrors_giveFindings() {
    org.oerkit.core.Report warnings = OerJson.check(json(minimal(",'x':1,'y':2")));
    assertThat(warnings.count(org.oerkit.core.Severity.WARNING)).isEqualTo(2);
    assertThat(warnings.hasErrors()).isFalse();
    org.oerkit.core.Report error = OerJson.check(json(minimal(",'days':[{'date':'2025-02-30'}]")));
    assertThat(error.hasErrors()).isTrue();
    assertThat(error.findings().get(0).location()).isEqualTo("/days/0/date");
    assertThat(error.findings().get(0).message()).startsWith("line 1, column ");
    assertThat(error.findings().get(0).rule().id()).isEqualTo("json.unreadable");
    assertThat(OerJson.check(json("{'x':")).findings().get(0).message()).contains("ends too early");
  }

  @Test
  void sessionWithDefaults_leavesThemOut() {
    Session session = Session.of("s1", org.oerkit.core.agenda.SessionKind.OTHER, "T",
        org.oerkit.core.agenda.SessionTime.unknown());
    assertThat(OerJson.writeString(session)).isEqualTo("{\n  \"id\": \"s1\",\n  \"title\": \"T\",\n"
        + "  \"kind\": \"other\"\n}\n");
  }
}
