package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements in prose, Markdown and HTML: the licences their URLs and names give, the words a licence's name
 * starts with, the punctuation and line breaks around and inside names, and the statements that grant none.
 */
class LicenseDetectorProseTest {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  private static void assertStatementOf(String text, String id) {
    Detection detection = DETECTOR.detect(text);
    assertThat(detection.answer()).as(text).isEqualTo(Detection.Answer.NORMALIZED);
    assertThat(detection.license()).as(text).map(License::id).contains(id);
    assertThat(detection.normalizations()).as(text).containsExactly(Normalization.STATEMENT);
  }

  /** Each word a name can start with, as the name of the only licence of a sentence. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC0 1.0 | CC0-1.0",
      "\u0421\u04210 1.0 | CC0-1.0",
      "Creative Commons Zero v1.0 Universal | CC0-1.0",
      "Attribution-NoDerivatives 4.0 International | CC-BY-ND-4.0",
      "GNU General Public License v3.0 or later | GPL-3.0-or-later",
      "GPL-3.0-or-later | GPL-3.0-or-later",
      "GFDL-1.3-only | GFDL-1.3-only",
      "MIT License | MIT",
      "Apache License 2.0 | Apache-2.0",
      "ODbL 1.0 | ODbL-1.0",
      "ODC-By-1.0 | ODC-By-1.0",
      "PDDL-1.0 | PDDL-1.0",
      "Open Government Licence v3.0 | OGL-UK-3.0",
      "Licence Art Libre 1.3 | LAL-1.3",
      "Free Art License 1.3 | LAL-1.3",
      "Public Domain Dedication 1.0 | CC0-1.0",
      "OGL-UK-3.0 | OGL-UK-3.0",
      "LAL-1.3 | LAL-1.3",
      "BY-NC-SA 4.0 | CC-BY-NC-SA-4.0",
      "\u0421 \u0443\u043a\u0430\u0437\u0430\u043d\u0438\u0435\u043c \u0430\u0432\u0442\u043e\u0440\u0441\u0442\u0432\u0430"
          + " \u0432\u0435\u0440\u0441\u0438\u0438 4.0 \u041c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434"
          + "\u043d\u0430\u044f | CC-BY-4.0",
      "FAL 1.3 | LAL-1.3",
  })
  void detect_sentenceNamingALicence_findsItByTheWordItsNameStartsWith(String name, String id) {
    assertStatementOf("This material is available under the terms of " + name + ", see the notice.", id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "This work is released as CC0. | CC0-1.0",
      "This dataset is released as ODC-By. | ODC-By-1.0",
      "This work is released under \"CC0 1.0\". | CC0-1.0",
      "This work is released under \u00abCC0 1.0\u00bb. | CC0-1.0",
  })
  void detect_oneWordOfADigitOrAHyphen_orAQuotedName_isRead(String text, String id) {
    assertStatementOf(text, id);
  }

  @Test
  void detect_oneWordWithoutDigitOrHyphen_isNotReadAsALicence() {
    assertThat(DETECTOR.detect("This work was developed at MIT in Cambridge.").answer())
        .isEqualTo(Detection.Answer.UNKNOWN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"(licensed under https://creativecommons.org/licenses/by/4.0/)",
      "(https://creativecommons.org/licenses/by/4.0/ applies to the text)",
      "Licensed (see https://creativecommons.org/licenses/by/4.0/).",
      "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">licence</a>"})
  void detect_urlInParenthesesOrALink_isRead(String text) {
    assertStatementOf(text, "CC-BY-4.0");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"This work is licensed under Creative Commons Attri-\nbution 4.0 International.",
      "This work is licensed under Creative Commons Attri- \nbution 4.0 International.",
      "This work is licensed under Creative Commons Attri-\t\nbution 4.0 International.",
      "This work is licensed under Creative Commons Attri-\r\nbution 4.0 International.",
      "This work is licensed under Creative Commons Attri-\n   bution 4.0 International.",
      "This work is licensed under Creative Commons Attri-\n\u00a0bution 4.0 International."})
  void detect_wordBrokenAtAHyphenAndALineBreak_isJoined(String text) {
    Detection detection = DETECTOR.detect(text);

    assertThat(detection.license()).contains(Licenses.CC_BY_4_0);
    assertThat(detection.normalizations()).containsExactlyInAnyOrder(Normalization.STATEMENT, Normalization.SPACING);
  }

  @Test
  void detect_hyphenAtALineBreakBeforeACapital_isKept() {
    Detection detection = DETECTOR.detect("Licensed under CC Attribution-\nShareAlike 4.0 International.");

    assertThat(detection.license()).contains(Licenses.CC_BY_SA_4_0);
    assertThat(detection.normalizations()).containsExactlyInAnyOrder(Normalization.STATEMENT, Normalization.SPACING);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"This work is licensed under CC BY 4.0 -\nsee the deed.",
      "- Licence: CC BY 4.0\n- Author: Jane Doe", "This work is licensed under CC BY 4.0\nby Jane Do-",
      "This work is licensed under CC BY 4.0 by Jane 4-\nDoe"})
  void detect_hyphenThatBreaksNoWord_isLeftAlone(String text) {
    Detection detection = DETECTOR.detect(text);

    assertThat(detection.license()).contains(Licenses.CC_BY_4_0);
    assertThat(detection.normalizations()).containsExactly(Normalization.STATEMENT);
  }

  /** A copyright line with a licence is common in OER metadata ("© 2023 UNESCO, CC BY-SA 3.0 IGO"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\u00a9 2023 UNESCO, CC BY-SA 3.0 IGO | CC-BY-SA-3.0-IGO",
      "Copyright 2020 Jane Doe. Licensed under CC BY 4.0. | CC-BY-4.0",
      "(c) 2020 Jane Doe, https://creativecommons.org/licenses/by/4.0/ | CC-BY-4.0",
  })
  void detect_copyrightNoticeWithALicence_isTheLicence(String text, String id) {
    assertStatementOf(text, id);
  }

  /** Found by the mutation tests: a catalogue URI at the end of a statement was read as the whole text. */
  @Test
  void detect_statementEndingInAUriOfAnotherLicence_isAmbiguous() {
    Detection detection = DETECTOR.detect("Licensed under CC BY-SA 4.0, not https://creativecommons.org/licenses/by/4.0/");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0);
    assertThat(LicenseCatalog.uriKey("(c) 2020 Jane Doe, https://creativecommons.org/licenses/by/4.0/")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u00a9 UNESCO 2023", "(c) 2020 Jane Doe", "Copyright 2020 Jane Doe",
      "\u2117 2020 Example Records", "Copyright 2020 Jane Doe.\nReproduced with permission."})
  void detect_copyrightNoticeAlone_grantsNoLicence(String text) {
    Detection detection = DETECTOR.detect(text);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NOT_A_LICENSE);
    assertThat(detection.explanation()).isEqualTo("the text is a rights statement, not a license: a copyright "
        + "notice, which grants no license");
    assertThat(detection.license()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u00a9 2023 UNESCO. All rights reserved.", "\u00a9 2023 UNESCO.\nAll rights reserved."})
  void detect_allRightsReservedInAStatement_isTheMarker(String text) {
    Detection detection = DETECTOR.detect(text);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NOT_A_LICENSE);
    assertThat(detection.license()).contains(Licenses.ALL_RIGHTS_RESERVED);
    assertThat(License.parse(text)).isEqualTo(Licenses.ALL_RIGHTS_RESERVED);
  }

  @Test
  void detect_rightsStatementUrlInProse_isNotALicence() {
    Detection educational = DETECTOR.detect("Rights: http://rightsstatements.org/vocab/InC-EDU/1.0/ (see there).");
    Detection inCopyright = DETECTOR.detect("Rights: http://rightsstatements.org/vocab/InC/1.0/ (see there).");

    assertThat(educational.answer()).isEqualTo(Detection.Answer.NOT_A_LICENSE);
    assertThat(educational.explanation()).contains("In Copyright - Educational Use Permitted");
    assertThat(educational.license()).isEmpty();
    assertThat(inCopyright.answer()).isEqualTo(Detection.Answer.NOT_A_LICENSE);
    assertThat(inCopyright.license()).contains(Licenses.ALL_RIGHTS_RESERVED);
  }

  @Test
  void detect_rightsStatement_isAllRightsReservedForInCopyrightOnly() {
    assertThat(License.parse("http://rightsstatements.org/vocab/InC/1.0/")).isEqualTo(Licenses.ALL_RIGHTS_RESERVED);
    assertThat(DETECTOR.detect("http://rightsstatements.org/vocab/InC-EDU/1.0/").license()).isEmpty();
    assertThat(DETECTOR.detect("http://rightsstatements.org/vocab/NKC/1.0/").isDefinite()).isFalse();
  }

  @Test
  void detect_urlSeveralLicencesShareInProse_isAmbiguousWithThemAll() {
    Detection detection = DETECTOR.detect("The program is free software: https://www.gnu.org/licenses/gpl-3.0.html "
        + "(see the file).");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).extracting(License::id).containsExactly("GPL-3.0-only", "GPL-3.0-or-later");
    assertThat(detection.explanation()).isEqualTo("the URI is the text of 2 licenses, which it does not choose "
        + "between: GPL-3.0-only, GPL-3.0-or-later");
    assertThat(detection.normalizations()).containsExactly(Normalization.STATEMENT);
  }

  @Test
  void detect_urlOfALicenceOtherThanCreativeCommonsInProse_isRead() {
    assertStatementOf("Source code: https://opensource.org/licenses/MIT (see the file).", "MIT");
  }

  @Test
  void detect_urlAndNamesThatDisagree_listEachLicenceOnce() {
    Detection detection = DETECTOR.detect("Licensed under CC BY 4.0 and CC BY-SA 4.0 "
        + "(https://creativecommons.org/licenses/by/4.0/).");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0);
    assertThat(detection.explanation())
        .isEqualTo("the URL names CC-BY-4.0 but the text names CC-BY-4.0, CC-BY-SA-4.0");
  }

  @Test
  void detect_statementNamingTwoLicences_isAmbiguousWithBoth() {
    Detection detection = DETECTOR.detect("Text under CC BY 4.0, code under the MIT License.");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).extracting(License::id).containsExactly("CC-BY-4.0", "MIT");
    assertThat(detection.explanation()).isEqualTo("the text names several licenses: CC-BY-4.0, MIT");
    assertThat(detection.normalizations()).isEqualTo(EnumSet.of(Normalization.STATEMENT));
  }

  @Test
  void detect_twoIdsSideBySideWithAnOperator_isProseNotAnExpression() {
    assertStatementOf("CC BY-SA 4.0 AND MIT", "CC-BY-SA-4.0");
  }
}
