package org.oerkit.examples.policy;

import java.util.Locale;
import java.util.stream.Collectors;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.WorkPlanAction;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Money;

/**
 * A policy draft as a Markdown document a drafting group can circulate: the version notice first, then the
 * ten template sections in order, then the structured parts (licence, coordinating structure, work plan with
 * costs and funding, indicators).
 */
public final class PolicyMarkdown {

  private PolicyMarkdown() {}

  /**
   * Formats a draft as Markdown, in English where the draft has English text.
   *
   * @param draft  the draft, not null
   * @return the document, ending in a new line
   */
  public static String format(PolicyDraft draft) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(draft.title().in(LanguageTag.ENGLISH)).append("\n\n");
    draft.latestVersion().ifPresent(v -> {
      md.append("*").append(v.label()).append(", ").append(v.date()).append(", ").append(words(v.status().name())).append("*");
      v.note().ifPresent(n -> md.append("\n\n> ").append(n));
      md.append("\n\n");
    });
    draft.draftingBody().ifPresent(b -> md.append("Drafted by: ").append(b.displayName()).append("  \n"));
    if (draft.startYear().isPresent() || draft.endYear().isPresent()) {
      md.append("Horizon: ").append(draft.startYear().map(Object::toString).orElse("?")).append("-")
          .append(draft.endYear().map(Object::toString).orElse("?")).append("  \n");
    }
    if (!draft.languages().isEmpty()) {
      md.append("Languages: ").append(draft.languages().stream().map(LanguageTag::toString)
          .collect(Collectors.joining(", "))).append("\n");
    }
    for (PolicySection section : PolicySection.values()) {
      md.append("\n## ").append(section.number()).append(". ").append(section.title()).append("\n\n");
      md.append(draft.sectionText(section).map(t -> t.in(LanguageTag.ENGLISH)).orElse("*Not yet drafted.*"))
          .append("\n");
      appendDetails(draft, section, md);
    }
    if (!draft.objectives().isEmpty()) {
      md.append("\n## Objectives and indicators\n\n");
      draft.objectives().forEach(o -> md.append("- **").append(o.id()).append("**: ")
          .append(o.statement().in(LanguageTag.ENGLISH)).append("\n"));
      draft.indicators().forEach(i -> md.append("  - ").append(i.name())
          .append(i.baseline().map(b -> ", baseline " + b.value().toPlainString() + " (" + b.year() + ")").orElse(""))
          .append(i.target().map(t -> ", target " + t.value().toPlainString() + " (" + t.year() + ")").orElse(""))
          .append("\n"));
    }
    return md.toString();
  }

  private static void appendDetails(PolicyDraft draft, PolicySection section, StringBuilder md) {
    switch (section) {
      case LICENSE:
        draft.licenseMandate().ifPresent(m -> {
          md.append("\n- Default licence: ").append(m.defaultLicense().shortName())
              .append(" (").append(m.defaultLicense().id()).append(")\n");
          m.alternatives().forEach(a -> md.append("- Also allowed: ").append(a.shortName()).append("\n"));
        });
        break;
      case COORDINATION:
        draft.coordination().ifPresent(c -> {
          md.append("\n| Body | Responsibility |\n|---|---|\n");
          c.responsibilities().forEach(r -> md.append("| ").append(r.organization().displayName()).append(" | ")
              .append(r.duty()).append(" |\n"));
        });
        break;
      case WORK_PLAN:
        if (!draft.workPlan().isEmpty()) {
          md.append("\n| Action | Lead | From | To | Cost | Funding |\n|---|---|---|---|---:|---|\n");
          for (WorkPlanAction a : draft.workPlan().actions()) {
            md.append("| ").append(a.title()).append(" | ")
                .append(a.lead().map(l -> l.displayName()).orElse("-")).append(" | ")
                .append(a.start().map(Object::toString).orElse("-")).append(" | ")
                .append(a.end().map(Object::toString).orElse("-")).append(" | ")
                .append(a.cost().map(Money::format).orElse("-")).append(" | ")
                .append(a.funding().isEmpty() ? "-" : a.funding().stream()
                    .map(f -> words(f.kind().name()) + f.funder().map(o -> " (" + o.displayName() + ")").orElse(""))
                    .collect(Collectors.joining(", ")))
                .append(" |\n");
          }
          draft.workPlan().totalCost().values().forEach(t -> md.append("\nTotal: ").append(t.format()).append("\n"));
        }
        break;
      default:
        break;
    }
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
