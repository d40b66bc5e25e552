package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oerkit.core.license.License;
import org.oerkit.core.license.Openness;
import org.oerkit.core.license.Permission;
import org.oerkit.core.license.Prohibition;
import org.oerkit.core.license.Requirement;
import org.oerkit.core.vocabulary.LanguageTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code oer license} commands. */
@Command(
    name = "license",
    mixinStandardHelpOptions = true,
    description = "Open licences: show one, combine several, check an adaptation, write an attribution, choose a "
        + "licence.",
    subcommands = {LicenseCommand.Show.class})
final class LicenseCommand extends CommandGroup {

  /** {@code oer license show}: one licence, its terms and its openness. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a licence: its identifiers, what it permits, requires and prohibits, and whether it is "
          + "open.")
  static final class Show implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LICENSE", description = "An SPDX id (CC-BY-4.0), a Creative Commons URI or a name "
        + "(\"CC BY-SA 4.0\").")
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
