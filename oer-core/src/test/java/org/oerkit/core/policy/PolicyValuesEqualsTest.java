package org.oerkit.core.policy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.instrument.SubAction;

/** Equality of the policy package's smaller value types: every attribute counts. */
class PolicyValuesEqualsTest {

  @Test
  void scope() {
    Scope a = Scope.builder().addSectors(EducationSector.SCHOOL).build();
    new EqualsTester().addEqualityGroup(a, Scope.builder().from(a).build())
        .addEqualityGroup(Scope.builder().from(a).addLearningModes(LearningMode.INFORMAL).build())
        .addEqualityGroup(Scope.builder().from(a).note(Drafts.en("Nationwide")).build()).testEquals();
  }

  @Test
  void relatedInstrument() {
    RelatedInstrument a = RelatedInstrument.of("Digital Kazakhstan", PolicyRelation.ALIGNS_WITH);
    new EqualsTester().addEqualityGroup(a, RelatedInstrument.builder().from(a).build())
        .addEqualityGroup(RelatedInstrument.of("Digital Kazakhstan", PolicyRelation.AMENDS))
        .addEqualityGroup(RelatedInstrument.builder().from(a).year(2017).build()).testEquals();
  }

  @Test
  void openMaterials() {
    OpenMaterials a = OpenMaterials.builder().addCategories(MaterialCategory.TEXTBOOK).build();
    new EqualsTester().addEqualityGroup(a, OpenMaterials.builder().from(a).build())
        .addEqualityGroup(OpenMaterials.builder().from(a).publiclyFundedOpen(true).build())
        .addEqualityGroup(OpenMaterials.builder().from(a).repository("OpenU").build()).testEquals();
  }

  @Test
  void strategyAndCapacityBuilding() {
    Strategy s = Strategy.of("Repository", SubAction.of("11(d)"));
    new EqualsTester().addEqualityGroup(s, Strategy.builder().from(s).build())
        .addEqualityGroup(Strategy.of("Repository")).testEquals();
    CapacityBuilding c = CapacityBuilding.builder().addMeasures("Training").build();
    new EqualsTester().addEqualityGroup(c, CapacityBuilding.builder().from(c).build())
        .addEqualityGroup(CapacityBuilding.builder().from(c).addAudiences(Stakeholder.TEACHER).build())
        .testEquals();
  }

  @Test
  void coordinationAndResponsibility() {
    CoordinatingStructure s = CoordinatingStructure.builder().lead(Drafts.MINISTRY).build();
    new EqualsTester().addEqualityGroup(s, CoordinatingStructure.builder().from(s).build())
        .addEqualityGroup(CoordinatingStructure.builder().from(s).addMembers(Drafts.LIBRARY).build()).testEquals();
    new EqualsTester().addEqualityGroup(Responsibility.of(Drafts.MINISTRY, "Chairs"),
            Responsibility.of(Drafts.MINISTRY, "Chairs"))
        .addEqualityGroup(Responsibility.of(Drafts.MINISTRY, "Reports")).testEquals();
  }

  @Test
  void fundingMilestoneObjectiveMeasurement() {
    FundingSource f = FundingSource.of(FundingSourceKind.STATE_BUDGET);
    new EqualsTester().addEqualityGroup(f, FundingSource.builder().from(f).build())
        .addEqualityGroup(FundingSource.builder().from(f).secured(true).build())
        .addEqualityGroup(FundingSource.of(FundingSourceKind.CROWDFUNDING)).testEquals();
    new EqualsTester().addEqualityGroup(Milestone.of("M", LocalDate.of(2018, 1, 1)),
            Milestone.of("M", LocalDate.of(2018, 1, 1)))
        .addEqualityGroup(Milestone.of("M", LocalDate.of(2018, 1, 2))).testEquals();
    new EqualsTester().addEqualityGroup(Objective.of("O1", Drafts.en("x")), Objective.of("O1", Drafts.en("x")))
        .addEqualityGroup(Objective.of("O2", Drafts.en("x"))).testEquals();
    new EqualsTester().addEqualityGroup(Measurement.of(5, 2020), Measurement.of(BigDecimal.valueOf(5), Year.of(2020)))
        .addEqualityGroup(Measurement.of(5, 2021)).testEquals();
  }

  @Test
  void indicatorAndVersion() {
    MonitoringIndicator i = MonitoringIndicator.builder().id("I1").name("n").build();
    new EqualsTester().addEqualityGroup(i, MonitoringIndicator.builder().from(i).build())
        .addEqualityGroup(MonitoringIndicator.builder().from(i).unit("%").build()).testEquals();
    PolicyVersion v = PolicyVersion.of("0.1", LocalDate.of(2017, 12, 13), PolicyStatus.DRAFT);
    new EqualsTester().addEqualityGroup(v, PolicyVersion.builder().from(v).build())
        .addEqualityGroup(PolicyVersion.builder().from(v).note("Agreed in plenary").build()).testEquals();
  }

  @Test
  void coverage() {
    Coverage c = GapAnalysis.standard().coverage(Drafts.complete().build());
    new EqualsTester().addEqualityGroup(c, GapAnalysis.standard().coverage(Drafts.complete().build()))
        .addEqualityGroup(GapAnalysis.standard().coverage(Drafts.kyrgyzstan())).testEquals();
  }
}
