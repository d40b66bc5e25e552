package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Money;

/** Work-plan actions as Session 13 of the Astana 2017 concept note asks for them. */
class WorkPlanTest {

  private static WorkPlanAction.Builder action(String id) {
    return WorkPlanAction.builder().id(id).title("Action " + id);
  }

  @Test
  void totalCost_sumsPerCurrencyInOrderOfAppearance() {
    WorkPlan plan = WorkPlan.of(
        action("A1").cost(Money.ofMajor("KZT", 1_000_000)).build(),
        action("A2").cost(Money.ofMajor("USD", 20_000)).build(),
        action("A3").cost(Money.ofMajor("KZT", 500_000)).build(),
        action("A4").build());
    assertThat(plan.totalCost()).containsExactly(
        java.util.Map.entry(Currency.getInstance("KZT"), Money.ofMajor("KZT", 1_500_000)),
        java.util.Map.entry(Currency.getInstance("USD"), Money.ofMajor("USD", 20_000)));
    assertThat(plan.action("A3")).isPresent();
    assertThat(plan.action("A9")).isEmpty();
  }

  @Test
  void action_sharedId_findsTheFirst() {
    WorkPlan plan = WorkPlan.of(action("A1").title("First").build(), action("A1").title("Second").build());
    assertThat(plan.action("A1").map(WorkPlanAction::title)).contains("First");
  }

  @Test
  void action_leadAmongPartners_isRefused() {
    assertThatThrownBy(() -> action("A1").lead(PolicyDraftTest.MINISTRY).addPartners(PolicyDraftTest.MINISTRY)
        .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("WorkPlanAction.partners must not include the lead");
  }

  @Test
  void action_negativeCost_isRefused() {
    assertThatThrownBy(() -> action("A1").cost(Money.ofMajor("KZT", -1)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("WorkPlanAction.cost must not be negative, was \"KZT -1.00\"");
  }

  @Test
  void action_malformedId_isRefused() {
    assertThatThrownBy(() -> action("A 1").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("WorkPlanAction.id must be letters and digits");
  }

  @Test
  void fundingSource_negativeAmount_isRefused() {
    assertThatThrownBy(() -> FundingSource.builder().kind(FundingSourceKind.STATE_BUDGET)
        .amount(Money.ofMajor("KZT", -5)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("FundingSource.amount must not be negative");
    assertThat(FundingSource.of(FundingSourceKind.INTERNATIONAL_DONOR).isSecured()).isFalse();
  }

  @Test
  void milestone_blankTitle_isRefused() {
    assertThatThrownBy(() -> Milestone.of(" ", LocalDate.of(2018, 6, 1)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Milestone.title must not be blank");
  }

  @Test
  void equals_comparesEveryAttribute() {
    WorkPlanAction a = action("A1").lead(PolicyDraftTest.MINISTRY).build();
    new EqualsTester()
        .addEqualityGroup(a, WorkPlanAction.builder().from(a).build())
        .addEqualityGroup(WorkPlanAction.builder().from(a).lead(java.util.Optional.empty()).build())
        .addEqualityGroup(WorkPlanAction.builder().from(a).cost(Money.ofMajor("KZT", 1)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(WorkPlan.of(a), WorkPlan.of(java.util.List.of(a)))
        .addEqualityGroup(WorkPlan.empty())
        .testEquals();
  }
}
