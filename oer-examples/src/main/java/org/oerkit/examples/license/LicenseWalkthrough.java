package org.oerkit.examples.license;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.license.Attribution;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Compatibility;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseChooser;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.license.Openness;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * A licence walkthrough for a ministry that opens its materials: choose a national default licence, find
 * which typical OER may be remixed into a new textbook and which may only be put beside it, and attribute
 * the result in English, Russian and Kazakh.
 *
 * <p>The works are imagined, the rules are not: they are Creative Commons' remix chart, adapter's license
 * chart and collection table (Creative Commons FAQ, https://creativecommons.org/faq/), as
 * {@link Compatibility} implements them. Run {@link #main(String...)} to print the walkthrough.
 */
public final class LicenseWalkthrough {

  private LicenseWalkthrough() {}

  // ---------------------------------------------------------------------------------------------------------
  // Step 1. A national default licence. The ministry wants anyone to adapt its materials, for any purpose,
  // so that publishers and teachers alike can build on them: the chooser's answers are (yes, yes).
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Chooses the national default licence: adaptations allowed, commercial use allowed, which the Creative
   * Commons chooser answers with CC BY 4.0.
   *
   * @return the default licence
   */
  public static License nationalDefault() {
    return LicenseChooser.choose(LicenseChooser.Adaptations.YES, true);
  }

  /**
   * Gets the current licences that are open under the 2019 UNESCO Recommendation, the ones a policy could
   * allow beside the default.
   *
   * @return the licences, in the chooser's order
   */
  public static List<License> openAlternatives() {
    return LicenseChooser.satisfying(Openness.UNESCO_2019);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Step 2. Four typical OER a teacher in Kazakhstan might want to build on. (Imagined works; example.org addresses.)
  // ---------------------------------------------------------------------------------------------------------

  /** An openly licensed textbook, share-alike: adaptations must stay CC BY-SA. */
  public static final LicensedWork TEXTBOOK = LicensedWork.builder()
      .title("Informatics, Grade 7").addAuthor("Aigerim Nurlanovna").source(URI.create("https://example.org/informatics-7"))
      .license(Licenses.CC_BY_SA_4_0).build();

  /** The textbook's figures, by another author, under a NonCommercial licence. */
  public static final LicensedWork FIGURES = LicensedWork.builder()
      .title("Figures for Informatics, Grade 7").addAuthor("Daniyar Seitkali")
      .source(URI.create("https://example.org/informatics-7/figures")).license(Licenses.CC_BY_NC_4_0).build();

  /** A dataset dedicated to the public domain with CC0. */
  public static final LicensedWork DATASET = LicensedWork.builder()
      .title("School Internet Access Survey 2017").addAuthor("Example Statistics Office")
      .source(URI.create("https://example.org/school-internet-2017")).license(Licenses.CC0_1_0).build();

  /** A video lesson under a NoDerivatives licence: it may be shared whole, never adapted. */
  public static final LicensedWork VIDEO = LicensedWork.builder()
      .title("How Search Engines Work").addAuthor("Example Video Studio")
      .source(URI.create("https://example.org/search-engines-video")).license(Licenses.CC_BY_ND_4_0).build();

  /**
   * Gets the four works.
   *
   * @return the textbook, its figures, the dataset and the video
   */
  public static List<LicensedWork> works() {
    return List.of(TEXTBOOK, FIGURES, DATASET, VIDEO);
  }

  /**
   * May the textbook and its NonCommercial figures be remixed into one new textbook? No: ShareAlike forbids
   * adding the NonCommercial restriction (BY-SA 4.0 section 3(b)(3)), and the remix chart crosses BY-SA with
   * BY-NC.
   *
   * @return the answer
   */
  public static Compatibility textbookWithFigures() {
    return Compatibility.ofWorks(CombinationMode.ADAPTATION, List.of(TEXTBOOK, FIGURES));
  }

  /**
   * May they be put together unchanged, as a collection? Yes, in a NonCommercial collection: the figures'
   * licence still applies to the figures (Creative Commons FAQ, collection table).
   *
   * @return the answer
   */
  public static Compatibility textbookBesideFigures() {
    return Compatibility.ofWorks(CombinationMode.COLLECTION, List.of(TEXTBOOK, FIGURES));
  }

  /**
   * May the CC0 dataset be remixed into the textbook? Yes: public-domain material changes nothing, and the
   * result is CC BY-SA 4.0.
   *
   * @return the answer
   */
  public static Compatibility textbookWithDataset() {
    return Compatibility.ofWorks(CombinationMode.ADAPTATION, List.of(TEXTBOOK, DATASET));
  }

  /**
   * May the NoDerivatives video be cut into the textbook? No: NoDerivatives forbids sharing any adaptation.
   *
   * @return the answer
   */
  public static Compatibility textbookWithVideo() {
    return Compatibility.ofWorks(CombinationMode.ADAPTATION, List.of(TEXTBOOK, VIDEO));
  }

  /**
   * Formats one answer as a short paragraph.
   *
   * @param question  the question, such as "Remix the textbook with its figures"
   * @param answer  the answer
   * @return the paragraph, ending in a new line
   */
  public static String explain(String question, Compatibility answer) {
    StringBuilder text = new StringBuilder(question).append(": ");
    if (answer.isAllowed()) {
      text.append("yes, under ").append(names(answer.recommendedLicenses().isEmpty() ? answer.licenses()
          : answer.recommendedLicenses())).append(".\n");
    } else {
      text.append("no.\n");
      for (Finding reason : answer.reasons().findings()) {
        text.append("    ").append(reason.message()).append("\n");
      }
    }
    return text.toString();
  }

  /**
   * Formats the walkthrough's answers.
   *
   * @return the text
   */
  public static String remixAnswers() {
    return explain("Remix the CC BY-SA textbook with its CC BY-NC figures", textbookWithFigures())
        + explain("Publish them side by side, unchanged, as a collection", textbookBesideFigures())
        + explain("Remix the textbook with the CC0 dataset", textbookWithDataset())
        + explain("Cut the CC BY-ND video into the textbook", textbookWithVideo());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Step 3. Attribute the textbook in the three languages of Kazakhstan's schools.
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Writes the textbook's attribution in English, Russian and Kazakh, one a line. Creative Commons publishes
   * no Kazakh translation of its licences, so the Kazakh notice says that it is unofficial.
   *
   * @return the three notices
   */
  public static String attributions() {
    Attribution attribution = Attribution.of(TEXTBOOK);
    return List.of(LanguageTag.ENGLISH, LanguageTag.RUSSIAN, LanguageTag.KAZAKH).stream()
        .map(language -> language + ": " + attribution.text(language))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * Names licences as people read them: Creative Commons' short names, and the full name beside any other
   * licence's short name, which few readers know ({@code FAL 1.3 (Free Art License 1.3)}).
   */
  private static String names(List<License> licenses) {
    List<String> names = licenses.stream().map(l -> l.shortName().startsWith("CC") ? l.shortName()
        : l.shortName() + " (" + l.name(LanguageTag.ENGLISH).text() + ")").toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static String ids(List<License> licenses) {
    return licenses.stream().map(License::id).collect(Collectors.joining(", "));
  }

  /**
   * Prints the walkthrough.
   *
   * @param args  ignored
   */
  public static void main(String... args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("National default licence: " + nationalDefault().id() + "; open alternatives: "
        + ids(openAlternatives()));
    out.println();
    out.println("Typical OER and what may be done with them");
    works().forEach(w -> out.println("  " + w.title().orElse("untitled") + ": " + w.license().id()));
    out.println();
    out.print(remixAnswers());
    out.println();
    out.print(attributions());
  }
}
