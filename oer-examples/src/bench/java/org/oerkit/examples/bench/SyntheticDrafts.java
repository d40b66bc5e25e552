package org.oerkit.examples.bench;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.policy.CapacityBuilding;
import org.oerkit.core.policy.FundingSource;
import org.oerkit.core.policy.FundingSourceKind;
import org.oerkit.core.policy.MaterialCategory;
import org.oerkit.core.policy.Measurement;
import org.oerkit.core.policy.MonitoringIndicator;
import org.oerkit.core.policy.Objective;
import org.oerkit.core.policy.OpenMaterials;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.Strategy;
import org.oerkit.core.policy.WorkPlan;
import org.oerkit.core.policy.WorkPlanAction;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Money;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;

/**
 * Generates national OER policy drafts from a seed, shaped like the illustrative Kazakhstan draft of the
 * Astana 2017 workshop, more or less complete: some template sections written and some missing, strategies
 * and work-plan actions addressing a random share of the 33 sub-actions of the 2019 Recommendation, actions
 * with and without a lead or funding, objectives with and without indicators. Gap analysis then has
 * findings of every kind to report.
 *
 * <p>The same seed and index always give an equal draft.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticDrafts {

  private static final Country[] COUNTRIES = {Country.KAZAKHSTAN, Country.KYRGYZSTAN, Country.TAJIKISTAN,
      Country.UZBEKISTAN, Country.FRANCE};
  private static final String[] CURRENCIES = {"KZT", "KGS", "TJS", "UZS", "EUR"};
  private static final String[] WORDS = {"open", "educational", "resources", "policy", "licence", "teachers",
      "learners", "quality", "access", "national", "repository", "universities", "ministry", "lifelong",
      "learning", "digital", "content", "adaptation", "sharing", "capacity", "funding", "monitoring"};

  private final long seed;

  private SyntheticDrafts(long seed) {
    this.seed = seed;
  }

  /**
   * Obtains a generator for a seed.
   *
   * @param seed  the seed
   * @return the generator
   */
  public static SyntheticDrafts withSeed(long seed) {
    return new SyntheticDrafts(seed);
  }

  /**
   * Generates one draft.
   *
   * @param index  the number of the draft, 0 or more
   * @return the draft, equal for equal seeds and indexes
   */
  public PolicyDraft draft(int index) {
    SplittableRandom random = new SplittableRandom(seed * 17 + index);
    int place = random.nextInt(COUNTRIES.length);
    Organization ministry = Organization.builder().name("Ministry of Education " + index)
        .kind(OrganizationKind.MINISTRY).country(COUNTRIES[place]).build();
    Organization institute = Organization.builder().name("Institute of Educational Technologies " + index)
        .kind(OrganizationKind.RESEARCH_INSTITUTE).country(COUNTRIES[place]).build();
    PolicyDraft.Builder draft = PolicyDraft.builder()
        .country(COUNTRIES[place])
        .title(LocalizedText.of(LanguageTag.ENGLISH, "National OER Policy, draft " + index))
        .draftingBody(ministry)
        .startYear(Year.of(2018 + random.nextInt(5)))
        .addLanguages(LanguageTag.ENGLISH, LanguageTag.RUSSIAN);
    draft.endYear(Year.of(2023 + random.nextInt(5)));
    for (PolicySection section : PolicySection.values()) {
      if (random.nextInt(4) != 0) {
        draft.putSectionText(section, LocalizedText.of(LanguageTag.ENGLISH, sentence(random, 40 + random.nextInt(80))));
      }
    }
    if (random.nextBoolean()) {
      draft.openMaterials(OpenMaterials.builder()
          .addCategories(MaterialCategory.TEXTBOOK, MaterialCategory.CURRICULUM)
          .publiclyFundedOpen(random.nextBoolean())
          .repository("National OER repository " + index)
          .build());
    }
    if (random.nextBoolean()) {
      draft.capacityBuilding(CapacityBuilding.builder()
          .addMeasures("In-service training on finding, adapting and openly licensing OER")
          .addAudiences(Stakeholder.TEACHER, Stakeholder.TEACHER_TRAINER)
          .build());
    }
    List<SubAction> subActions = SubAction.all();
    for (int s = 0, n = 2 + random.nextInt(6); s < n; s++) {
      draft.addStrategies(Strategy.of(sentence(random, 5 + random.nextInt(6)),
          subActions.get(random.nextInt(subActions.size())), subActions.get(random.nextInt(subActions.size()))));
    }
    int objectives = 1 + random.nextInt(4);
    for (int o = 0; o < objectives; o++) {
      draft.addObjectives(Objective.of("objective-" + o, LocalizedText.of(LanguageTag.ENGLISH,
          sentence(random, 8 + random.nextInt(8)) + ".")));
      if (random.nextInt(3) != 0) {
        MonitoringIndicator.Builder indicator = MonitoringIndicator.builder().id("indicator-" + o)
            .name(sentence(random, 4 + random.nextInt(4))).unit("percent").addObjectives("objective-" + o);
        if (random.nextBoolean()) {
          indicator.baseline(Measurement.of(random.nextInt(50), 2017)).target(Measurement.of(100, 2025));
        }
        draft.addIndicators(indicator.build());
      }
    }
    WorkPlanAction[] actions = new WorkPlanAction[3 + random.nextInt(8)];
    for (int a = 0; a < actions.length; a++) {
      LocalDate start = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1500));
      WorkPlanAction.Builder action = WorkPlanAction.builder()
          .id("A" + (a + 1))
          .title(sentence(random, 5 + random.nextInt(8)))
          .start(start)
          .end(random.nextInt(10) == 0 ? start.minusDays(30) : start.plusDays(90 + random.nextInt(900)))
          .cost(Money.ofMajor(CURRENCIES[place], 1_000L * (1 + random.nextInt(50_000))))
          .addSections(PolicySection.values()[random.nextInt(PolicySection.values().length)])
          .addSubActions(subActions.get(random.nextInt(subActions.size())));
      if (random.nextInt(5) != 0) {
        action.lead(random.nextBoolean() ? ministry : institute);
      }
      if (random.nextInt(4) != 0) {
        action.addFunding(FundingSource.of(FundingSourceKind.values()[random.nextInt(FundingSourceKind.values().length)]));
      }
      actions[a] = action.build();
    }
    return draft.workPlan(WorkPlan.of(actions)).build();
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    return text.toString();
  }
}
