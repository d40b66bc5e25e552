package org.oerkit.examples.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the strings that OER metadata carries in its licence fields, from a seed, for the detection
 * benchmarks of oerkit issue 14: SPDX ids and their usual misspellings ({@code cc by 4.0},
 * {@code CC-BY-SA4.0}), Creative Commons URIs in all their forms (with and without scheme, {@code legalcode}
 * and {@code deed} suffixes, language suffixes, SPDX's pages), names as CC and SPDX write them, families
 * without a version ({@code cc-by}), SPDX expressions, statements in prose as publishers write them, rights
 * statements that are not licences, and unknown strings. The mix is weighted as repositories report it: ids
 * and URIs first, then names, prose and the rest; a string may come with stray spaces or another case.
 *
 * <p>The same seed and index always give an equal string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticLicenseStrings {

  /** The forms, each as often as it appears here (the weights). */
  private static final String[] FORMS = {
      "CC-BY-4.0", "CC-BY-4.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-SA-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0",
      "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-3.0-IGO", "CC-BY-SA-3.0", "MIT", "Apache-2.0", "GPL-3.0-or-later",
      "ODbL-1.0",
      "cc by 4.0", "CC BY-SA 4.0", "CC-BY-SA4.0", "CC BY 4", "cc by-nc-sa 3.0", "CC BY-NC-ND 4.0",
      "https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/",
      "http://creativecommons.org/licenses/by-sa/4.0/", "https://creativecommons.org/licenses/by-nc-sa/4.0/",
      "http://creativecommons.org/licenses/by-sa/3.0/igo/", "//creativecommons.org/licenses/by/4.0/",
      "https://creativecommons.org/licenses/by/4.0/legalcode", "https://creativecommons.org/licenses/by/4.0/deed.de",
      "creativecommons.org/licenses/by-nc/4.0", "https://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/mark/1.0/", "https://spdx.org/licenses/CC-BY-4.0.html",
      "Creative Commons Attribution 4.0 International", "Attribution-ShareAlike 4.0 International",
      "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License",
      "Creative Commons Attribution Share Alike 2.0 England and Wales", "CC0 1.0 Universal",
      "cc-by", "CC BY", "public domain", "CC-BY-4.0 OR GPL-3.0-or-later", "MIT AND Apache-2.0",
      "This publication is available in Open Access under the Attribution-ShareAlike 3.0 IGO (CC-BY-SA 3.0 IGO)"
          + " license (http://creativecommons.org/licenses/by-sa/3.0/igo/).",
      "This work is licensed under a Creative Commons Attribution 4.0 International License.",
      "Except where otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0"
          + " International licence.",
      "<a rel=\"license\" href=\"http://creativecommons.org/licenses/by-nc/4.0/\">Creative Commons License</a>",
      "All rights reserved", "© UNESCO 2023", "http://rightsstatements.org/vocab/InC/1.0/",
      "FOO", "Custom licence of the ministry, version 2", "see the terms of use",
  };

  private final long seed;

  private SyntheticLicenseStrings(long seed) {
    this.seed = seed;
  }

  /**
   * Obtains a generator for a seed.
   *
   * @param seed  the seed
   * @return the generator
   */
  public static SyntheticLicenseStrings withSeed(long seed) {
    return new SyntheticLicenseStrings(seed);
  }

  /**
   * Gets the number of distinct forms the strings are drawn from, before their variations.
   *
   * @return the number of forms
   */
  public static int forms() {
    return FORMS.length;
  }

  /**
   * Generates one licence string.
   *
   * @param index  the number of the string, 0 or more
   * @return the string, equal for equal seeds and indexes
   */
  public String string(long index) {
    SplittableRandom random = new SplittableRandom(seed * 17 + index);
    String form = FORMS[random.nextInt(FORMS.length)];
    switch (random.nextInt(8)) {
      case 0: return " " + form + " ";
      case 1: return form.toLowerCase(Locale.ROOT);
      case 2: return form.toUpperCase(Locale.ROOT);
      default: return form;
    }
  }

  /**
   * Generates the first strings.
   *
   * @param count  how many, 0 or more
   * @return strings 0 to {@code count - 1}
   */
  public String[] strings(int count) {
    String[] strings = new String[count];
    for (int i = 0; i < count; i++) {
      strings[i] = string(i);
    }
    return strings;
  }

  /**
   * Generates an unknown text of a given length, the detector's worst case: words that name no licence,
   * with no line break, so that every stage (short forms, expressions, legal texts, prose) has a look.
   *
   * @param length  the number of characters, 0 or more
   * @return the text
   */
  public String unknownText(int length) {
    SplittableRandom random = new SplittableRandom(seed * 19 + length);
    String[] words = {"open", "educational", "resources", "terms", "use", "material", "repository", "rights",
        "version", "creative", "commons", "share", "attribution", "licence", "policy", "national"};
    StringBuilder text = new StringBuilder(length + 16);
    while (text.length() < length) {
      text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
    }
    text.setLength(length);
    return text.toString();
  }
}
