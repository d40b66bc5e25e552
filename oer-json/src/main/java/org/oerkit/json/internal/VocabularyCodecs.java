package org.oerkit.json.internal;

import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/**
 * The codecs of {@code org.oerkit.core.vocabulary}: countries as ISO 3166-1 alpha-2 codes, languages as
 * BCP 47 tags, localized texts as objects by language, people and organizations as objects with the
 * schema.org-like names of their accessors.
 */
public final class VocabularyCodecs {

  /** A country, written as its ISO 3166-1 alpha-2 code such as {@code "KZ"}. */
  public static final Codec<Country> COUNTRY = Codecs.text(Country.class,
      "an ISO 3166-1 alpha-2 country code in capitals, such as \"KZ\"", Country::of, Country::code,
      Codecs.pattern("^[A-Z]{2}$"));

  /** A language, written as its BCP 47 tag such as {@code "kk"} or {@code "ru-KZ"}. */
  public static final Codec<LanguageTag> LANGUAGE_TAG = Codecs.text(LanguageTag.class,
      "a BCP 47 language tag, such as \"kk\" or \"ru-KZ\"", LanguageTag::parse, LanguageTag::toString,
      Codecs.pattern("^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$"));

  /** A text in several languages. */
  public static final Codec<LocalizedText> LOCALIZED_TEXT = new LocalizedTextCodec();

  /** The kind of an organization, written as the constant's name. */
  public static final Codec<OrganizationKind> ORGANIZATION_KIND = Codecs.enumeration(OrganizationKind.class);

  /** An organization; its parent is written inside it. */
  public static final ObjectCodec<Organization, Organization.Builder> ORGANIZATION =
      ObjectCodec.of(Organization.class, Organization::builder, Organization.Builder::build)
          .required("name", Codecs.TRIMMED_STRING, Organization::name, Organization.Builder::name)
          .optional("acronym", Codecs.TRIMMED_STRING, Organization::acronym, Organization.Builder::acronym)
          .required("kind", ORGANIZATION_KIND, Organization::kind, Organization.Builder::kind)
          .optional("country", COUNTRY, Organization::country, Organization.Builder::country)
          .optional("parent", new LazyCodec<>(Organization.class, () -> VocabularyCodecs.ORGANIZATION),
              Organization::parent, Organization.Builder::parent)
          .build();

  /** A person, with the name as the source writes it. */
  public static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.of(Person.class, Person::builder, Person.Builder::build)
          .required("name", Codecs.TRIMMED_STRING, Person::name, Person.Builder::name)
          .optional("familyName", Codecs.TRIMMED_STRING, Person::familyName, Person.Builder::familyName)
          .optional("honorific", Codecs.TRIMMED_STRING, Person::honorific, Person.Builder::honorific)
          .optional("position", Codecs.TRIMMED_STRING, Person::position, Person.Builder::position)
          .list("affiliations", ORGANIZATION, Person::affiliations, Person.Builder::addAllAffiliations)
          .build();

  private VocabularyCodecs() {}
}
