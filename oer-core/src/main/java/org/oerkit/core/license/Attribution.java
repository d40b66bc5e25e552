package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * The attribution notice of a {@link LicensedWork}, in the TASL form (Title, Author, Source, License) that
 * Creative Commons recommends, with "adapted from" and the indication of changes for a remix, as plain
 * text, Markdown or HTML, in English, Russian or Kazakh.
 *
 * <p>Sources: CC wiki "Best practices for attribution" (TASL; the "ideal" example: "Creative Commons 10th
 * Birthday Celebration San Francisco" by tvol is licensed under CC BY 2.0); the 4.0 legal codes, section
 * 3(a)(1): retain the creator, a notice referring to the licence with its URI, a link to the material "to
 * the extent reasonably practicable", and "indicate if You modified the Licensed Material and retain an
 * indication of any previous modifications". The licence is named by its short name with its version
 * ("CC BY 4.0"), which is the same in every language.
 *
 * <p>English and Russian notices use the library's own wording around the licence's short name. Creative
 * Commons publishes no Kazakh translation of its licences or deeds, so the Kazakh wording is an unofficial
 * translation made for oerkit, and every Kazakh notice says so. A notice in any other language (German,
 * French) is refused rather than written in English under another language's tag: the caller chooses the
 * fallback, visibly ({@link #languages()} lists the languages there are wordings for).
 *
 * <p>A notice states what was done; whether it was allowed is {@link #warnings()}: an adaptation of
 * NoDerivatives material, of material under "all rights reserved", or under a licence that a source's
 * ShareAlike does not permit is reported there, as is a licence Creative Commons' adapter's chart does not
 * recommend. Print the warnings beside the notice.
 *
 * <p>HTML output escapes every text taken from the work ({@code & < > " '}); Markdown output escapes the
 * characters Markdown gives meaning to. Only {@code http} and {@code https} URIs become links.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attribution {

  private static final List<LanguageTag> LANGUAGES =
      ImmutableList.of(LanguageTag.ENGLISH, LanguageTag.RUSSIAN, LanguageTag.KAZAKH);

  private final LicensedWork work;

  private Attribution(LicensedWork work) {
    this.work = work;
  }

  /**
   * Obtains the attribution notice of a work.
   *
   * @param work  the work, not null
   * @return the attribution
   */
  public static Attribution of(LicensedWork work) {
    return new Attribution(requireNonNull(work, "work"));
  }

  /**
   * Gets the work attributed.
   *
   * @return the work
   */
  public LicensedWork work() {
    return work;
  }

  /**
   * Gets the languages notices are written in: English, Russian and Kazakh (an unofficial wording). A tag
   * with a region or script ({@code kk-KZ}, {@code ru-Cyrl}) is written in its language.
   *
   * @return the languages, English first
   */
  public static List<LanguageTag> languages() {
    return LANGUAGES;
  }

  /**
   * Checks whether notices are written in a language.
   *
   * @param language  the language, not null
   * @return true for English, Russian and Kazakh, with any region or script
   */
  public static boolean isWrittenIn(LanguageTag language) {
    return Phrasing.find(requireNonNull(language, "language")).isPresent();
  }

  /**
   * Checks the work's licence against the licences of the works it was made from, at every level of its
   * provenance, as {@link Compatibility} answers for the work's {@linkplain LicensedWork#mode() mode}: each
   * work against its direct sources, so that a breach is reported once, where it was made. A licence that
   * no source permits (BY-ND material adapted, "all rights reserved" material shared, BY-SA material
   * adapted under BY) is an error; one that the adapter's license chart marks as technically permitted but
   * not recommended (yellow) is a warning.
   *
   * <p>Each finding is located by a JSON Pointer into the work's JSON form: {@code /license} for the work
   * itself, {@code /adaptedFrom/0/license} for its first source, and so on; its message names the work.
   *
   * @return the findings, in provenance order (depth first), empty for an original work or an allowed,
   *     recommended remix
   */
  public Report warnings() {
    List<Finding> findings = new ArrayList<>();
    check(work, "", findings);
    return Report.of(findings);
  }

  private static void check(LicensedWork work, String pointer, List<Finding> findings) {
    if (work.adaptedFrom().isEmpty()) {
      return;
    }
    List<License> sources = work.adaptedFrom().stream().map(LicensedWork::license).collect(Collectors.toList());
    Compatibility answer = Compatibility.of(work.mode(), sources, List.of(work.license()));
    String name = work.title().map(t -> "“" + t + "”").orElse("The untitled work");
    String verb = work.mode() == CombinationMode.COLLECTION ? "collects" : "adapts";
    String lead = name + " " + verb + " " + sources.stream().map(License::shortName).distinct()
        .collect(Collectors.joining(", ")) + " material under " + work.license().shortName() + ": ";
    for (Finding reason : answer.reasons().findings()) {
      findings.add(Finding.of(reason.rule(), reason.severity(), pointer + "/license", lead + reason.message()));
    }
    for (int i = 0; i < work.adaptedFrom().size(); i++) {
      check(work.adaptedFrom().get(i), pointer + "/adaptedFrom/" + i, findings);
    }
  }

  /**
   * Renders the notice as plain text.
   *
   * @param language  the language of the notice, one of {@link #languages()}, not null
   * @return the notice
   * @throws DomainRuleException if notices are not written in the language
   */
  public String text(LanguageTag language) {
    return format(AttributionFormat.TEXT, language);
  }

  /**
   * Renders the notice as Markdown.
   *
   * @param language  the language of the notice, one of {@link #languages()}, not null
   * @return the notice
   * @throws DomainRuleException if notices are not written in the language
   */
  public String markdown(LanguageTag language) {
    return format(AttributionFormat.MARKDOWN, language);
  }

  /**
   * Renders the notice as an HTML fragment, with every text escaped.
   *
   * @param language  the language of the notice, one of {@link #languages()}, not null
   * @return the notice
   * @throws DomainRuleException if notices are not written in the language
   */
  public String html(LanguageTag language) {
    return format(AttributionFormat.HTML, language);
  }

  /**
   * Checks whether the notice in a language is in an official wording: false for Kazakh, for which no
   * official translation of the Creative Commons licences exists, and for a language notices are not
   * written in.
   *
   * @param language  the language, not null
   * @return true for English and Russian
   */
  public static boolean isOfficialWording(LanguageTag language) {
    return Phrasing.find(requireNonNull(language, "language")).filter(p -> p != Phrasing.KAZAKH).isPresent();
  }

  /**
   * Renders the notice.
   *
   * @param format  the format, not null
   * @param language  the language of the notice, one of {@link #languages()}, not null
   * @return the notice
   * @throws DomainRuleException if notices are not written in the language
   */
  public String format(AttributionFormat format, LanguageTag language) {
    requireNonNull(format, "format");
    Phrasing phrasing = Phrasing.of(requireNonNull(language, "language"));
    Renderer renderer = new Renderer(format, phrasing);
    StringBuilder notice = new StringBuilder(renderer.statement(work));
    if (format == AttributionFormat.TEXT) {
      work.source().ifPresent(s -> notice.append(' ').append(phrasing.source(s.toString())));
    }
    notice.append(renderer.provenance(work, true));
    phrasing.note().ifPresent(n -> notice.append(' ').append(renderer.escape(n)));
    return notice.toString();
  }

  /**
   * Formats the notice as English plain text.
   *
   * @return the notice
   */
  @Override
  public String toString() {
    return text(LanguageTag.ENGLISH);
  }

  /** Puts the phrases of one language together in one format. */
  private static final class Renderer {
    private final AttributionFormat format;
    private final Phrasing phrasing;

    Renderer(AttributionFormat format, Phrasing phrasing) {
      this.format = format;
      this.phrasing = phrasing;
    }

    /** The main sentence: who made what, under which licence. */
    String statement(LicensedWork work) {
      return phrasing.statement(credit(work, phrasing.thisWork()), kindOf(work.license()), licenseLink(work.license()),
          !work.authors().isEmpty());
    }

    /**
     * The changes and the works adapted from, depth first, each with its own licence; each sentence starts
     * with a capital, also where it starts with the label of an untitled work.
     */
    String provenance(LicensedWork work, boolean top) {
      StringBuilder text = new StringBuilder();
      if (!work.adaptedFrom().isEmpty()) {
        Optional<String> title = work.title().map(t -> phrasing.quote(escape(t)));
        work.changes().ifPresent(c -> text.append(' ').append(sentence(phrasing.changes(!top, title,
            escape(stripPeriod(c))))));
        for (LicensedWork source : work.adaptedFrom()) {
          String credit = credit(source, phrasing.untitled());
          if (format == AttributionFormat.TEXT && source.source().isPresent()) {
            credit += " (" + source.source().get() + ")";
          }
          text.append(' ').append(sentence(phrasing.adaptedFrom(!top, title,
              work.mode() == CombinationMode.COLLECTION, credit,
              phrasing.licensePhrase(kindOf(source.license()), licenseLink(source.license())))));
        }
        for (LicensedWork source : work.adaptedFrom()) {
          text.append(provenance(source, false));
        }
      }
      return text.toString();
    }

    /**
     * Title (linked to the source where the format links), or what an untitled work is called there ("This
     * work" for the work attributed, "the untitled work" for one it was made from), and authors.
     */
    private String credit(LicensedWork work, String untitled) {
      String title = work.title().map(t -> phrasing.quote(escape(t))).orElse(escape(untitled));
      if (work.source().isPresent()) {
        title = link(title, work.source().get(), false);
      }
      List<String> authors = work.authors().stream().map(this::escape).collect(java.util.stream.Collectors.toList());
      return authors.isEmpty() ? title : phrasing.byAuthors(title, authors);
    }

    private String licenseLink(License license) {
      String name = escape(license.shortName());
      Optional<URI> uri = license.deed().or(license::uri);
      if (uri.isEmpty()) {
        return name;
      }
      return format == AttributionFormat.TEXT ? name + " (" + uri.get() + ")" : link(name, uri.get(), true);
    }

    private String link(String label, URI uri, boolean license) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        // Only web links are made clickable: a javascript: or data: URI stays plain text, escaped.
        return label;
      }
      switch (format) {
        case MARKDOWN:
          return "[" + label + "](" + uri.toString().replace(")", "%29").replace(" ", "%20") + ")";
        case HTML:
          return "<a href=\"" + html(uri.toString()) + "\"" + (license ? " rel=\"license\"" : "") + ">" + label
              + "</a>";
        default:
          return label;
      }
    }

    String escape(String text) {
      switch (format) {
        case HTML:
          return html(text);
        case MARKDOWN:
          return text.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
        default:
          return text;
      }
    }

    private static String html(String text) {
      StringBuilder escaped = new StringBuilder(text.length());
      for (char c : text.toCharArray()) {
        switch (c) {
          case '&': escaped.append("&amp;"); break;
          case '<': escaped.append("&lt;"); break;
          case '>': escaped.append("&gt;"); break;
          case '"': escaped.append("&quot;"); break;
          case '\'': escaped.append("&#39;"); break;
          default: escaped.append(c);
        }
      }
      return escaped.toString();
    }

    /** The sentence with its first letter a capital (a label or a quotation mark may start it). */
    private static String sentence(String text) {
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String stripPeriod(String text) {
      return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static Kind kindOf(License license) {
      if (license.isPublicDomain()) {
        return Kind.PUBLIC_DOMAIN;
      }
      if (license.kind() == LicenseKind.ALL_RIGHTS_RESERVED) {
        return Kind.ALL_RIGHTS_RESERVED;
      }
      return license.kind() == LicenseKind.UNSPECIFIED ? Kind.UNSPECIFIED : Kind.LICENSED;
    }
  }

  /** How a work's legal status is stated. */
  enum Kind { LICENSED, PUBLIC_DOMAIN, ALL_RIGHTS_RESERVED, UNSPECIFIED }

  /** The phrases of one language. */
  enum Phrasing {
    ENGLISH {
      @Override String quote(String t) { return "“" + t + "”"; }
      @Override String thisWork() { return "This work"; }
      @Override String untitled() { return "the untitled work"; }
      @Override String byAuthors(String title, List<String> authors) { return title + " by " + join(authors, " and "); }
      @Override String statement(String credit, Kind kind, String license, boolean hasAuthors) {
        switch (kind) {
          case PUBLIC_DOMAIN: return credit + " is marked with " + license + ".";
          case ALL_RIGHTS_RESERVED: return credit + ". All rights reserved.";
          case UNSPECIFIED: return credit + ". License not specified.";
          default: return credit + " is licensed under " + license + ".";
        }
      }
      @Override String licensePhrase(Kind kind, String license) {
        switch (kind) {
          case PUBLIC_DOMAIN: return "marked with " + license;
          case ALL_RIGHTS_RESERVED: return "all rights reserved";
          case UNSPECIFIED: return "license not specified";
          default: return "licensed under " + license;
        }
      }
      @Override String source(String uri) { return "Source: " + uri + "."; }
      @Override String changes(boolean named, Optional<String> title, String changes) {
        return (named ? "Changes in " + title.orElse("the untitled work") + ": " : "Changes: ") + changes + ".";
      }
      @Override String adaptedFrom(boolean named, Optional<String> title, boolean collected, String credit,
          String license) {
        String lead = named ? title.orElse("the untitled work") + (collected ? " includes " : " is adapted from ")
            : collected ? "Includes " : "Adapted from ";
        return lead + credit + ", " + license + ".";
      }
    },
    RUSSIAN {
      @Override String quote(String t) { return "«" + t + "»"; }
      @Override String thisWork() { return "Это произведение"; }
      @Override String untitled() { return "произведение без названия"; }
      @Override String byAuthors(String title, List<String> authors) {
        return title + ", " + (authors.size() > 1 ? "авторы: " : "автор: ") + join(authors, " и ");
      }
      @Override String statement(String credit, Kind kind, String license, boolean hasAuthors) {
        String sep = hasAuthors ? ", " : " ";
        switch (kind) {
          case PUBLIC_DOMAIN: return credit + sep + "находится в общественном достоянии: " + license + ".";
          case ALL_RIGHTS_RESERVED: return credit + ". Все права защищены.";
          case UNSPECIFIED: return credit + ". Лицензия не указана.";
          default: return credit + sep + "распространяется по лицензии " + license + ".";
        }
      }
      @Override String licensePhrase(Kind kind, String license) {
        switch (kind) {
          case PUBLIC_DOMAIN: return "общественное достояние: " + license;
          case ALL_RIGHTS_RESERVED: return "все права защищены";
          case UNSPECIFIED: return "лицензия не указана";
          default: return "лицензия " + license;
        }
      }
      @Override String source(String uri) { return "Источник: " + uri + "."; }
      @Override String changes(boolean named, Optional<String> title, String changes) {
        // "в" takes the prepositional: "в произведении без названия".
        return (named ? "Изменения в " + title.orElse("произведении без названия") + ": " : "Изменения: ") + changes
            + ".";
      }
      @Override String adaptedFrom(boolean named, Optional<String> title, boolean collected, String credit,
          String license) {
        String lead = named ? title.orElse(untitled()) + (collected ? " включает: " : " адаптировано из: ")
            : collected ? "Включает: " : "Адаптировано из: ";
        return lead + credit + ", " + license + ".";
      }
    },
    /** An unofficial translation made for oerkit; Creative Commons publishes none in Kazakh. */
    KAZAKH {
      @Override String quote(String t) { return "«" + t + "»"; }
      @Override String thisWork() { return "Бұл туынды"; }
      @Override String untitled() { return "атаусыз туынды"; }
      @Override String byAuthors(String title, List<String> authors) {
        return title + ", " + (authors.size() > 1 ? "авторлары: " : "авторы: ") + join(authors, " және ");
      }
      @Override String statement(String credit, Kind kind, String license, boolean hasAuthors) {
        String sep = hasAuthors ? ", " : " ";
        switch (kind) {
          case PUBLIC_DOMAIN: return credit + sep + "қоғам игілігінде: " + license + ".";
          case ALL_RIGHTS_RESERVED: return credit + ". Барлық құқықтар қорғалған.";
          case UNSPECIFIED: return credit + ". Лицензия көрсетілмеген.";
          default: return credit + sep + license + " лицензиясы бойынша таратылады.";
        }
      }
      @Override String licensePhrase(Kind kind, String license) {
        switch (kind) {
          case PUBLIC_DOMAIN: return "қоғам игілігі: " + license;
          case ALL_RIGHTS_RESERVED: return "барлық құқықтар қорғалған";
          case UNSPECIFIED: return "лицензия көрсетілмеген";
          default: return license + " лицензиясы";
        }
      }
      @Override String source(String uri) { return "Дереккөзі: " + uri + "."; }
      @Override String changes(boolean named, Optional<String> title, String changes) {
        // The locative of the noun itself for an untitled work: "атаусыз туындыдағы", not "туынды туындысындағы".
        return (named ? title.map(t -> t + " туындысындағы").orElse("атаусыз туындыдағы") + " өзгерістер: "
            : "Өзгерістер: ") + changes + ".";
      }
      @Override String adaptedFrom(boolean named, Optional<String> title, boolean collected, String credit,
          String license) {
        // The genitive of the noun itself for an untitled work: "атаусыз туындының", not "туынды туындысының".
        String lead = !named ? (collected ? "Құрамында: " : "Түпнұсқасы: ")
            : collected ? title.orElse(untitled()) + " құрамында: "
            : title.map(t -> t + " туындысының").orElse("атаусыз туындының") + " түпнұсқасы: ";
        return lead + credit + ", " + license + ".";
      }
      @Override Optional<String> note() {
        return Optional.of("(Ресми емес аударма: Creative Commons лицензияларының ресми қазақша мәтіні жоқ.)");
      }
    };

    static Optional<Phrasing> find(LanguageTag language) {
      switch (language.language()) {
        case "en": return Optional.of(ENGLISH);
        case "ru": return Optional.of(RUSSIAN);
        case "kk": return Optional.of(KAZAKH);
        default: return Optional.empty();
      }
    }

    static Phrasing of(LanguageTag language) {
      return find(language).orElseThrow(() -> new DomainRuleException("Attribution", "language",
          "must be one of " + LANGUAGES.stream().map(LanguageTag::toString).collect(Collectors.joining(", "))
              + ": oerkit has no wording of the notice in that language (choose the fallback, such as en, "
              + "yourself)", language));
    }

    abstract String quote(String title);

    abstract String thisWork();

    abstract String untitled();

    abstract String byAuthors(String title, List<String> authors);

    abstract String statement(String credit, Kind kind, String license, boolean hasAuthors);

    abstract String licensePhrase(Kind kind, String license);

    abstract String source(String uri);

    /** The changes of a work: of the one credited (not named) or of a work it was adapted from (its title, if any). */
    abstract String changes(boolean named, Optional<String> title, String changes);

    /** The work a source was adapted from or collected in: the one credited (not named) or a source's own. */
    abstract String adaptedFrom(boolean named, Optional<String> title, boolean collected, String credit,
        String license);

    Optional<String> note() {
      return Optional.empty();
    }

    static String join(List<String> items, String lastSeparator) {
      if (items.size() == 1) {
        return items.get(0);
      }
      return String.join(", ", items.subList(0, items.size() - 1)) + lastSeparator + items.get(items.size() - 1);
    }
  }
}
