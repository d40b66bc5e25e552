package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;

class LicenseTest {

  private static final LicenseTerms OPEN_TERMS = Licenses.CC_BY_4_0.terms();

  @Test
  void equals_sameAndDifferentLicenses_behaveAsValues() {
    new EqualsTester()
        .addEqualityGroup(Licenses.CC_BY_4_0, License.parse("CC-BY-4.0"),
            License.parse("https://creativecommons.org/licenses/by/4.0/"))
        .addEqualityGroup(Licenses.CC_BY_SA_4_0)
        .addEqualityGroup(Licenses.CC_BY_3_0_IGO)
        .addEqualityGroup(
            License.custom("LicenseRef-kz-open-1.0", "National Open Licence", URI.create("https://example.kz/l/"),
                OPEN_TERMS),
            License.custom("LicenseRef-kz-open-1.0", "National Open Licence", URI.create("https://example.kz/l/"),
                OPEN_TERMS))
        .addEqualityGroup(
            License.custom("LicenseRef-kz-open-2.0", "National Open Licence", URI.create("https://example.kz/l/"),
                OPEN_TERMS))
        .testEquals();
  }

  // The id alone is the identity, as a currency's code is in Joda-Money's CurrencyUnit.
  @Test
  void equals_customLicensesWithTheSameIdAndOtherTerms_areEqual() {
    License open = License.custom("LicenseRef-kz-same-id", "Open", URI.create("https://example.kz/o/"), OPEN_TERMS);
    License closed = License.custom("LicenseRef-kz-same-id", "Closed", URI.create("https://example.kz/c/"),
        Licenses.CC_BY_NC_ND_4_0.terms());

    assertThat(open).isEqualTo(closed).hasSameHashCodeAs(closed);
    assertThat(open.isDefinedAs(closed)).isFalse();
  }

  @Test
  void toString_ofCustomLicense_isItsLicenseRefIdAndParsesBackOnceRegistered() {
    License national = Licenses.register(License.custom("LicenseRef-kz-parse-1.0", "Open Licence of Kazakhstan",
        URI.create("https://example.kz/open-licence/1.0/"), OPEN_TERMS));

    assertThat(national.toString()).isEqualTo("LicenseRef-kz-parse-1.0");
    assertThat(national.spdxId()).contains("LicenseRef-kz-parse-1.0");
    assertThat(License.parse("LicenseRef-kz-parse-1.0")).isSameAs(national);
    assertThat(License.parse("licenseref-KZ-parse-1.0")).isSameAs(national);
  }

  @Test
  void parse_unregisteredLicenseRef_isRefused() {
    assertThatThrownBy(() -> License.parse("LicenseRef-never-registered"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("LicenseRef-never-registered")
        .hasMessageContaining("no user-defined license is registered under this id");
  }

  @Test
  void parse_nameOrUriOfRegisteredLicense_isNotRead() {
    Licenses.register(License.custom("LicenseRef-kz-shadow", "CC BY 4.0", URI.create("https://example.kz/shadow/"),
        Licenses.CC_BY_NC_4_0.terms()));

    assertThat(License.parse("CC BY 4.0")).isSameAs(Licenses.CC_BY_4_0);
    assertThatThrownBy(() -> License.parse("https://example.kz/shadow/")).isInstanceOf(UnknownLicenseException.class);
  }

  @Test
  void register_sameDefinitionTwice_returnsTheFirst() {
    License first = Licenses.register(License.custom("LicenseRef-kz-twice", "Twice",
        URI.create("https://example.kz/twice/"), OPEN_TERMS));
    License second = License.custom("LicenseRef-kz-twice", "Twice", URI.create("https://example.kz/twice/"),
        OPEN_TERMS);

    assertThat(Licenses.register(second)).isSameAs(first);
  }

  @Test
  void register_otherDefinitionUnderARegisteredId_isRefused() {
    Licenses.register(License.custom("LicenseRef-kz-conflict", "Open", URI.create("https://example.kz/c/"),
        OPEN_TERMS));
    License other = License.custom("LicenseRef-KZ-conflict", "Open", URI.create("https://example.kz/c/"),
        Licenses.CC_BY_NC_4_0.terms());

    assertThatThrownBy(() -> Licenses.register(other))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.id must name one license; another definition is already registered")
        .hasMessageContaining("\"LicenseRef-KZ-conflict\"");
  }

  @Test
  void register_standardLicense_isRefused() {
    assertThatThrownBy(() -> Licenses.register(Licenses.CC_BY_4_0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Licenses.register must be given a user-defined (CUSTOM) license")
        .hasMessageContaining("\"CC-BY-4.0\"");
  }

  @Test
  void ccBySa40_hasItsCatalogueFacts() {
    License license = Licenses.CC_BY_SA_4_0;

    assertThat(license.kind()).isEqualTo(LicenseKind.CC_BY_SA);
    assertThat(license.spdxId()).contains("CC-BY-SA-4.0");
    assertThat(license.uri()).contains(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"));
    assertThat(license.deed()).contains(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"));
    assertThat(license.legalCode()).contains(URI.create("https://creativecommons.org/licenses/by-sa/4.0/legalcode"));
    assertThat(license.version()).contains("4.0");
    assertThat(license.jurisdiction()).isEmpty();
    assertThat(license.shortName()).isEqualTo("CC BY-SA 4.0");
    assertThat(license.retiredOn()).isEmpty();
    assertThat(license.isCreativeCommons()).isTrue();
  }

  // Source: dcterms:title of docs/licenses/<unit>/4.0/rdf in creativecommons/cc-legal-tools-data.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CC-BY-4.0 | Attribution 4.0 International | С указанием авторства версии 4.0 Международная",
      "CC-BY-SA-4.0 | Attribution-ShareAlike 4.0 International"
          + " | С указанием авторства-С сохранением условий версии 4.0 Международная",
      "CC-BY-NC-4.0 | Attribution-NonCommercial 4.0 International"
          + " | С указанием авторства-Некоммерческая версии 4.0 Международная",
      "CC-BY-ND-4.0 | Attribution-NoDerivatives 4.0 International"
          + " | С указанием авторства-Без производных версии 4.0 Международная",
      "CC-BY-NC-SA-4.0 | Attribution-NonCommercial-ShareAlike 4.0 International"
          + " | С указанием авторства-Некоммерческая-С сохранением условий версии 4.0 Международная",
      "CC-BY-NC-ND-4.0 | Attribution-NonCommercial-NoDerivatives 4.0 International"
          + " | С указанием авторства-Некоммерческая-Без производных версии 4.0 Международная",
  })
  void names_of40Licenses_areTheOfficialEnglishAndRussianTitles(String id, String english, String russian) {
    License license = License.parse(id);

    assertThat(license.names().get(LanguageTag.ENGLISH)).contains(english);
    assertThat(license.names().get(LanguageTag.RUSSIAN)).contains(russian);
    assertThat(license.names().get(LanguageTag.KAZAKH)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CC-BY-3.0 | Attribution 3.0 Unported | CC BY 3.0",
      "CC-BY-3.0-IGO | Attribution 3.0 IGO | CC BY 3.0 IGO",
      "CC-BY-3.0-DE | Attribution 3.0 Germany | CC BY 3.0 DE",
      "CC-BY-ND-2.5 | Attribution-NoDerivs 2.5 Generic | CC BY-ND 2.5",
      "CC-BY-NC-ND-1.0 | Attribution-NoDerivs-NonCommercial 1.0 Generic | CC BY-ND-NC 1.0",
      "CC0-1.0 | CC0 1.0 Universal | CC0 1.0",
      "CC-PDM-1.0 | Public Domain Mark 1.0 | Public Domain Mark 1.0",
  })
  void names_ofOlderAndPublicDomainTools_followCreativeCommonsTitles(String id, String english, String shortName) {
    License license = License.parse(id);

    assertThat(license.names().original()).isEqualTo(english);
    assertThat(license.shortName()).isEqualTo(shortName);
  }

  @Test
  void name_inKazakh_fallsBackToEnglishWhenNoUnofficialNameExists() {
    LicenseName name = Licenses.CC_BY_4_0.name(LanguageTag.KAZAKH);

    assertThat(name.text()).isEqualTo("Attribution 4.0 International");
    assertThat(name.language()).isEqualTo(LanguageTag.ENGLISH);
    assertThat(name.isOfficial()).isTrue();
  }

  @Test
  void name_inKazakh_isMarkedUnofficialWhenGiven() {
    License national = License.builder()
        .kind(LicenseKind.CUSTOM)
        .spdxId("LicenseRef-kz-open")
        .names(LocalizedText.of(LanguageTag.RUSSIAN, "Открытая лицензия"))
        .putUnofficialName(LanguageTag.KAZAKH, "Ашық лицензия")
        .uri(URI.create("https://example.kz/open/"))
        .terms(OPEN_TERMS)
        .jurisdiction(Jurisdiction.of(Country.KAZAKHSTAN))
        .build();

    LicenseName kazakh = national.name(LanguageTag.parse("kk-KZ"));
    assertThat(kazakh.text()).isEqualTo("Ашық лицензия");
    assertThat(kazakh.isOfficial()).isFalse();
    assertThat(kazakh.toString()).isEqualTo("Ашық лицензия (unofficial)");
    assertThat(national.name(LanguageTag.RUSSIAN).isOfficial()).isTrue();
    assertThat(national.shortName()).isEqualTo("Открытая лицензия");
  }

  @Test
  void name_inALanguageWithoutOne_isTheEnglishName_elseTheOriginal() {
    License russian = License.builder().kind(LicenseKind.CUSTOM).spdxId("LicenseRef-ru-open")
        .names(LocalizedText.of(LanguageTag.RUSSIAN, "Открытая лицензия")).terms(OPEN_TERMS).build();

    assertThat(russian.name(LanguageTag.FRENCH))
        .isEqualTo(new LicenseName("Открытая лицензия", LanguageTag.RUSSIAN, true));
    assertThat(Licenses.CC_BY_4_0.name(LanguageTag.FRENCH))
        .isEqualTo(new LicenseName("Attribution 4.0 International", LanguageTag.ENGLISH, true));
  }

  @Test
  void deed_inALanguage_ofALicenceThatIsNoCreativeCommonsTool_isItsOneDeed() {
    License mine = License.builder().kind(LicenseKind.CUSTOM).spdxId("LicenseRef-deeded")
        .names(LocalizedText.of(LanguageTag.ENGLISH, "Deeded")).deed(URI.create("https://example.org/deed"))
        .terms(OPEN_TERMS).build();

    assertThat(mine.deed(LanguageTag.RUSSIAN)).contains(URI.create("https://example.org/deed"));
    assertThat(Licenses.GPL_3_0.deed(LanguageTag.RUSSIAN)).isEmpty();
  }

  @Test
  void retiredOn_beforeTheYear1900_isRefused() {
    assertThatThrownBy(() -> License.builder().kind(LicenseKind.CUSTOM).spdxId("LicenseRef-old")
        .names(LocalizedText.of(LanguageTag.ENGLISH, "Old")).terms(OPEN_TERMS).retiredOn(LocalDate.of(1899, 12, 31))
        .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.retiredOn must lie in the years 1900 to 9999");
  }

  // Source: cc:permits/cc:requires/cc:prohibits of each tool's RDF (cc-legal-tools-data, cc.licenserdf).
  static Stream<Arguments> termsCases() {
    Set<Permission> rdd = EnumSet.of(Permission.REPRODUCTION, Permission.DISTRIBUTION, Permission.DERIVATIVE_WORKS);
    Set<Permission> rd = EnumSet.of(Permission.REPRODUCTION, Permission.DISTRIBUTION);
    Set<Requirement> na = EnumSet.of(Requirement.NOTICE, Requirement.ATTRIBUTION);
    Set<Requirement> nas = EnumSet.of(Requirement.NOTICE, Requirement.ATTRIBUTION, Requirement.SHARE_ALIKE);
    Set<Prohibition> none = EnumSet.noneOf(Prohibition.class);
    Set<Prohibition> nc = EnumSet.of(Prohibition.COMMERCIAL_USE);
    return Stream.of(
        Arguments.of("CC-BY-4.0", rdd, na, none),
        Arguments.of("CC-BY-SA-2.0-UK", rdd, nas, none),
        Arguments.of("CC-BY-NC-3.0-IGO", rdd, na, nc),
        Arguments.of("CC-BY-ND-1.0", rd, na, none),
        Arguments.of("CC-BY-NC-SA-4.0", rdd, nas, nc),
        Arguments.of("CC-BY-NC-ND-1.0", rd, na, nc),
        Arguments.of("https://creativecommons.org/licenses/nc/1.0/", rdd, EnumSet.of(Requirement.NOTICE), nc),
        Arguments.of("https://creativecommons.org/licenses/sampling/1.0/",
            EnumSet.of(Permission.REPRODUCTION, Permission.DERIVATIVE_WORKS), na, none),
        Arguments.of("https://creativecommons.org/licenses/sampling+/1.0/",
            EnumSet.of(Permission.REPRODUCTION, Permission.DERIVATIVE_WORKS, Permission.SHARING), na, none),
        Arguments.of("https://creativecommons.org/licenses/devnations/2.0/", rdd, EnumSet.of(Requirement.NOTICE),
            EnumSet.of(Prohibition.HIGH_INCOME_NATION_USE)),
        Arguments.of("CC0-1.0", rdd, EnumSet.noneOf(Requirement.class), none),
        Arguments.of("CC-PDM-1.0", rdd, EnumSet.noneOf(Requirement.class), none),
        Arguments.of("NONE", EnumSet.noneOf(Permission.class), EnumSet.noneOf(Requirement.class), none));
  }

  @ParameterizedTest
  @MethodSource("termsCases")
  void terms_ofEachTool_areThoseOfItsRdf(String id, Set<Permission> permits, Set<Requirement> requires,
      Set<Prohibition> prohibits) {
    LicenseTerms terms = License.parse(id).terms();

    assertThat(terms.permits()).containsExactlyInAnyOrderElementsOf(permits);
    assertThat(terms.requires()).containsExactlyInAnyOrderElementsOf(requires);
    assertThat(terms.prohibits()).containsExactlyInAnyOrderElementsOf(prohibits);
  }

  // Source: Wiley, http://www.opencontent.org/definition/, and the mapping of the licenses.md notes §2.3.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CC-BY-4.0 | RETAIN REUSE REVISE REMIX REDISTRIBUTE",
      "CC-BY-NC-SA-4.0 | RETAIN REUSE REVISE REMIX REDISTRIBUTE",
      "CC-BY-ND-4.0 | RETAIN REUSE REDISTRIBUTE",
      "CC-BY-NC-ND-3.0 | RETAIN REUSE REDISTRIBUTE",
      "CC0-1.0 | RETAIN REUSE REVISE REMIX REDISTRIBUTE",
      "NONE | ''",
  })
  void fiveRs_ofLicense_followTheTerms(String id, String rs) {
    Set<FiveR> expected = EnumSet.noneOf(FiveR.class);
    for (String r : rs.split(" ")) {
      if (!r.isEmpty()) {
        expected.add(FiveR.valueOf(r));
      }
    }
    assertThat(License.parse(id).fiveRs()).isEqualTo(expected);
  }

  // Source: hbz/oerworldmap public/json/licenses.json (the OER World Map licence vocabulary).
  @ParameterizedTest
  @CsvSource({
      "CC0-1.0, cc0", "CC-BY-4.0, cc-by", "CC-BY-SA-3.0-DE, cc-by-sa", "CC-BY-NC-2.0, by-nc",
      "CC-BY-NC-SA-4.0, by-nc-sa", "CC-BY-ND-4.0, by-nd", "CC-BY-NC-ND-1.0, by-nc-nd", "CC-PDM-1.0, other-pd",
      "LAL-1.3, other-sa", "GPL-3.0-only, other-sa", "NONE, copyright", "NOASSERTION, unspecified",
  })
  void oerWorldMapCode_ofCatalogueLicense_isTheVocabularyCode(String id, String code) {
    assertThat(License.parse(id).oerWorldMapCode()).isEqualTo(code);
  }

  @Test
  void oerWorldMapCode_ofCustomLicense_isDerivedFromItsTerms() {
    URI uri = URI.create("https://example.org/l/");
    assertThat(License.custom("LicenseRef-a", "A", uri, Licenses.CC_BY_NC_4_0.terms()).oerWorldMapCode()).isEqualTo("other-nc");
    assertThat(License.custom("LicenseRef-a", "A", uri, Licenses.CC_BY_ND_4_0.terms()).oerWorldMapCode()).isEqualTo("other-nd");
    assertThat(License.custom("LicenseRef-a", "A", uri, Licenses.CC_BY_SA_4_0.terms()).oerWorldMapCode()).isEqualTo("other-sa");
    assertThat(License.custom("LicenseRef-a", "A", uri, Licenses.CC_BY_4_0.terms()).oerWorldMapCode()).isEqualTo("other-by");
    assertThat(License.custom("LicenseRef-a", "A", uri, Licenses.CC0_1_0.terms()).oerWorldMapCode()).isEqualTo("other-pd");
    assertThat(License.custom("LicenseRef-a", "A", uri, Licenses.ALL_RIGHTS_RESERVED.terms()).oerWorldMapCode())
        .isEqualTo("copyright");
  }

  @Test
  void retiredOn_ofRetiredTools_isTheirRetirementDate() {
    // Source: legal_tools/models.py in creativecommons/cc-legal-tools-app.
    assertThat(License.parse("https://creativecommons.org/licenses/nc/1.0/").retiredOn())
        .contains(LocalDate.of(2004, 5, 25));
    assertThat(License.parse("https://creativecommons.org/licenses/sampling+/1.0/").retiredOn())
        .contains(LocalDate.of(2011, 9, 12));
    assertThat(License.parse("CC-PDDC").isRetired()).isTrue();
    assertThat(Licenses.CC_BY_SA_1_0.isRetired()).isFalse();
  }

  @Test
  void toString_withoutSpdxId_isTheCanonicalUri() {
    assertThat(Licenses.CC_BY_ND_3_0_IGO.spdxId()).isEmpty();
    assertThat(Licenses.CC_BY_ND_3_0_IGO.toString()).isEqualTo("https://creativecommons.org/licenses/by-nd/3.0/igo/");
    assertThat(Licenses.ALL_RIGHTS_RESERVED.toString()).isEqualTo("NONE");
    assertThat(Licenses.UNSPECIFIED.toString()).isEqualTo("NOASSERTION");
  }

  @Test
  void custom_withoutId_isRefused() {
    assertThatThrownBy(() -> License.builder().kind(LicenseKind.CUSTOM).uri(URI.create("https://example.org/"))
        .names(LocalizedText.of(LanguageTag.ENGLISH, "Mine")).terms(OPEN_TERMS).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.spdxId must be given for a user-defined license as \"LicenseRef-\"")
        .hasMessageContaining("\"Mine\"");
  }

  @Test
  void custom_withoutUri_isAllowed() {
    License mine = License.builder().kind(LicenseKind.CUSTOM).spdxId("LicenseRef-mine")
        .names(LocalizedText.of(LanguageTag.ENGLISH, "Mine")).terms(OPEN_TERMS).build();

    assertThat(mine.id()).isEqualTo("LicenseRef-mine");
    assertThat(mine.uri()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"CC-BY-4.0", "LicenseRef-", "LicenseRef-with_underscore", "LicenseRef-with+plus", "licenseref-lower"})
  void custom_withIdNotOfTheLicenseRefForm_isRefused(String id) {
    assertThatThrownBy(() -> License.custom(id, "Mine", URI.create("https://example.org/"), OPEN_TERMS))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.spdxId must");
  }

  @Test
  void build_standardKindWithLicenseRefId_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).spdxId("LicenseRef-by").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.spdxId must not be a \"LicenseRef-\" id, which only a CUSTOM license carries")
        .hasMessageContaining("\"LicenseRef-by\"");
  }

  @Test
  void custom_withRelativeUri_isRefused() {
    assertThatThrownBy(() -> License.custom("LicenseRef-mine", "Mine", URI.create("licence.html"), OPEN_TERMS))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.uri must be an absolute URI, was \"licence.html\"");
  }

  @Test
  void custom_withPaddedName_isRefused() {
    assertThatThrownBy(() -> License.custom("LicenseRef-mine", " Mine", URI.create("https://example.org/"), OPEN_TERMS))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.names must not start or end with white space");
  }

  @Test
  void build_creativeCommonsKindWithOtherTerms_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).terms(Licenses.CC_BY_NC_4_0.terms()).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.terms must be the terms of every CC_BY license");
  }

  @Test
  void build_malformedSpdxId_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).spdxId("CC BY 4.0").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.spdxId must be an SPDX short identifier")
        .hasMessageContaining("\"CC BY 4.0\"");
  }

  @Test
  void build_unofficialNameInOfficialLanguage_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0)
        .unofficialNames(Map.of(LanguageTag.RUSSIAN, "Другое имя")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.unofficialNames must not repeat a language that has an official name")
        .hasMessageContaining("\"ru\"");
  }

  @Test
  void allowsAdaptationAndCommercialUse_followTheTerms() {
    assertThat(Licenses.CC_BY_NC_SA_4_0.allowsAdaptation()).isTrue();
    assertThat(Licenses.CC_BY_NC_SA_4_0.allowsCommercialUse()).isFalse();
    assertThat(Licenses.CC_BY_NC_SA_4_0.requiresShareAlike()).isTrue();
    assertThat(Licenses.CC_BY_ND_4_0.allowsAdaptation()).isFalse();
    assertThat(Licenses.CC_BY_ND_4_0.allowsCommercialUse()).isTrue();
    assertThat(Licenses.ALL_RIGHTS_RESERVED.allowsCommercialUse()).isFalse();
  }

  @Test
  void build_relativeLegalCode_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).legalCode(URI.create("legalcode")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.legalCode must be an absolute URI, was \"legalcode\"");
  }

  @Test
  void build_relativeDeed_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).deed(URI.create("deed.ru")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.deed must be an absolute URI, was \"deed.ru\"");
  }

  @Test
  void build_paddedVersion_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).version("4.0 ").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.version must not start or end with white space, was \"4.0 \"");
  }

  @Test
  void build_blankShortName_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0).shortName(" ").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.shortName must not be blank");
  }

  @Test
  void build_blankUnofficialName_isRefused() {
    assertThatThrownBy(() -> License.builder().from(Licenses.CC_BY_4_0)
        .unofficialNames(Map.of(LanguageTag.KAZAKH, "")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("License.unofficialNames[kk] must not be blank");
  }

  @Test
  void find_kindVersionAndJurisdiction_givesTheCatalogueLicense() {
    assertThat(Licenses.find(LicenseKind.CC_BY_SA, "3.0", java.util.Optional.of(Jurisdiction.ofPort("de"))))
        .contains(License.parse("CC-BY-SA-3.0-DE"));
    assertThat(Licenses.find(LicenseKind.CC_BY, "4.0", java.util.Optional.empty())).contains(Licenses.CC_BY_4_0);
    assertThat(Licenses.find(LicenseKind.CC_BY, "2.5", java.util.Optional.of(Jurisdiction.ofPort("de")))).isEmpty();
  }

  @Test
  void licenseName_equals_behavesAsAValue() {
    new EqualsTester()
        .addEqualityGroup(Licenses.CC_BY_4_0.name(LanguageTag.ENGLISH), Licenses.CC_BY_4_0.name(LanguageTag.KAZAKH))
        .addEqualityGroup(Licenses.CC_BY_4_0.name(LanguageTag.RUSSIAN))
        .testEquals();
    assertThat(Licenses.CC_BY_4_0.name(LanguageTag.parse("ru-KZ")).language()).isEqualTo(LanguageTag.RUSSIAN);
  }

  // Source: cc-legal-tools-data, e.g. docs/licenses/by-nc-sa/4.0/legalcode.ru.html and deed.ru.
  @Test
  void deedAndLegalCode_inALanguage_followTheCreativeCommonsUriScheme() {
    assertThat(Licenses.CC_BY_NC_SA_4_0.deed(LanguageTag.RUSSIAN))
        .contains(URI.create("https://creativecommons.org/licenses/by-nc-sa/4.0/deed.ru"));
    assertThat(Licenses.CC_BY_NC_SA_4_0.legalCode(LanguageTag.RUSSIAN))
        .contains(URI.create("https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode.ru"));
    assertThat(Licenses.CC_BY_4_0.deed(LanguageTag.parse("zh-Hans")))
        .contains(URI.create("https://creativecommons.org/licenses/by/4.0/deed.zh-hans"));
    assertThat(Licenses.PDM_1_0.legalCode(LanguageTag.ENGLISH)).isEmpty();
    assertThat(Licenses.GPL_3_0.legalCode(LanguageTag.ENGLISH)).isEqualTo(Licenses.GPL_3_0.legalCode());
    assertThat(Licenses.GPL_3_0.legalCode(LanguageTag.RUSSIAN)).isEmpty();
    assertThat(License.parse(Licenses.CC_BY_NC_SA_4_0.deed(LanguageTag.RUSSIAN).orElseThrow().toString()))
        .isEqualTo(Licenses.CC_BY_NC_SA_4_0);
  }

  // Source: interchange.md section 5 (cc-legal-tools-data at 01b53042, hreflang links of the generated pages):
  // 4.0 has Russian and German but no Kazakh; CC0 has German but no Russian; 3.0 unported is English only.
  @ParameterizedTest
  @CsvSource({
      "CC-BY-SA-4.0, kk, ",
      "CC-BY-SA-4.0, ru, https://creativecommons.org/licenses/by-sa/4.0/legalcode.ru",
      "CC-BY-4.0, de, https://creativecommons.org/licenses/by/4.0/legalcode.de",
      "CC-BY-4.0, pt-BR, https://creativecommons.org/licenses/by/4.0/legalcode.pt",
      "CC-BY-4.0, zh-Hant, https://creativecommons.org/licenses/by/4.0/legalcode.zh-hant",
      "CC-BY-3.0, ru, ",
      "CC-BY-3.0, en, https://creativecommons.org/licenses/by/3.0/legalcode",
      "CC-BY-3.0-DE, en, ",
      "CC0-1.0, ru, ",
      "CC0-1.0, de, https://creativecommons.org/publicdomain/zero/1.0/legalcode.de",
  })
  void legalCode_inALanguage_isOfferedOnlyWhereTheTranslationExists(String id, String language, String expected) {
    assertThat(License.parse(id).legalCode(LanguageTag.parse(language)).map(URI::toString))
        .isEqualTo(java.util.Optional.ofNullable(expected));
  }
}
