package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/** The open sets of session kinds and role kinds. */
class KindsTest {

  @Test
  void sessionKindOf_defaultId_returnsTheConstant() {
    assertThat(SessionKind.of("coffee-break")).isSameAs(SessionKind.COFFEE_BREAK);
    assertThat(SessionKind.defaults()).contains(SessionKind.REGISTRATION, SessionKind.GROUP_DISCUSSION,
        SessionKind.PRESS_BRIEFING, SessionKind.GROUP_PHOTO, SessionKind.RECEPTION, SessionKind.CLOSING);
  }

  @Test
  void sessionKindOf_newId_isAnOpenSetMember() {
    SessionKind excursion = SessionKind.of("excursion");
    assertThat(excursion.id()).isEqualTo("excursion");
    assertThat(excursion.label()).isEqualTo("Excursion");
    assertThat(excursion.isBreak()).isFalse();
    assertThat(SessionKind.defaults()).doesNotContain(excursion);
  }

  @Test
  void sessionKindOf_malformedId_isRefused() {
    assertThatThrownBy(() -> SessionKind.of("Coffee Break"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("SessionKind.id must be lower-case words separated by hyphens, at most 128 characters, was \"Coffee Break\"");
  }

  @Test
  void sessionKind_breaksAndGroupWork_areMarked() {
    assertThat(SessionKind.COFFEE_BREAK.isBreak()).isTrue();
    assertThat(SessionKind.LUNCH.isBreak()).isTrue();
    assertThat(SessionKind.RECEPTION.isBreak()).isTrue();
    assertThat(SessionKind.PANEL.isBreak()).isFalse();
    assertThat(SessionKind.GROUP_DISCUSSION.isGroupWork()).isTrue();
    assertThat(SessionKind.GROUP_RESULTS.isGroupWork()).isFalse();
    assertThat(SessionKind.COFFEE_BREAK.label()).isEqualTo("Coffee break");
  }

  @Test
  void sessionKind_equalsById() {
    new EqualsTester()
        .addEqualityGroup(SessionKind.of("excursion"), SessionKind.of("excursion"))
        .addEqualityGroup(SessionKind.LUNCH, SessionKind.of("lunch"))
        .testEquals();
  }

  @Test
  void roleKindOf_defaultId_returnsTheConstant() {
    assertThat(RoleKind.of("moderator")).isSameAs(RoleKind.MODERATOR);
    assertThat(RoleKind.defaults()).contains(RoleKind.MODERATOR, RoleKind.PRESENTER, RoleKind.FACILITATOR,
        RoleKind.SPEAKER, RoleKind.CHAIR, RoleKind.RAPPORTEUR);
  }

  @Test
  void roleKindOf_malformedId_isRefused() {
    assertThatThrownBy(() -> RoleKind.of("note taker"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("RoleKind.id must be lower-case words separated by hyphens");
  }

  @Test
  void roleKind_iCalendarRole_followsRfc5545() {
    // RFC 5545 section 3.2.16: CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT.
    assertThat(RoleKind.MODERATOR.iCalendarRole()).isEqualTo("CHAIR");
    assertThat(RoleKind.PRESENTER.iCalendarRole()).isEqualTo("REQ-PARTICIPANT");
    assertThat(RoleKind.PARTICIPANT.iCalendarRole()).isEqualTo("OPT-PARTICIPANT");
    assertThat(RoleKind.ORGANIZER.iCalendarRole()).isEqualTo("NON-PARTICIPANT");
    assertThat(RoleKind.of("note-taker").iCalendarRole()).isEqualTo("REQ-PARTICIPANT");
    assertThat(RoleKind.MASTER_OF_CEREMONIES.label()).isEqualTo("Master of ceremonies");
  }

  @Test
  void roleKind_equalsById() {
    new EqualsTester()
        .addEqualityGroup(RoleKind.of("note-taker"), RoleKind.of("note-taker"))
        .addEqualityGroup(RoleKind.CHAIR, RoleKind.of("chair"))
        .testEquals();
  }

  @Test
  void kinds_sortAndPrintByTheirId() {
    assertThat(java.util.List.of(SessionKind.LUNCH, SessionKind.of("excursion"), SessionKind.CLOSING).stream()
        .sorted().map(SessionKind::toString)).containsExactly("closing", "excursion", "lunch");
    assertThat(java.util.List.of(RoleKind.MODERATOR, RoleKind.of("note-taker"), RoleKind.CHAIR).stream()
        .sorted().map(RoleKind::toString)).containsExactly("chair", "moderator", "note-taker");
    assertThat(RoleKind.of("note-taker").id()).isEqualTo("note-taker");
  }

  @Test
  void kinds_serialized_readBackAsTheirConstants() throws Exception {
    assertThat(serialized(SessionKind.LUNCH)).isSameAs(SessionKind.LUNCH);
    assertThat(serialized(RoleKind.MODERATOR)).isSameAs(RoleKind.MODERATOR);
    assertThat(serialized(SessionKind.of("excursion"))).isEqualTo(SessionKind.of("excursion"));
  }

  private static Object serialized(Object value) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
