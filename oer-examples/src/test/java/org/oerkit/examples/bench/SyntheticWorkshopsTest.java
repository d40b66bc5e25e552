package org.oerkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Workshop;

class SyntheticWorkshopsTest {

  @Test
  void workshop_sameSeedAndIndex_isEqual() {
    assertThat(SyntheticWorkshops.withSeed(42).workshop(7)).isEqualTo(SyntheticWorkshops.withSeed(42).workshop(7));
  }

  @Test
  void workshop_otherSeed_differs() {
    assertThat(SyntheticWorkshops.withSeed(42).workshop(7)).isNotEqualTo(SyntheticWorkshops.withSeed(43).workshop(7));
  }

  @Test
  void workshop_hasRealisticSize() {
    for (int i = 0; i < 20; i++) {
      Workshop workshop = SyntheticWorkshops.withSeed(42).workshop(i);

      assertThat(workshop.days()).hasSizeBetween(3, 5);
      workshop.days().forEach(d -> assertThat(d.sessions()).hasSizeBetween(10, 20));
      assertThat(workshop.sessions()).anySatisfy(s -> assertThat(s.parts()).isNotEmpty());
      assertThat(workshop.endDate()).isEqualTo(workshop.startDate().plusDays(workshop.days().size() - 1L));
    }
  }

  @Test
  void programme_hasTheAskedNumberOfSessions() {
    assertThat(SyntheticWorkshops.withSeed(42).programme(1).sessions()).hasSize(1);
    assertThat(SyntheticWorkshops.withSeed(42).programme(1234).sessions()).hasSize(1234);
  }
}
