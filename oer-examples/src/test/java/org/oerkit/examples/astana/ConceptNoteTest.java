package org.oerkit.examples.astana;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;

/**
 * Every text field of {@link Astana2017} is the concept note's: each must occur in the note's passages
 * (src/test/resources/org/oerkit/examples/astana/concept-note-passages.txt, see the README beside it), read
 * with only the cleaning decisions that {@code Astana2017} records (C2 to C23). "[…]" in a field marks an
 * omission, so each of its pieces must occur. A quoted phrase may start with a capital letter the note's
 * running text does not have ("First draft of…" from "…consensus of the first draft of…").
 */
class ConceptNoteTest {

  /** The cleaning decisions of {@code Astana2017} that change the note's words, applied in this order. */
  private static final Map<String, String> CLEANING = cleaning();

  private static final List<String> NOTE = passages();

  private final Workshop workshop = Astana2017.workshop();

  private static Map<String, String> cleaning() {
    Map<String, String> cleaning = new LinkedHashMap<>();
    cleaning.put("MayraTurganbaevna", "Mayra Turganbaevna"); // C2
    cleaning.put("Chief, of Unit", "Chief of Unit"); // C3
    cleaning.put("UNESCO Almty Cluster Office", "UNESCO Almaty Cluster Office"); // C4
    cleaning.put("What open licensee should", "What open license should"); // C11
    cleaning.put("national OER Focus Group", "national OER Focal group"); // C13
    cleaning.put("20-22June", "20-22 June"); // C22
    cleaning.put("¹", ""); // C23
    cleaning.put("²", "");
    cleaning.put("³", "");
    return cleaning;
  }

  private static List<String> passages() {
    try (InputStream in = ConceptNoteTest.class.getResourceAsStream("concept-note-passages.txt")) {
      List<String> passages = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.substring(line.indexOf('\t') + 1);
        for (Map.Entry<String, String> c : CLEANING.entrySet()) {
          text = text.replace(c.getKey(), c.getValue());
        }
        passages.add(text);
      }
      return List.copyOf(passages);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether a phrase occurs in one passage of the note, as it is or with its first letter in lower case. */
  private static boolean inNote(String phrase) {
    String lower = phrase.isEmpty() ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    return NOTE.stream().anyMatch(p -> p.contains(phrase) || p.contains(lower));
  }

  /** The pieces of a field that are not in the note: none when the field is quoted. */
  private static List<String> notInNote(String field) {
    List<String> missing = new ArrayList<>();
    for (String piece : field.split("\\[…]")) {
      String quoted = piece.strip();
      if (!quoted.isEmpty() && !inNote(quoted)) {
        missing.add(quoted);
      }
    }
    return missing;
  }

  /** The fields of a list that are not in the note, each with the pieces that are missing. */
  private static List<String> notInNote(List<String> fields) {
    return fields.stream().filter(f -> !notInNote(f).isEmpty()).map(f -> f + " -> " + notInNote(f))
        .collect(Collectors.toList());
  }

  @Test
  void quotation_thatTheNoteDoesNotHave_isFound() {
    // The paraphrase the example used to present as the note's background.
    assertThat(notInNote("Since 2013, the annual Central Asia Symposiums on ICT Education (CASIE) have called for"
        + " attention to OER.")).hasSize(1);
    assertThat(notInNote("Responses of Kazakhstan to the UNESCO OER questionnaire")).hasSize(1);
  }

  @Test
  void titleVenueAndCity_areTheNotes() {
    assertThat(notInNote(List.of(workshop.title().original(), workshop.venue().orElseThrow(),
        workshop.city().orElseThrow()))).isEmpty();
  }

  @Test
  void background_isTheNotesSentences_abridgedWithMarks() {
    assertThat(notInNote(workshop.background())).isEmpty();
    assertThat(workshop.background()).hasSize(8);
    assertThat(String.join(" ", workshop.background()))
        .contains("designates \"teaching, learning and research materials in any medium")
        .contains("Member States should embrace the commitment")
        .contains("Kazakhstan required comprehensive programmes on nation-wide training in ICTs in education")
        .contains("[…]");
  }

  @Test
  void objectivesParticipantsAndReferences_areTheNotes() {
    assertThat(notInNote(workshop.objectives())).isEmpty();
    assertThat(notInNote(workshop.participantProfiles())).isEmpty();
    assertThat(notInNote(workshop.references())).isEmpty();
  }

  @Test
  void sessionsAndParts_titlesDescriptionsQuestionsAndOutputs_areTheNotes() {
    List<String> fields = new ArrayList<>();
    for (Session session : workshop.sessions()) {
      fields.add(session.title());
      session.subtitle().ifPresent(fields::add);
      session.description().ifPresent(fields::add);
      fields.addAll(session.questions());
      fields.addAll(session.expectedOutputs());
      session.parts().forEach(part -> addPart(part, fields));
    }

    assertThat(notInNote(fields)).isEmpty();
  }

  /** A part's own texts, then its parts' (Session 5's "OER Initiatives in Kazakhstan" holds two). */
  private static void addPart(Part part, List<String> fields) {
    fields.add(part.title());
    part.description().ifPresent(fields::add);
    fields.addAll(part.questions());
    fields.addAll(part.expectedOutputs());
    part.parts().forEach(inner -> addPart(inner, fields));
  }

  @Test
  void roles_peopleTheirPositionsAndOrganizations_areTheNotes() {
    List<String> fields = new ArrayList<>();
    for (Role role : workshop.sessions().stream().flatMap(s -> s.allRoles().stream()).collect(Collectors.toList())) {
      role.note().ifPresent(fields::add);
      role.holder().announcement().ifPresent(fields::add);
      role.holder().organization().map(Organization::name).ifPresent(fields::add);
      Optional<Person> person = role.holder().person();
      person.ifPresent(p -> {
        fields.add(p.name());
        p.position().ifPresent(fields::add);
        p.affiliations().forEach(o -> fields.add(o.name()));
      });
    }

    assertThat(fields).isNotEmpty();
    assertThat(notInNote(fields)).isEmpty();
  }

  @Test
  void expectedOutputs_onlyWhereTheNoteNamesThem_sessions12To14() {
    List<String> withOutputs = workshop.sessions().stream()
        .filter(s -> !s.expectedOutputs().isEmpty() || s.parts().stream().anyMatch(p -> !p.expectedOutputs().isEmpty()))
        .map(Session::id).collect(Collectors.toList());

    assertThat(withOutputs).containsExactly("session-12", "session-13", "session-14");
  }
}
