package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;

class AttributionTest {

  static final LicensedWork ORIGINAL = LicensedWork.builder()
      .title("Introduction to Open Educational Resources")
      .addAuthor("Jane Doe")
      .source(URI.create("https://example.org/oer-intro"))
      .license(Licenses.CC_BY_4_0)
      .language(LanguageTag.ENGLISH)
      .build();
  static final LicensedWork MAP = LicensedWork.builder()
      .title("Map <of> Kazakhstan")
      .addAuthor("Cartographer \"Ann\"")
      .license(Licenses.CC0_1_0)
      .build();
  static final LicensedWork REMIX = LicensedWork.builder()
      .title("Ашық білім беру ресурстарына кіріспе")
      .addAuthor("Aigerim Bekova")
      .addAuthor("Ministry of Education & Science")
      .source(URI.create("https://example.kz/oer?lang=kk&v=2"))
      .license(Licenses.CC_BY_SA_4_0)
      .language(LanguageTag.KAZAKH)
      .addAdaptedFrom(ORIGINAL, MAP)
      .changes("Translated from English to Kazakh; map added.")
      .build();

  // Golden files: src/test/resources/org/oerkit/core/license/attribution/remix.<language>.<format>.
  @ParameterizedTest
  @CsvSource({
      "en, TEXT, txt", "en, MARKDOWN, md", "en, HTML, html",
      "ru, TEXT, txt", "ru, MARKDOWN, md", "ru, HTML, html",
      "kk, TEXT, txt", "kk, MARKDOWN, md", "kk, HTML, html",
  })
  void format_remix_matchesTheGoldenFile(String language, AttributionFormat format, String extension)
      throws IOException {
    String golden = golden("remix." + language + "." + extension);

    assertThat(Attribution.of(REMIX).format(format, LanguageTag.parse(language)) + "\n").isEqualTo(golden);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = AttributionTest.class.getResourceAsStream("attribution/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // Source: CC wiki "Best practices for attribution": the "ideal" TASL example.
  @Test
  void text_creativeCommonsIdealExample_isReproduced() {
    LicensedWork photo = LicensedWork.builder()
        .title("Creative Commons 10th Birthday Celebration San Francisco")
        .addAuthor("tvol")
        .license(License.parse("CC-BY-2.0"))
        .build();

    assertThat(Attribution.of(photo).text(LanguageTag.ENGLISH)).isEqualTo(
        "“Creative Commons 10th Birthday Celebration San Francisco” by tvol is licensed under CC BY 2.0"
            + " (https://creativecommons.org/licenses/by/2.0/).");
  }

  @Test
  void text_untitledWork_needsNoTitle() {
    LicensedWork untitled = LicensedWork.builder().addAuthor("Jane Doe").license(Licenses.CC_BY_4_0).build();

    assertThat(Attribution.of(untitled).toString())
        .isEqualTo("This work by Jane Doe is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).");
  }

  private static final String KAZAKH_NOTE =
      " (Ресми емес аударма: Creative Commons лицензияларының ресми қазақша мәтіні жоқ.)";

  /**
   * An untitled adaptation of an untitled translation and of a collection of works in the public domain, under
   * "all rights reserved", without a licence, and under a user-defined licence without a URI.
   */
  private static LicensedWork untitledCourse() {
    LicensedWork intro = LicensedWork.builder().title("Intro").addAuthor("Jane Doe").license(Licenses.CC_BY_4_0)
        .build();
    LicensedWork translation = LicensedWork.builder().license(Licenses.CC_BY_SA_4_0).addAdaptedFrom(intro)
        .changes("Translated").build();
    License school = License.builder().kind(LicenseKind.CUSTOM).spdxId("LicenseRef-school")
        .names(LocalizedText.of(LanguageTag.ENGLISH, "School Licence 1.0")).terms(Licenses.CC_BY_4_0.terms())
        .build();
    LicensedWork anthology = LicensedWork.builder().title("Anthology").license(Licenses.CC_BY_4_0)
        .mode(CombinationMode.COLLECTION)
        .addAdaptedFrom(LicensedWork.builder().title("Old map").license(Licenses.PDM_1_0).build())
        .addAdaptedFrom(LicensedWork.builder().title("Textbook").license(Licenses.ALL_RIGHTS_RESERVED).build())
        .addAdaptedFrom(LicensedWork.builder().title("Worksheet").license(Licenses.UNSPECIFIED).build())
        .addAdaptedFrom(LicensedWork.builder().title("Handout").license(school).build())
        .build();
    return LicensedWork.builder().license(Licenses.CC_BY_SA_4_0).addAdaptedFrom(translation, anthology)
        .changes("Combined").build();
  }

  @Test
  void text_untitledWorksInTheProvenance_areCalledTheUntitledWork_inEnglish() {
    assertThat(Attribution.of(untitledCourse()).text(LanguageTag.ENGLISH)).isEqualTo(
        "This work is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)."
            + " Changes: Combined."
            + " Adapted from the untitled work, licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)."
            + " Adapted from “Anthology”, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
            + " Changes in the untitled work: Translated."
            + " The untitled work is adapted from “Intro” by Jane Doe, licensed under CC BY 4.0"
            + " (https://creativecommons.org/licenses/by/4.0/)."
            + " “Anthology” includes “Old map”, marked with Public Domain Mark 1.0"
            + " (https://creativecommons.org/publicdomain/mark/1.0/)."
            + " “Anthology” includes “Textbook”, all rights reserved."
            + " “Anthology” includes “Worksheet”, license not specified."
            + " “Anthology” includes “Handout”, licensed under School Licence 1.0.");
  }

  @Test
  void text_untitledWorksInTheProvenance_areCalledTheUntitledWork_inRussian() {
    assertThat(Attribution.of(untitledCourse()).text(LanguageTag.RUSSIAN)).isEqualTo(
        "Это произведение распространяется по лицензии CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)."
            + " Изменения: Combined."
            + " Адаптировано из: произведение без названия, лицензия CC BY-SA 4.0"
            + " (https://creativecommons.org/licenses/by-sa/4.0/)."
            + " Адаптировано из: «Anthology», лицензия CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
            + " Изменения в произведении без названия: Translated."
            + " Произведение без названия адаптировано из: «Intro», автор: Jane Doe, лицензия CC BY 4.0"
            + " (https://creativecommons.org/licenses/by/4.0/)."
            + " «Anthology» включает: «Old map», общественное достояние: Public Domain Mark 1.0"
            + " (https://creativecommons.org/publicdomain/mark/1.0/)."
            + " «Anthology» включает: «Textbook», все права защищены."
            + " «Anthology» включает: «Worksheet», лицензия не указана."
            + " «Anthology» включает: «Handout», лицензия School Licence 1.0.");
  }

  @Test
  void text_titledSourcesInTheProvenance_areNamedByTitle_inKazakh() {
    LicensedWork intro = LicensedWork.builder().title("Intro").license(Licenses.CC_BY_4_0).build();
    LicensedWork course = LicensedWork.builder().title("Course").license(Licenses.CC_BY_SA_4_0)
        .addAdaptedFrom(intro).changes("Translated").build();
    assertThat(Attribution.of(LicensedWork.builder().license(Licenses.CC_BY_SA_4_0).addAdaptedFrom(course)
        .changes("Combined").build())
        .text(LanguageTag.KAZAKH)).contains(" «Course» туындысындағы өзгерістер: Translated.")
        .contains(" «Course» туындысының түпнұсқасы: «Intro», CC BY 4.0");
  }

  @Test
  void text_untitledWorksInTheProvenance_areCalledTheUntitledWork_inKazakh() {
    assertThat(Attribution.of(untitledCourse()).text(LanguageTag.KAZAKH)).isEqualTo(
        "Бұл туынды CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) лицензиясы бойынша таратылады."
            + " Өзгерістер: Combined."
            + " Түпнұсқасы: атаусыз туынды, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) лицензиясы."
            + " Түпнұсқасы: «Anthology», CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) лицензиясы."
            + " Атаусыз туындыдағы өзгерістер: Translated."
            + " Атаусыз туындының түпнұсқасы: «Intro», авторы: Jane Doe, CC BY 4.0"
            + " (https://creativecommons.org/licenses/by/4.0/) лицензиясы."
            + " «Anthology» құрамында: «Old map», қоғам игілігі: Public Domain Mark 1.0"
            + " (https://creativecommons.org/publicdomain/mark/1.0/)."
            + " «Anthology» құрамында: «Textbook», барлық құқықтар қорғалған."
            + " «Anthology» құрамында: «Worksheet», лицензия көрсетілмеген."
            + " «Anthology» құрамында: «Handout», School Licence 1.0 лицензиясы."
            + KAZAKH_NOTE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ru | «Old map» находится в общественном достоянии: Public Domain Mark 1.0 "
          + "(https://creativecommons.org/publicdomain/mark/1.0/). | «Textbook». Все права защищены."
          + " | «Worksheet». Лицензия не указана.",
      "kk | «Old map» қоғам игілігінде: Public Domain Mark 1.0 (https://creativecommons.org/publicdomain/mark/1.0/)."
          + " | «Textbook». Барлық құқықтар қорғалған. | «Worksheet». Лицензия көрсетілмеген.",
  })
  void text_publicDomainAllRightsReservedAndUnspecified_inRussianAndKazakh(String language, String publicDomain,
      String reserved, String unspecified) {
    LanguageTag tag = LanguageTag.parse(language);
    String note = tag.equals(LanguageTag.KAZAKH) ? KAZAKH_NOTE : "";

    assertThat(Attribution.of(LicensedWork.builder().title("Old map").license(Licenses.PDM_1_0).build()).text(tag))
        .isEqualTo(publicDomain + note);
    assertThat(Attribution.of(LicensedWork.builder().title("Textbook").license(Licenses.ALL_RIGHTS_RESERVED).build())
        .text(tag)).isEqualTo(reserved + note);
    assertThat(Attribution.of(LicensedWork.builder().title("Worksheet").license(Licenses.UNSPECIFIED).build())
        .text(tag)).isEqualTo(unspecified + note);
  }

  @Test
  void work_isTheWorkAttributed() {
    assertThat(Attribution.of(REMIX).work()).isSameAs(REMIX);
  }

  @Test
  void text_allRightsReservedAndUnspecified_sayItPlainly() {
    LicensedWork reserved = LicensedWork.builder().title("Textbook").addAuthor("Publisher")
        .license(Licenses.ALL_RIGHTS_RESERVED).build();
    LicensedWork unknown = LicensedWork.builder().title("Worksheet").license(Licenses.UNSPECIFIED).build();

    assertThat(Attribution.of(reserved).text(LanguageTag.ENGLISH)).isEqualTo("“Textbook” by Publisher. All rights reserved.");
    assertThat(Attribution.of(reserved).text(LanguageTag.RUSSIAN)).isEqualTo("«Textbook», автор: Publisher. Все права защищены.");
    assertThat(Attribution.of(unknown).text(LanguageTag.ENGLISH)).isEqualTo("“Worksheet”. License not specified.");
  }

  @Test
  void text_publicDomainMark_isMarkedNotLicensed() {
    LicensedWork map = LicensedWork.builder().title("Old map").license(Licenses.PDM_1_0).build();

    assertThat(Attribution.of(map).text(LanguageTag.ENGLISH))
        .isEqualTo("“Old map” is marked with Public Domain Mark 1.0 (https://creativecommons.org/publicdomain/mark/1.0/).");
  }

  @Test
  void text_nestedRemix_keepsEveryPreviousModification() {
    LicensedWork translation = LicensedWork.builder().title("Kirispe").addAuthor("A").license(Licenses.CC_BY_SA_4_0)
        .addAdaptedFrom(ORIGINAL).changes("Translated into Kazakh").build();
    LicensedWork course = LicensedWork.builder().title("Course").addAuthor("B").license(Licenses.CC_BY_SA_4_0)
        .addAdaptedFrom(translation).changes("Shortened").build();

    assertThat(Attribution.of(course).text(LanguageTag.ENGLISH)).isEqualTo(
        "“Course” by B is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)."
            + " Changes: Shortened."
            + " Adapted from “Kirispe” by A, licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)."
            + " Changes in “Kirispe”: Translated into Kazakh."
            + " “Kirispe” is adapted from “Introduction to Open Educational Resources” by Jane Doe"
            + " (https://example.org/oer-intro), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).");
  }

  @Test
  void html_hostileText_isEscapedEverywhere() {
    LicensedWork hostile = LicensedWork.builder()
        .title("<script>alert('x')</script>")
        .addAuthor("\"><img src=x onerror=alert(1)>")
        .source(URI.create("https://example.org/a?b=%22%3E&c='"))
        .license(Licenses.CC_BY_4_0)
        .build();

    String html = Attribution.of(hostile).html(LanguageTag.ENGLISH);

    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("'>");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).contains("href=\"https://example.org/a?b=%22%3E&amp;c=&#39;\"");
  }

  @Test
  void html_javascriptSource_isNotMadeALink() {
    LicensedWork hostile = LicensedWork.builder().title("Click").source(URI.create("javascript:alert(1)"))
        .license(Licenses.CC_BY_4_0).build();

    assertThat(Attribution.of(hostile).html(LanguageTag.ENGLISH)).doesNotContain("javascript").startsWith("“Click”");
    assertThat(Attribution.of(hostile).markdown(LanguageTag.ENGLISH)).doesNotContain("javascript");
  }

  @Test
  void markdown_markupInText_isEscaped() {
    LicensedWork work = LicensedWork.builder().title("*Bold* [link](x) _em_").license(Licenses.CC_BY_4_0).build();

    assertThat(Attribution.of(work).markdown(LanguageTag.ENGLISH))
        .startsWith("“\\*Bold\\* \\[link\\](x) \\_em\\_” is licensed under [CC BY 4.0](");
  }

  @Test
  void kazakh_noticeStatesItsUnofficialStatus() {
    assertThat(Attribution.of(ORIGINAL).text(LanguageTag.KAZAKH))
        .endsWith("(Ресми емес аударма: Creative Commons лицензияларының ресми қазақша мәтіні жоқ.)");
    assertThat(Attribution.isOfficialWording(LanguageTag.KAZAKH)).isFalse();
    assertThat(Attribution.isOfficialWording(LanguageTag.parse("kk-KZ"))).isFalse();
    assertThat(Attribution.isOfficialWording(LanguageTag.RUSSIAN)).isTrue();
  }

  // Issue 14: "an unsupported language (de) is refused or falls back visibly": refused, naming the languages.
  @Test
  void format_languageWithoutWording_isRefusedNamingTheLanguagesThereAre() {
    for (AttributionFormat format : AttributionFormat.values()) {
      assertThatThrownBy(() -> Attribution.of(ORIGINAL).format(format, LanguageTag.parse("de")))
          .isInstanceOf(DomainRuleException.class)
          .hasMessageContaining("Attribution.language must be one of en, ru, kk")
          .hasMessageEndingWith("was de");
    }
    assertThatThrownBy(() -> Attribution.of(ORIGINAL).text(LanguageTag.FRENCH))
        .isInstanceOf(DomainRuleException.class).hasMessageEndingWith("was fr");
  }

  @Test
  void languages_areTheWordingsThereAre_withAnyRegion() {
    assertThat(Attribution.languages()).containsExactly(LanguageTag.ENGLISH, LanguageTag.RUSSIAN, LanguageTag.KAZAKH);
    assertThat(Attribution.isWrittenIn(LanguageTag.parse("kk-KZ"))).isTrue();
    assertThat(Attribution.isWrittenIn(LanguageTag.parse("en-GB"))).isTrue();
    assertThat(Attribution.isWrittenIn(LanguageTag.parse("de"))).isFalse();
    assertThat(Attribution.isOfficialWording(LanguageTag.parse("de"))).isFalse();
    assertThat(Attribution.of(ORIGINAL).text(LanguageTag.parse("ru-KZ"))).isEqualTo(Attribution.of(ORIGINAL).text(LanguageTag.RUSSIAN));
  }

  // Issue 14: "an attribution for an adaptation that the licence forbids (BY-ND material adapted) comes with a
  // warning, not silently". Source: BY-ND 4.0 legal code section 2(a)(1)(B); the remix chart's BY-ND row.
  @Test
  void warnings_adaptedNoDerivativesMaterial_isAnErrorAtTheWorksLicense() {
    LicensedWork lecture = LicensedWork.builder().title("Lecture").addAuthor("C").license(Licenses.CC_BY_ND_4_0).build();
    LicensedWork remix = LicensedWork.builder().title("Slides").addAuthor("D").license(Licenses.CC_BY_4_0)
        .addAdaptedFrom(lecture).changes("Cut into slides").build();

    Report warnings = Attribution.of(remix).warnings();

    assertThat(warnings.hasErrors()).isTrue();
    assertThat(warnings.findings()).hasSize(1);
    Finding finding = warnings.findings().get(0);
    assertThat(finding.rule()).isEqualTo(LicenseRules.NO_DERIVATIVES);
    assertThat(finding.location()).isEqualTo("/license");
    assertThat(finding.message()).startsWith("“Slides” adapts CC BY-ND 4.0 material under CC BY 4.0: ");
    // the notice itself is still written: it states what was done
    assertThat(Attribution.of(remix).text(LanguageTag.ENGLISH)).contains("Adapted from “Lecture” by C");
  }

  @Test
  void warnings_breachDeepInTheProvenance_isLocatedThereOnce() {
    LicensedWork shareAlike = LicensedWork.builder().title("Wiki article").license(Licenses.CC_BY_SA_4_0).build();
    LicensedWork relicensed = LicensedWork.builder().title("Handout").license(Licenses.CC_BY_4_0)
        .addAdaptedFrom(shareAlike).changes("Shortened").build();
    LicensedWork course = LicensedWork.builder().title("Course").license(Licenses.CC_BY_4_0)
        .addAdaptedFrom(ORIGINAL, relicensed).changes("Put together").build();

    Report warnings = Attribution.of(course).warnings();

    assertThat(warnings.findings()).extracting(Finding::location).containsExactly("/adaptedFrom/1/license");
    assertThat(warnings.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(warnings.findings().get(0).message()).startsWith("“Handout” adapts CC BY-SA 4.0 material under CC BY 4.0: ");
  }

  // Source: the adapter's license chart: BY material adapted under CC0 is yellow (permitted, not recommended).
  @Test
  void warnings_yellowCellOfTheAdaptersChart_isAWarning() {
    LicensedWork remix = LicensedWork.builder().title("Remix").license(Licenses.CC0_1_0)
        .addAdaptedFrom(ORIGINAL).changes("Translated").build();

    Report warnings = Attribution.of(remix).warnings();

    assertThat(warnings.hasErrors()).isFalse();
    assertThat(warnings.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(warnings.findings()).extracting(f -> f.rule().id()).containsExactly("license.adapter-not-recommended");
  }

  @Test
  void warnings_allowedRemixAndOriginal_areEmpty() {
    assertThat(Attribution.of(REMIX).warnings().isEmpty()).isTrue();
    assertThat(Attribution.of(ORIGINAL).warnings().isEmpty()).isTrue();
  }

  @Test
  void warnings_collectionOfNonCommercialUnderBy_isAnError() {
    LicensedWork nc = LicensedWork.builder().title("NC chapter").license(Licenses.CC_BY_NC_4_0).build();
    LicensedWork reader = LicensedWork.builder().title("Reader").license(Licenses.CC_BY_4_0)
        .mode(CombinationMode.COLLECTION).addAdaptedFrom(nc).build();

    Report warnings = Attribution.of(reader).warnings();

    assertThat(warnings.findings()).extracting(f -> f.rule().id()).containsExactly("license.collection-noncommercial");
    assertThat(warnings.findings().get(0).message()).startsWith("“Reader” collects CC BY-NC 4.0 material under CC BY 4.0: ");
  }

  @Test
  void collection_saysIncludesRatherThanAdaptedFrom() {
    LicensedWork reader = LicensedWork.builder().title("Reader").license(Licenses.CC_BY_NC_4_0)
        .mode(CombinationMode.COLLECTION).addAdaptedFrom(ORIGINAL).build();

    assertThat(Attribution.of(reader).text(LanguageTag.ENGLISH)).contains(" Includes “Introduction to Open Educational Resources”");
  }

  @Test
  void adaptationWithoutChanges_isRefusedWhenBuilt() {
    assertThatThrownBy(() -> LicensedWork.builder().title("Remix").license(Licenses.CC_BY_4_0)
        .addAdaptedFrom(ORIGINAL).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicensedWork.changes must say what was changed in an adaptation")
        .hasMessageContaining("\"Remix\"");
  }
}
