package org.oerkit.examples.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * Generates licensed educational resources from a seed: a title, one to three authors, a source URL, a
 * language and a licence drawn from eleven, weighted the way OER repositories report them (CC BY first,
 * then CC BY-SA, CC BY-NC-SA and CC0; the 3.0 IGO licences of UNESCO's own publications; a few
 * NoDerivatives works).
 *
 * <p>The same seed and index always give an equal work.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticResources {

  private static final License[] LICENSES = {
      Licenses.CC_BY_4_0, Licenses.CC_BY_4_0, Licenses.CC_BY_4_0, Licenses.CC_BY_4_0,
      Licenses.CC_BY_SA_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_NC_4_0,
      Licenses.CC_BY_ND_4_0, Licenses.CC_BY_3_0, Licenses.CC_BY_SA_3_0, Licenses.CC_BY_3_0_IGO,
      Licenses.CC_BY_SA_3_0_IGO, Licenses.CC_BY_NC_SA_3_0, License.parse("CC0-1.0"), License.parse("CC0-1.0")};
  private static final LanguageTag[] LANGUAGES = {LanguageTag.ENGLISH, LanguageTag.ENGLISH, LanguageTag.RUSSIAN,
      LanguageTag.KAZAKH, LanguageTag.FRENCH};
  private static final String[] SUBJECTS = {"Algebra", "Biology", "Chemistry", "History of Kazakhstan",
      "Physics", "Geography", "Computer Science", "Literature", "Teacher Education", "Open Licensing"};
  private static final String[] KINDS = {"Textbook", "Lesson plan", "Video lecture", "Course", "Worksheet",
      "Assessment", "Teacher guide"};
  private static final String[] AUTHORS = {"Aigerim Abenova", "Nurlan Seitkali", "Svetlana Knyazeva",
      "Irina Petrova", "Daniyar Omarov", "Gulnara Zhakupova", "Marat Iskakov", "Elena Smirnova"};

  private final long seed;

  private SyntheticResources(long seed) {
    this.seed = seed;
  }

  /**
   * Obtains a generator for a seed.
   *
   * @param seed  the seed
   * @return the generator
   */
  public static SyntheticResources withSeed(long seed) {
    return new SyntheticResources(seed);
  }

  /**
   * Generates one licensed work.
   *
   * @param index  the number of the work, 0 or more
   * @return the work, equal for equal seeds and indexes
   */
  public LicensedWork work(long index) {
    SplittableRandom random = new SplittableRandom(seed * 13 + index);
    LicensedWork.Builder work = LicensedWork.builder()
        .title(KINDS[random.nextInt(KINDS.length)] + ": " + SUBJECTS[random.nextInt(SUBJECTS.length)]
            + ", grade " + (1 + random.nextInt(11)) + " (" + index + ")")
        .source(URI.create("https://oer.example.org/resources/" + index))
        .license(LICENSES[random.nextInt(LICENSES.length)])
        .language(LANGUAGES[random.nextInt(LANGUAGES.length)]);
    for (int a = 0, n = 1 + random.nextInt(3); a < n; a++) {
      work.addAuthors(AUTHORS[random.nextInt(AUTHORS.length)]);
    }
    return work.build();
  }

  /**
   * Generates the first works.
   *
   * @param count  how many, 0 or more
   * @return works 0 to {@code count - 1}
   */
  public List<LicensedWork> works(int count) {
    List<LicensedWork> works = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      works.add(work(i));
    }
    return works;
  }
}
