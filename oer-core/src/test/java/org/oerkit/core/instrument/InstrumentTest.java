package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reference instruments and their dates, each with its source. */
class InstrumentTest {

  @Test
  void everyInstrument_hasADateWithASourceAndAText() {
    for (Instrument i : Instrument.values()) {
      assertThat(i.earliest()).as(i.name()).isBeforeOrEqualTo(i.latest());
      assertThat(i.dateSource()).as(i.name()).contains("http");
      assertThat(i.text()).as(i.name()).startsWith("http");
      assertThat(i.date()).as(i.name()).contains(String.valueOf(i.earliest().getYear()));
    }
  }

  @Test
  void instruments_areInTheOrderTheyCameIntoExistence() {
    Instrument[] all = Instrument.values();
    for (int k = 1; k < all.length; k++) {
      assertThat(all[k - 1].latest()).as(all[k].name()).isBefore(all[k].earliest());
    }
  }

  @Test
  void recommendation2019_wasAdoptedOn25November2019() {
    // OER Africa, "UNESCO General Conference adopts OER Recommendation"; 40 C/32.
    assertThat(Instrument.RECOMMENDATION_2019.earliest()).isEqualTo(LocalDate.of(2019, 11, 25));
    assertThat(Instrument.RECOMMENDATION_2019.latest()).isEqualTo(LocalDate.of(2019, 11, 25));
  }

  @Test
  void ictCftVersion3_isKnownByItsYear_andIsCcBySa30Igo() {
    // Imprint: "Published in 2018 ... Attribution-ShareAlike 3.0 IGO (CC-BY-SA 3.0 IGO)".
    assertThat(Instrument.ICT_CFT_VERSION_3.earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(Instrument.ICT_CFT_VERSION_3.latest()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(Instrument.ICT_CFT_VERSION_3.textLicense()).contains("CC BY-SA 3.0 IGO");
    assertThat(Instrument.ICT_CFT_VERSION_3.adoptedBy()).contains("ISBN 978-92-3-100285-4");
  }

  @Test
  void postdates_theDayBeforeTheEarliest_only() {
    assertThat(Instrument.ICT_CFT_VERSION_3.postdates(LocalDate.of(2017, 12, 13))).isTrue();
    assertThat(Instrument.ICT_CFT_VERSION_3.postdates(LocalDate.of(2018, 1, 1))).isFalse();
    assertThat(Instrument.DUBAI_DECLARATION_2024.postdates(LocalDate.of(2024, 11, 18))).isTrue();
    assertThat(Instrument.DUBAI_DECLARATION_2024.postdates(LocalDate.of(2024, 11, 19))).isFalse();
  }

  @Test
  void findByTitle_recognisesTheTitlesDraftsWrite() {
    assertThat(Instrument.findByTitle("Paris OER Declaration")).contains(Instrument.PARIS_DECLARATION_2012);
    assertThat(Instrument.findByTitle("2017 Ljubljana OER Action Plan"))
        .contains(Instrument.LJUBLJANA_ACTION_PLAN_2017);
    assertThat(Instrument.findByTitle("UNESCO Recommendation on OER")).contains(Instrument.RECOMMENDATION_2019);
    assertThat(Instrument.findByTitle("Dubai Declaration on OER")).contains(Instrument.DUBAI_DECLARATION_2024);
    assertThat(Instrument.findByTitle("UNESCO ICT Competency Framework for Teachers, version 3"))
        .contains(Instrument.ICT_CFT_VERSION_3);
    assertThat(Instrument.findByTitle("UNESCO ICT Competency Framework for Teachers (V3)"))
        .contains(Instrument.ICT_CFT_VERSION_3);
    assertThat(Instrument.findByTitle("UNESCO ICT Competency Framework for Teachers, version 2")).isEmpty();
    assertThat(Instrument.findByTitle("Qingdao Declaration")).isEmpty();
  }

  @Test
  void ljubljana_hasFiveAreasAnd41Actions_noneTranscribed() {
    // UNESCO news release, 20 September 2017: "41 recommended actions", five areas.
    assertThat(LjubljanaActionPlan.areas()).hasSize(5);
    assertThat(LjubljanaActionPlan.actionCount()).isEqualTo(41);
    assertThat(LjubljanaActionPlan.transcribedActionCount()).isZero();
    assertThat(LjubljanaActionPlan.ACTIONS_NOT_AVAILABLE).contains("not available").contains("wikisource");
  }

  @Test
  void dubai_groupsItsRecommendationsUnderTheFiveAreas_eachPartSourced() {
    assertThat(DubaiDeclarationPart.values()).filteredOn(p -> p.area().isPresent()).extracting(p -> p.area().get())
        .containsExactly(ActionArea.values());
    for (DubaiDeclarationPart p : DubaiDeclarationPart.values()) {
      assertThat(p.source()).as(p.name()).startsWith("http");
      assertThat(p.summary()).as(p.name()).containsAnyOf("paraphrase", "not transcribed");
    }
  }
}
