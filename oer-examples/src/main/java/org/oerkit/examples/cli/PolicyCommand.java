package org.oerkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.Definition;
import org.oerkit.core.instrument.DubaiDeclarationPart;
import org.oerkit.core.instrument.IctCompetencyAspect;
import org.oerkit.core.instrument.IctCompetencyLevel;
import org.oerkit.core.instrument.Instrument;
import org.oerkit.core.instrument.LjubljanaActionPlan;
import org.oerkit.core.instrument.LjubljanaArea;
import org.oerkit.core.instrument.MonitoringProvision;
import org.oerkit.core.instrument.ParisRecommendation;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.Recommendation2019;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.instrument.TemplateSection;
import org.oerkit.core.policy.GapAnalysis;
import org.oerkit.core.policy.PolicyComparison;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.PolicyPictures;
import org.oerkit.examples.policy.PolicyMarkdown;
import org.oerkit.examples.policy.PolicySpreadsheet;
import org.oerkit.examples.policy.PolicyTables;
import org.oerkit.examples.policy.PolicyWordDocument;
import org.oerkit.json.DocumentType;
import org.oerkit.json.OerJson;
import org.oerkit.json.OerJsonException;
import org.oerkit.json.OerWorldMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** The {@code oer policy} commands. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "OER policy drafts after the UNESCO template: show one, list its gaps, compare drafts, print the "
        + "reference catalogue.",
    subcommands = {PolicyCommand.Show.class, PolicyCommand.Gaps.class, PolicyCommand.Compare.class,
        PolicyCommand.Convert.class, PolicyCommand.Reference.class})
final class PolicyCommand extends CommandGroup {

  private static final String DRAFT_HELP = "A JSON file in oerkit's native format, or an example: "
      + "kazakhstan-draft, kyrgyzstan-outline, tajikistan-outline, uzbekistan-outline.";

  /** The formats of {@code oer policy show}. */
  enum ShowFormat { MARKDOWN, JSON, DOCX }

  /** The formats of {@code oer policy gaps} and {@code oer policy compare}. */
  enum TableFormat { TEXT, XLSX, CSV, HTML, SVG }

  /** The table a CSV holds: CSV has one table per file, XLSX has both as sheets. */
  enum Table { FINDINGS, COVERAGE }

  /** The formats of {@code oer policy convert}. */
  enum ConvertFormat { OWM, JSON }

  /** {@code oer policy show}: a draft as Markdown or native JSON. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a policy draft: the illustrative Kazakhstan draft, or one read from a file.")
  static final class Show implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = DRAFT_HELP)
    private String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "MARKDOWN",
        description = "markdown (the default), json, or docx (a Word document, written to --output).")
    private ShowFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "The file to write (standard output by default, or -); required for docx.")
    private Path output;

    @Override
    public Integer call() {
      PolicyDraft draft = Drafts.read(name);
      if (format == ShowFormat.DOCX) {
        writeFile(spec, output, "docx", stream -> PolicyWordDocument.write(draft, stream));
        return Oer.OK;
      }
      Output.write(spec, output, format == ShowFormat.JSON ? OerJson.writeString(draft) : PolicyMarkdown.format(draft));
      return Oer.OK;
    }
  }

  /** {@code oer policy gaps}: the gap report of a draft. */
  @Command(
      name = "gaps",
      mixinStandardHelpOptions = true,
      description = "Report the gaps of a policy draft against the UNESCO template and the 2019 Recommendation. "
          + "Exit status 1 if the report has errors.")
  static final class Gaps implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = DRAFT_HELP)
    private String name;

    @Option(names = "--json", description = "Print the findings as a JSON list, whatever the --format.")
    private boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
        description = "text (the default), xlsx (a workbook with the findings and the coverage of the 2019 "
            + "Recommendation, written to --output), csv (RFC 4180, the table chosen by --table) or html (a "
            + "standalone page: the findings, the coverage of the 2019 Recommendation and the template's sections).")
    private TableFormat format;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "FINDINGS",
        description = "For csv: findings (the default, one row per finding) or coverage (one row per sub-action).")
    private Table table;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "The file to write; required for xlsx, optional for csv (standard output by default).")
    private Path output;

    @Override
    public Integer call() throws IOException {
      PolicyDraft draft = Drafts.read(name);
      Report report = GapAnalysis.standard().analyze(draft);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.print(Json.write(Findings.json(report)));
        return report.hasErrors() ? Oer.FINDINGS : Oer.OK;
      }
      switch (format) {
        case XLSX -> writeFile(spec, output, "xlsx",
            stream -> PolicySpreadsheet.write(draft, report, GapAnalysis.standard().coverage(draft), stream));
        case CSV -> Output.write(spec, output, PolicyTables.csv(table == Table.FINDINGS
            ? PolicyTables.findings(draft, report) : PolicyTables.coverage(GapAnalysis.standard().coverage(draft))));
        case HTML -> Output.write(spec, output, PolicyPictures.gapReport(GapAnalysis.standard(), draft));
        case SVG -> throw new ParameterException(spec.commandLine(), "--format svg draws compared drafts: use "
            + "'oer policy compare', or --format html for the gap report of one draft");
        case TEXT -> out.print(report.format() + "\n");
      }
      return report.hasErrors() ? Oer.FINDINGS : Oer.OK;
    }
  }

  /** {@code oer policy compare}: drafts side by side. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = "Compare policy drafts side by side: sections, licence, work plan, coverage of the 2019 "
          + "Recommendation.")
  static final class Compare implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", arity = "1..*", description = DRAFT_HELP)
    private List<String> names;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
        description = "text (the default), xlsx (the findings of every draft and the coverage matrix, sub-actions "
            + "by countries, written to --output), csv (RFC 4180, the table chosen by --table), svg (the coverage "
            + "heatmap) or html (the heatmap and the drafts side by side, a standalone page).")
    private TableFormat format;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "COVERAGE",
        description = "For csv: coverage (the default, one row per sub-action, one column per country) or "
            + "findings (one row per finding).")
    private Table table;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "The file to write; required for xlsx, optional for csv (standard output by default).")
    private Path output;

    @Override
    public Integer call() throws IOException {
      List<PolicyDraft> drafts = names.stream().map(Drafts::read).collect(Collectors.toList());
      PolicyComparison comparison = GapAnalysis.standard().compare(drafts);
      switch (format) {
        case XLSX -> writeFile(spec, output, "xlsx", stream -> PolicySpreadsheet.write(comparison, stream));
        case CSV -> Output.write(spec, output, PolicyTables.csv(table == Table.FINDINGS
            ? PolicyTables.findings(comparison) : PolicyTables.coverage(comparison)));
        case HTML -> Output.write(spec, output, PolicyPictures.comparisonPage(comparison));
        case SVG -> Output.write(spec, output, PolicyPictures.coverageHeatmap(comparison));
        case TEXT -> spec.commandLine().getOut().print(comparison.format());
      }
      return Oer.OK;
    }
  }

  /**
   * {@code oer policy convert}: a draft in oerkit's native JSON or an OER World Map policy record, written as
   * the other (or the same) format. What the conversion cannot carry goes to standard error, one finding a
   * line with its JSON Pointer; the exit status is 0 when the draft was converted, findings or not.
   */
  @Command(
      name = "convert",
      mixinStandardHelpOptions = true,
      description = "Convert a policy draft between oerkit's native JSON and an OER World Map Policy record. "
          + "What cannot be carried is reported on standard error, one line each with its JSON Pointer. "
          + "Exit status 0 when converted, 1 when the input cannot be read, 2 for a usage error.")
  static final class Convert implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "A file in oerkit's native JSON or OER World Map JSON (a "
        + "Policy record, or the API's WebPage-wrapped record or list holding one policy), - for standard "
        + "input, or an example: kazakhstan-draft, kyrgyzstan-outline, tajikistan-outline, uzbekistan-outline.")
    private String input;

    @Option(names = "--to", paramLabel = "FORMAT", required = true,
        description = "owm (an OER World Map Policy record, valid against the World Map's schema) or json "
            + "(oerkit's native format).")
    private ConvertFormat to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "The file to write; standard output by default.")
    private Path output;

    @Override
    public Integer call() throws IOException {
      Imported<PolicyDraft> draft = read();
      Report losses = to == ConvertFormat.OWM ? OerWorldMap.losses(draft.value()) : Report.empty();
      PrintWriter err = spec.commandLine().getErr();
      for (Finding finding : draft.report().plus(losses).findings()) {
        err.println(spec.qualifiedName() + ": " + finding);
      }
      String text = to == ConvertFormat.OWM
          ? new String(OerWorldMap.write(draft.value()), StandardCharsets.UTF_8)
          : OerJson.writeString(draft.value());
      Output.write(spec, output, text);
      return Oer.OK;
    }

    /** Reads the input: an example, or bytes in the native format (by its {@code format}) or the World Map's. */
    private Imported<PolicyDraft> read() throws IOException {
      if (Drafts.EXAMPLES.containsKey(input)) {
        return Imported.of(Drafts.read(input), Report.empty());
      }
      byte[] bytes;
      if (input.equals("-")) {
        bytes = bounded(System.in, "standard input");
      } else {
        try (InputStream in = Files.newInputStream(Path.of(input))) {
          bytes = bounded(in, input);
        }
      }
      Optional<DocumentType> type;
      try {
        type = Optional.of(OerJson.detect(bytes));
      } catch (OerJsonException e) {
        type = Optional.empty();
      }
      if (type.isEmpty()) {
        return OerWorldMap.readPolicy(bytes);
      }
      if (type.get() != DocumentType.POLICY_DRAFT) {
        throw new UnreadableDocumentException(input, "an oerkit document of format " + type.get().format()
            + ", not a policy draft or an OER World Map policy");
      }
      return Imported.of(OerJson.read(bytes, PolicyDraft.class), Report.empty());
    }
  }

  /** Reads a stream to its end, at most one byte past the JSON reader's limit, so a huge input costs no more. */
  static byte[] bounded(InputStream in, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) OerJson.MAX_DOCUMENT_LENGTH + 1);
    if (bytes.length > OerJson.MAX_DOCUMENT_LENGTH) {
      throw new UnreadableDocumentException(name, "longer than the " + OerJson.MAX_DOCUMENT_LENGTH
          + " bytes a JSON document may have");
    }
    return bytes;
  }

  /** Writes a binary document to the file named by {@code --output}, which the format requires. */
  static void writeFile(CommandSpec spec, Path output, String format, java.util.function.Consumer<OutputStream> writer) {
    if (Output.isStandard(output)) {
      throw new ParameterException(spec.commandLine(),
          "--format " + format + " writes a binary document: name the file with --output FILE");
    }
    Output.write(output, writer);
    spec.commandLine().getOut().println("Wrote " + output);
  }

  /** {@code oer policy reference}: the UNESCO template, the 2019 Recommendation and the Paris Declaration. */
  @Command(
      name = "reference",
      mixinStandardHelpOptions = true,
      description = "Print the reference catalogue: the instruments with their dates and sources, the UNESCO "
          + "country OER policy template, the 2019 Recommendation on OER (definitions, areas of action, "
          + "sub-actions, monitoring), the 2012 Paris OER Declaration, the Ljubljana OER Action Plan 2017, the "
          + "Dubai Declaration on OER (2024) and the UNESCO ICT Competency Framework for Teachers, version 3.")
  static final class Reference implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the catalogue as JSON.")
    private boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PolicyTemplate template = PolicyTemplate.unescoCountryTemplate();
      if (json) {
        out.print(Json.write(referenceJson(template)));
        return Oer.OK;
      }
      out.println("Instruments:");
      for (Instrument i : Instrument.values()) {
        out.println("  " + i.date() + "  " + i.title() + " (" + i.adoptedBy() + ")");
        out.println("      date: " + i.dateSource());
        out.println("      text: " + i.text() + i.textLicense().map(l -> " (" + l + ")").orElse(""));
      }
      out.println();
      out.println(template.title());
      for (TemplateSection section : template.sections()) {
        out.println("  " + section.id() + "  " + section.title());
        section.questions().forEach(q -> out.println("      - " + q));
      }
      out.println();
      out.println(Recommendation2019.CITATION + ", areas of action:");
      for (ActionArea area : Recommendation2019.areas()) {
        out.println("  " + area.number() + ". " + area.title());
        area.subActions().forEach(s -> out.println("      " + s.id() + "  " + s.summary()));
      }
      out.println("  Monitoring:");
      Recommendation2019.monitoring().forEach(m -> out.println("      " + m.id() + "  " + m.summary()));
      out.println();
      out.println("2012 Paris OER Declaration:");
      for (ParisRecommendation point : ParisRecommendation.values()) {
        out.println("  (" + letter(point) + ") " + point.text());
      }
      out.println();
      out.println(Instrument.LJUBLJANA_ACTION_PLAN_2017.title() + ": " + LjubljanaActionPlan.actionCount()
          + " recommended actions in five areas:");
      for (LjubljanaArea area : LjubljanaActionPlan.areas()) {
        out.println("  " + area.number() + ". " + area.title());
      }
      out.println("  Actions: not available. " + LjubljanaActionPlan.ACTIONS_NOT_AVAILABLE);
      out.println();
      out.println(Instrument.DUBAI_DECLARATION_2024.title() + ", its parts:");
      for (DubaiDeclarationPart part : DubaiDeclarationPart.values()) {
        out.println("  " + part.title() + part.area().map(a -> " [area " + a.number() + "]").orElse(""));
        out.println("      " + part.summary() + " Source: " + part.source());
      }
      out.println();
      out.println(Instrument.ICT_CFT_VERSION_3.title() + ": 6 aspects by 3 levels, 18 competencies");
      out.println("  " + String.format("%-40s", "") + List.of(IctCompetencyLevel.values()).stream()
          .map(l -> String.format("%-26s", l.title())).collect(Collectors.joining()).stripTrailing());
      for (IctCompetencyAspect aspect : IctCompetencyAspect.values()) {
        out.println("  " + String.format("%-40s", aspect.title()) + List.of(IctCompetencyLevel.values()).stream()
            .map(l -> String.format("%-26s", aspect.competency(l))).collect(Collectors.joining()).stripTrailing());
      }
      return Oer.OK;
    }

    static ObjectNode referenceJson(PolicyTemplate template) {
      ObjectNode root = Json.object();
      ObjectNode templateNode = root.putObject("template");
      templateNode.set("sections", Json.array(template.sections(), (TemplateSection s) -> {
        ObjectNode node = Json.object();
        node.put("id", s.id());
        node.put("title", s.title());
        node.set("questions", Json.strings(s.questions()));
        return node;
      }));
      ObjectNode recommendation = root.putObject("recommendation2019");
      recommendation.set("definitions", Json.array(Recommendation2019.definitions(), (Definition d) -> {
        ObjectNode node = Json.object();
        node.put("paragraph", d.paragraph());
        node.put("term", d.term());
        node.put("summary", d.summary());
        return node;
      }));
      recommendation.set("areas", Json.array(Recommendation2019.areas(), (ActionArea a) -> {
        ObjectNode node = Json.object();
        node.put("number", a.number());
        node.put("name", a.title());
        node.set("aliases", Json.strings(a.aliases()));
        node.set("subActions", Json.array(a.subActions(), (SubAction s) -> {
          ObjectNode sub = Json.object();
          sub.put("id", s.id());
          sub.put("summary", s.summary());
          return sub;
        }));
        return node;
      }));
      recommendation.set("monitoring", Json.array(Recommendation2019.monitoring(), (MonitoringProvision m) -> {
        ObjectNode node = Json.object();
        node.put("id", m.id());
        node.put("summary", m.summary());
        return node;
      }));
      root.set("paris2012", Json.array(List.of(ParisRecommendation.values()), (ParisRecommendation p) -> {
        ObjectNode node = Json.object();
        node.put("letter", letter(p));
        node.put("text", p.text());
        return node;
      }));
      root.set("instruments", Json.array(List.of(Instrument.values()), (Instrument i) -> {
        ObjectNode node = Json.object();
        node.put("id", i.name());
        node.put("title", i.title());
        node.put("adoptedBy", i.adoptedBy());
        node.put("date", i.date());
        node.put("earliest", i.earliest().toString());
        node.put("latest", i.latest().toString());
        node.put("dateSource", i.dateSource());
        node.put("text", i.text());
        i.textLicense().ifPresent(l -> node.put("textLicense", l));
        return node;
      }));
      ObjectNode ljubljana = root.putObject("ljubljana2017");
      ljubljana.put("actionCount", LjubljanaActionPlan.actionCount());
      ljubljana.set("areas", Json.array(LjubljanaActionPlan.areas(), (LjubljanaArea a) -> {
        ObjectNode node = Json.object();
        node.put("number", a.number());
        node.put("name", a.title());
        return node;
      }));
      ljubljana.put("transcribedActions", LjubljanaActionPlan.transcribedActionCount());
      ljubljana.put("actionsNotAvailable", LjubljanaActionPlan.ACTIONS_NOT_AVAILABLE);
      root.set("dubai2024", Json.array(List.of(DubaiDeclarationPart.values()), (DubaiDeclarationPart p) -> {
        ObjectNode node = Json.object();
        node.put("part", p.name());
        node.put("title", p.title());
        p.area().ifPresent(a -> node.put("area", a.number()));
        node.put("summary", p.summary());
        node.put("source", p.source());
        return node;
      }));
      root.set("ictCftVersion3", Json.array(List.of(IctCompetencyAspect.values()), (IctCompetencyAspect a) -> {
        ObjectNode node = Json.object();
        node.put("aspect", a.title());
        ObjectNode levels = node.putObject("competencies");
        for (IctCompetencyLevel l : IctCompetencyLevel.values()) {
          levels.put(l.title(), a.competency(l));
        }
        return node;
      }));
      return root;
    }

    private static String letter(ParisRecommendation point) {
      return point.name().toLowerCase(Locale.ROOT);
    }
  }
}
