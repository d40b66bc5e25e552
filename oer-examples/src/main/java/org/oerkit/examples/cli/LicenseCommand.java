package org.oerkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.license.Attribution;
import org.oerkit.core.license.AttributionFormat;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Compatibility;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseChart;
import org.oerkit.core.license.LicenseChooser;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Openness;
import org.oerkit.core.license.Permission;
import org.oerkit.core.license.Prohibition;
import org.oerkit.core.license.Requirement;
import org.oerkit.core.vocabulary.LanguageTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code oer license} commands. */
@Command(
    name = "license",
    aliases = "licence",
    mixinStandardHelpOptions = true,
    description = "Open licences: show one, combine several, check an adaptation, write an attribution, choose a "
        + "licence, draw the compatibility charts.",
    subcommands = {LicenseCommand.Show.class, LicenseCommand.Combine.class, LicenseCommand.Adapt.class,
        LicenseCommand.Attribute.class, LicenseCommand.Choose.class, LicenseCommand.Chart.class,
        LicenseDetectCommand.class, LicenseAuditCommand.class})
final class LicenseCommand extends CommandGroup {

  private static final String LICENSE_HELP = "An SPDX id (CC-BY-4.0), a Creative Commons URI or a name "
      + "(\"CC BY-SA 4.0\").";

  /** {@code oer license combine}: may works under these licences be put together, and under what licence. */
  @Command(
      name = "combine",
      mixinStandardHelpOptions = true,
      description = "Check whether works under the given licences may be combined into one adaptation (a remix) "
          + "or a collection, and which licences the result may carry. Exit status 1 if they may not.")
  static final class Combine implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "ADAPTATION",
        description = "adaptation (the default: the works are remixed into one) or collection (each work stays "
            + "whole).")
    private CombinationMode mode;

    @Parameters(paramLabel = "LICENSE", arity = "1..*", description = LICENSE_HELP)
    private List<String> texts;

    @Option(names = "--json", description = "Print the answer as JSON.")
    private boolean json;

    /** The answer for one yellow candidate, whose reasons say why Creative Commons does not recommend it. */
    private Compatibility yellow(List<License> licenses, License candidate) {
      return Compatibility.of(mode, licenses, List.of(candidate));
    }

    @Override
    public Integer call() {
      List<License> licenses = texts.stream().map(License::parse).collect(Collectors.toList());
      Compatibility answer = Compatibility.of(mode, licenses);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectNode node = Json.object();
        node.put("allowed", answer.isAllowed());
        node.set("licenses", Json.strings(answer.licenses().stream().map(License::id).collect(Collectors.toList())));
        node.set("recommended",
            Json.strings(answer.recommendedLicenses().stream().map(License::id).collect(Collectors.toList())));
        ArrayNode permitted = Json.array();
        for (License candidate : answer.permittedButNotRecommended()) {
          ObjectNode entry = Json.object();
          entry.put("license", candidate.id());
          entry.set("reasons", Findings.json(yellow(licenses, candidate).reasons()));
          permitted.add(entry);
        }
        node.set("permitted", permitted);
        node.set("reasons", Findings.json(answer.reasons()));
        out.print(Json.write(node));
      } else {
        String inputs = licenses.stream().map(License::id).collect(Collectors.joining(" + "));
        String what = mode == CombinationMode.COLLECTION ? "a collection" : "one adaptation";
        if (answer.isAllowed()) {
          out.println(inputs + " may be combined into " + what + ".");
          out.println("  Recommended (green in Creative Commons' chart): " + ids(answer.recommendedLicenses()));
          for (License candidate : answer.permittedButNotRecommended()) {
            out.println("  Technically permitted, not recommended (yellow): " + candidate.id());
            yellow(licenses, candidate).reasons().findings().forEach(f -> out.println("    " + f.message()));
          }
        } else {
          out.println(inputs + " may not be combined into " + what + ":");
          answer.reasons().findings().forEach(f -> out.println("  " + f.message() + " (" + f.source() + ")"));
        }
      }
      return answer.isAllowed() ? Oer.OK : Oer.FINDINGS;
    }
  }

  /** The formats of {@code oer license chart}. */
  enum ChartFormat { SVG, HTML }

  /** {@code oer license chart}: the Creative Commons compatibility charts, computed for any licences. */
  @Command(
      name = "chart",
      mixinStandardHelpOptions = true,
      description = "Draw the remix chart, the adapter's licence chart and the collection chart for the given "
          + "licences (by default the Creative Commons 4.0 suite with CC0 and the Public Domain Mark), computed "
          + "from the compatibility rules, as SVG or as an HTML page.")
  static final class Chart implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LICENSE", arity = "0..*", description = LICENSE_HELP)
    private List<String> texts = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "SVG", description = "svg (the default) or "
        + "html.")
    private ChartFormat format;

    @Option(names = "--chart", paramLabel = "CHART", description = "remix, adapter or collection; all three "
        + "when not given.")
    private LicenseChart.Kind kind;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard "
        + "output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
      List<License> licenses = texts.isEmpty() ? LicenseChart.creativeCommonsSuite()
          : texts.stream().map(License::parse).collect(Collectors.toList());
      List<LicenseChart> charts = kind == null ? LicenseChart.all(licenses) : List.of(LicenseChart.of(kind, licenses));
      Output.write(spec, output, format == ChartFormat.HTML ? LicenseChart.toHtml(charts) : LicenseChart.toSvg(charts));
      return Oer.OK;
    }
  }

  /** {@code oer license adapt}: may material under one licence be adapted under another. */
  @Command(
      name = "adapt",
      mixinStandardHelpOptions = true,
      description = "Check whether material under the first licence may be adapted and the adaptation released "
          + "under the second, after the Creative Commons adapter's license chart. Exit status 1 if it may not.")
  static final class Adapt implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The licence of the material. " + LICENSE_HELP)
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The licence wanted for the adaptation.")
    private String to;

    @Option(names = "--json", description = "Print the answer as JSON.")
    private boolean json;

    @Override
    public Integer call() {
      License original = License.parse(from);
      License adapter = License.parse(to);
      Compatibility answer = Compatibility.adapt(original, adapter);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectNode node = Json.object();
        node.put("allowed", answer.isAllowed());
        node.put("recommended", answer.isRecommended());
        node.set("reasons", Findings.json(answer.reasons()));
        out.print(Json.write(node));
      } else {
        String verdict = !answer.isAllowed() ? "may not" : answer.isRecommended() ? "may"
            : "may, though Creative Commons does not recommend it,";
        out.println("An adaptation of " + original.id() + " material " + verdict + " be released under "
            + adapter.id() + ".");
        answer.reasons().findings().forEach(f -> out.println("  " + f.message() + " (" + f.source() + ")"));
      }
      return answer.isAllowed() ? Oer.OK : Oer.FINDINGS;
    }
  }

  /** The languages attributions are written in. */
  enum Language {
    EN(LanguageTag.ENGLISH), RU(LanguageTag.RUSSIAN), KK(LanguageTag.KAZAKH);

    final LanguageTag tag;

    Language(LanguageTag tag) {
      this.tag = tag;
    }
  }

  /** {@code oer license attribute}: a TASL attribution notice. */
  @Command(
      name = "attribute",
      mixinStandardHelpOptions = true,
      description = "Write the attribution of a work (Title, Author, Source, License), as Creative Commons "
          + "recommends, in English, Russian or Kazakh (an unofficial translation: Creative Commons publishes "
          + "none in Kazakh). For an adaptation, name the work it was made from with the --from options and the "
          + "changes with --changes: the notice says \"Adapted from\", and whether the licences allow the "
          + "adaptation is printed on standard error (exit status 1 if they do not).")
  static final class Attribute implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The title of the work.")
    private String title;

    @Option(names = "--author", required = true, paramLabel = "AUTHOR",
        description = "An author, as the work credits them; repeat for several.")
    private List<String> authors;

    @Option(names = "--source", required = true, paramLabel = "URL", description = "Where the work is found.")
    private String source;

    @Option(names = "--license", required = true, paramLabel = "LICENSE", description = LICENSE_HELP)
    private String license;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "EN", description = "en (the default), ru or kk.")
    private Language language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
        description = "text (the default), markdown or html.")
    private AttributionFormat format;

    @Option(names = "--from-title", paramLabel = "TITLE", description = "The title of the work adapted.")
    private String fromTitle;

    @Option(names = "--from-author", paramLabel = "AUTHOR", description = "An author of the work adapted; repeat "
        + "for several.")
    private List<String> fromAuthors = List.of();

    @Option(names = "--from-source", paramLabel = "URL", description = "Where the work adapted is found.")
    private String fromSource;

    @Option(names = "--from-license", paramLabel = "LICENSE", description = "The licence of the work adapted; "
        + "required with the other --from options.")
    private String fromLicense;

    @Option(names = "--changes", paramLabel = "TEXT", description = "What was changed in the adaptation, as the "
        + "4.0 legal code requires (\"Translated into Kazakh\").")
    private String changes;

    @Override
    public Integer call() {
      LicensedWork.Builder work = LicensedWork.builder().title(title).addAllAuthors(authors).source(url(source))
          .license(License.parse(license));
      if (fromLicense != null) {
        LicensedWork.Builder original = LicensedWork.builder().addAllAuthors(fromAuthors)
            .license(License.parse(fromLicense));
        if (fromTitle != null) {
          original.title(fromTitle);
        }
        if (fromSource != null) {
          original.source(url(fromSource));
        }
        work.addAdaptedFrom(original.build());
      } else if (fromTitle != null || !fromAuthors.isEmpty() || fromSource != null) {
        throw new ParameterException(spec.commandLine(), "--from-title, --from-author and --from-source describe "
            + "the work adapted: name its licence with --from-license");
      }
      if (changes != null) {
        work.changes(changes);
      }
      Attribution attribution = Attribution.of(work.build());
      spec.commandLine().getOut().println(attribution.format(format, language.tag));
      Report warnings = attribution.warnings();
      PrintWriter err = spec.commandLine().getErr();
      for (Finding finding : warnings.findings()) {
        err.println(spec.qualifiedName() + ": " + finding.severity().name().toLowerCase(Locale.ROOT) + " at "
            + finding.location() + ": " + finding.message() + " (" + finding.source() + ")");
      }
      return warnings.hasErrors() ? Oer.FINDINGS : Oer.OK;
    }

    private static URI url(String text) {
      try {
        URI uri = new URI(text);
        if (uri.isAbsolute()) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // refused below, in the project's words
      }
      throw new DomainRuleException("LicensedWork", "source", "must be an absolute URL", text);
    }
  }

  /** {@code oer license choose}: the Creative Commons chooser's two questions. */
  @Command(
      name = "choose",
      mixinStandardHelpOptions = true,
      description = "Choose a Creative Commons licence by the chooser's questions: allow adaptations to be shared? "
          + "allow commercial uses?")
  static final class Choose implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--adaptations", required = true, paramLabel = "ANSWER", converter = AdaptationsConverter.class,
        description = "yes, no or share-alike.")
    private LicenseChooser.Adaptations adaptations;

    @Option(names = "--commercial", required = true, paramLabel = "ANSWER", description = "yes or no.")
    private YesNo commercial;

    @Option(names = "--json", description = "Print the licence as JSON, as 'oer license show --json' does.")
    private boolean json;

    @Override
    public Integer call() {
      License license = LicenseChooser.choose(adaptations, commercial == YesNo.YES);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.print(Json.write(Show.showJson(license)));
      } else {
        out.println(license.id() + "  " + license.name(LanguageTag.ENGLISH).text()
            + license.deed().or(license::uri).map(u -> "  " + u).orElse(""));
      }
      return Oer.OK;
    }
  }

  /** Reads "yes", "no" or "share-alike". */
  static final class AdaptationsConverter implements ITypeConverter<LicenseChooser.Adaptations> {
    @Override
    public LicenseChooser.Adaptations convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "yes":
          return LicenseChooser.Adaptations.YES;
        case "no":
          return LicenseChooser.Adaptations.NO;
        case "share-alike":
          return LicenseChooser.Adaptations.SHARE_ALIKE;
        default:
          throw new TypeConversionException("expected yes, no or share-alike, was '" + value + "'");
      }
    }
  }

  /** An answer to a yes-or-no question. */
  enum YesNo { YES, NO }

  private static String ids(List<License> licenses) {
    return licenses.isEmpty() ? "none" : licenses.stream().map(License::id).collect(Collectors.joining(", "));
  }

  /** {@code oer license show}: one licence, its terms and its openness. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a licence: its identifiers, what it permits, requires and prohibits, and whether it is "
          + "open.")
  static final class Show implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LICENSE", description = LICENSE_HELP)
    private String text;

    @Option(names = "--json", description = "Print the licence as JSON.")
    private boolean json;

    @Override
    public Integer call() {
      License license = License.parse(text);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.print(Json.write(showJson(license)));
        return Oer.OK;
      }
      out.println(license.name(LanguageTag.ENGLISH).text() + " (" + license.id() + ")");
      license.uri().ifPresent(u -> out.println("  URI:          " + u));
      license.version().ifPresent(v -> out.println("  Version:      " + v));
      license.jurisdiction().ifPresent(j -> out.println("  Jurisdiction: " + j.name()));
      out.println("  Permits:      " + terms(license.terms().permits(), Permission::term));
      out.println("  Requires:     " + terms(license.terms().requires(), Requirement::term));
      out.println("  Prohibits:    " + terms(license.terms().prohibits(), Prohibition::term));
      for (Openness definition : new Openness[] {
          Openness.UNESCO_2019, Openness.FREE_CULTURAL_WORKS, Openness.OPEN_DEFINITION}) {
        out.println("  " + (license.isOpen(definition) ? "Open" : "Not open") + " under the " + definition.title());
      }
      return Oer.OK;
    }

    static ObjectNode showJson(License license) {
      ObjectNode node = Json.object();
      node.put("id", license.spdxId().orElse(null));
      node.put("name", license.name(LanguageTag.ENGLISH).text());
      node.put("uri", license.uri().map(Object::toString).orElse(null));
      node.put("version", license.version().orElse(null));
      node.put("jurisdiction", license.jurisdiction().map(j -> j.code()).orElse(null));
      node.put("openUnesco2019", license.isOpen(Openness.UNESCO_2019));
      node.put("freeCulturalWork", license.isFreeCulturalWork());
      node.put("openDefinition", license.conformsToOpenDefinition());
      node.set("permits", termsJson(license.terms().permits(), Permission::term));
      node.set("requires", termsJson(license.terms().requires(), Requirement::term));
      node.set("prohibits", termsJson(license.terms().prohibits(), Prohibition::term));
      return node;
    }
  }

  private static <T> String terms(Collection<T> terms, java.util.function.Function<T, String> name) {
    return terms.isEmpty() ? "nothing" : terms.stream().map(name).collect(Collectors.joining(", "));
  }

  private static <T> ArrayNode termsJson(Collection<T> terms, java.util.function.Function<T, String> name) {
    ArrayNode array = Json.array();
    terms.forEach(t -> array.add(name.apply(t)));
    return array;
  }
}
