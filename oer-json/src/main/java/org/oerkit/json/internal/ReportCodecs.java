package org.oerkit.json.internal;

import com.google.common.collect.ImmutableList;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;

/**
 * The codecs of the root package's report types: {@link Rule}, {@link Severity}, {@link Finding} and
 * {@link Report}, so that a validation report can be stored or sent as JSON.
 */
public final class ReportCodecs {

  /** A severity, written as the constant's name. */
  public static final Codec<Severity> SEVERITY = Codecs.enumeration(Severity.class);

  /** A rule: identifier, description and source. */
  public static final ObjectCodec<Rule, RuleParts> RULE =
      ObjectCodec.of(Rule.class, RuleParts::new, RuleParts::build)
          .required("id", Codecs.STRING, Rule::id, (b, v) -> b.id = v)
          .required("description", Codecs.STRING, Rule::description, (b, v) -> b.description = v)
          .required("source", Codecs.STRING, Rule::source, (b, v) -> b.source = v)
          .build();

  /** A finding: its rule in full, severity, location and message. */
  public static final ObjectCodec<Finding, FindingParts> FINDING =
      ObjectCodec.of(Finding.class, FindingParts::new, FindingParts::build)
          .required("rule", RULE, Finding::rule, (b, v) -> b.rule = v)
          .required("severity", SEVERITY, Finding::severity, (b, v) -> b.severity = v)
          .required("location", Codecs.STRING, Finding::location, (b, v) -> b.location = v)
          .required("message", Codecs.STRING, Finding::message, (b, v) -> b.message = v)
          .build();

  /** A report: its findings in order. */
  public static final ObjectCodec<Report, ImmutableList.Builder<Finding>> REPORT =
      ObjectCodec.<Report, ImmutableList.Builder<Finding>>of(Report.class, ImmutableList::builder,
              b -> Report.of(b.build()))
          .list("findings", FINDING, Report::findings, ImmutableList.Builder::addAll)
          .build();

  private ReportCodecs() {}

  /** The parts of a rule, gathered before {@link Rule#of} checks them. */
  static final class RuleParts {
    String id;
    String description;
    String source;

    Rule build() {
      return Rule.of(id, description, source);
    }
  }

  /** The parts of a finding, gathered before {@link Finding#of} checks them. */
  static final class FindingParts {
    Rule rule;
    Severity severity;
    String location;
    String message;

    Finding build() {
      return Finding.of(rule, severity, location, message);
    }
  }
}
