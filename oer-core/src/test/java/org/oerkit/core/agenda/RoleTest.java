package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerkit.core.agenda.Samples.FOCAL_GROUP;
import static org.oerkit.core.agenda.Samples.LINA_BENETE;
import static org.oerkit.core.agenda.Samples.MES_KAZAKHSTAN;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/** Roles and their holders, as the Astana 2017 concept note prints them. */
class RoleTest {

  @Test
  void holder_person_isAPerson() {
    RoleHolder holder = RoleHolder.of(LINA_BENETE);
    assertThat(holder.kind()).isEqualTo(RoleHolder.Kind.PERSON);
    assertThat(holder.isNamed()).isTrue();
    assertThat(holder.name()).isEqualTo("Lina Benete");
    assertThat(holder.description())
        .isEqualTo("Lina Benete, Education Programme Specialist, UNESCO Almaty Cluster Office");
  }

  @Test
  void holder_ministry_isAnOrganization() {
    // "Presenter: Ministry of Education and Science" (Session 7).
    RoleHolder holder = RoleHolder.of(MES_KAZAKHSTAN);
    assertThat(holder.kind()).isEqualTo(RoleHolder.Kind.ORGANIZATION);
    assertThat(holder.name()).isEqualTo("Ministry of Education and Science of the Republic of Kazakhstan");
  }

  @Test
  void holder_focalGroup_isAGroup() {
    // "Facilitators: National OER Focal group as group leaders" (Session 9).
    assertThat(RoleHolder.of(FOCAL_GROUP).kind()).isEqualTo(RoleHolder.Kind.GROUP);
  }

  @Test
  void holder_tbd_isNotAPerson() {
    // "Moderator: TBD" (Session 14).
    RoleHolder holder = RoleHolder.toBeAnnounced();
    assertThat(holder.kind()).isEqualTo(RoleHolder.Kind.TO_BE_ANNOUNCED);
    assertThat(holder.isNamed()).isFalse();
    assertThat(holder.person()).isEmpty();
    assertThat(holder.name()).isEqualTo("TBD");
  }

  @Test
  void holder_nothing_isRefused() {
    assertThatThrownBy(() -> RoleHolder.builder().build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("RoleHolder.person must be exactly one of a person, an organization or an announcement");
  }

  @Test
  void holder_personAndOrganization_isRefused() {
    assertThatThrownBy(() -> RoleHolder.builder().person(LINA_BENETE).organization(FOCAL_GROUP).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must be exactly one of");
  }

  @Test
  void holder_blankAnnouncement_isRefused() {
    assertThatThrownBy(() -> RoleHolder.toBeAnnounced(" "))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("RoleHolder.announcement must not be blank");
  }

  @Test
  void line_printsRoleHolderAndNote() {
    Role role = Role.facilitator(FOCAL_GROUP).withNote("as group leaders");
    assertThat(role.line()).isEqualTo("Facilitator: National OER Focal group as group leaders");
    assertThat(Role.toBeAnnounced(RoleKind.MODERATOR).line()).isEqualTo("Moderator: TBD");
  }

  @Test
  void note_blank_isRefused() {
    assertThatThrownBy(() -> Role.moderator(LINA_BENETE).withNote(""))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Role.note must not be blank");
  }

  @Test
  void equals_followsKindHolderAndNote() {
    new EqualsTester()
        .addEqualityGroup(Role.moderator(LINA_BENETE), Role.of(RoleKind.MODERATOR, RoleHolder.of(LINA_BENETE)))
        .addEqualityGroup(Role.presenter(LINA_BENETE))
        .addEqualityGroup(Role.moderator(LINA_BENETE).withNote("tbc"))
        .addEqualityGroup(Role.moderator(FOCAL_GROUP), Role.of(RoleKind.MODERATOR, FOCAL_GROUP))
        .addEqualityGroup(RoleHolder.toBeAnnounced(), RoleHolder.toBeAnnounced("TBD"))
        .testEquals();
  }

  @Test
  void identity_isTheNameAsWritten_ofAPersonAnOrganizationOrAnAnnouncement() {
    assertThat(RoleHolder.of(LINA_BENETE).identity()).isEqualTo("person:Lina Benete");
    assertThat(RoleHolder.of(MES_KAZAKHSTAN).identity())
        .isEqualTo("organization:Ministry of Education and Science of the Republic of Kazakhstan");
    assertThat(RoleHolder.toBeAnnounced().identity()).isEqualTo("announcement:TBD");
  }

  @Test
  void presenter_organization_andWithNote_keepTheKindAndHolder() {
    // "Presenter: Ministry of Education and Science" (Session 7); "National OER Focal group as group leaders".
    Role ministry = Role.presenter(MES_KAZAKHSTAN);
    Role leaders = Role.facilitator(FOCAL_GROUP).withNote("as group leaders");
    assertThat(ministry.kind()).isEqualTo(RoleKind.PRESENTER);
    assertThat(ministry.holder()).isEqualTo(RoleHolder.of(MES_KAZAKHSTAN));
    assertThat(leaders.kind()).isEqualTo(RoleKind.FACILITATOR);
    assertThat(leaders.note()).contains("as group leaders");
  }
}
