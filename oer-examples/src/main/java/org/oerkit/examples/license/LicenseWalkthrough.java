package org.oerkit.examples.license;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Compatibility;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;

/**
 * A licence walkthrough for a ministry that opens its materials: which typical OER may be remixed into a
 * new textbook, and which may only be put beside it.
 *
 * <p>The works are imagined, the rules are not: they are Creative Commons' remix chart, adapter's license
 * chart and collection table (Creative Commons FAQ, https://creativecommons.org/faq/), as
 * {@link Compatibility} implements them. Run {@link #main(String...)} to print the walkthrough.
 */
public final class LicenseWalkthrough {

  private LicenseWalkthrough() {}

  // ---------------------------------------------------------------------------------------------------------
  // Four typical OER a teacher in Kazakhstan might want to build on. (Imagined works; example.org addresses.)
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
      text.append("yes, under ").append(ids(answer.recommendedLicenses().isEmpty() ? answer.licenses()
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
    out.println("Typical OER and what may be done with them");
    works().forEach(w -> out.println("  " + w.title().orElse("untitled") + ": " + w.license().id()));
    out.println();
    out.print(remixAnswers());
  }
}
