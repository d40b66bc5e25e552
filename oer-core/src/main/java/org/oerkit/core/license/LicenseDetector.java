package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads what metadata carries in a licence field and answers with a typed {@link Detection}: an SPDX id, a
 * URI in any of its real forms, a name, a family without a version, an SPDX expression, a statement in
 * prose or HTML, a full legal text, a rights statement that is not a licence, or nothing known.
 *
 * <p>A wrong match is never returned: where the input does not say enough (a family without a version, a
 * URI several licences share, a URL and a name that disagree), the answer is {@link Detection.Ambiguous}
 * with the candidates. {@link License#parse(CharSequence)} accepts exactly the definite answers of the
 * standard detector ({@link Detection#isDefinite()}): exact and normalised matches, and statements that
 * amount to a marker of the catalogue ("All rights reserved"). User-defined licences
 * {@linkplain Licenses#register(License) registered} by their {@code LicenseRef-} ids are read by their ids.
 *
 * <p>Bounded work: at most {@link #MAX_EXAMINED} characters of an input are examined; ids, URIs and names
 * are read only from inputs of at most {@link #MAX_SHORT} characters; prose is scanned over at most
 * {@link #MAX_PROSE} characters with at most {@link #MAX_LOOKUPS} name look-ups; a legal text is compared
 * by its word bigrams over the examined prefix. No regular expression runs on unbounded input, so the cost
 * is linear in the input with a small constant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseDetector {

  /** The most characters of an input examined; the rest is ignored. */
  public static final int MAX_EXAMINED = 262_144;
  /** The longest input read as an id, a URI, a name or an expression. */
  public static final int MAX_SHORT = 300;
  /** The most characters of prose scanned for URIs and names. */
  public static final int MAX_PROSE = 65_536;
  /** The most name look-ups made in one prose statement. */
  public static final int MAX_LOOKUPS = 300;

  private static final int WINDOW = 7;
  private static final Map<Character, Character> HOMOGLYPHS = homoglyphs();
  /** What a text may differ from a form by, closest first, and the reduction that makes them equal. */
  private static final Map<Normalization, UnaryOperator<String>> REDUCTIONS = ImmutableMap.of(
      Normalization.CASE, UnaryOperator.identity(), Normalization.SPACING, LicenseDetector::squeeze,
      Normalization.PUNCTUATION, LicenseDetector::alphanumeric);

  private final LicenseCatalog catalog;
  private final Map<String, License> exactForms;
  private final Map<String, List<License>> sharedUris;
  private final Map<String, Family> families;

  /** A family without its version: the candidates and what the text says. */
  private record Family(List<License> candidates, String what) {}

  LicenseDetector(LicenseCatalog catalog) {
    this.catalog = catalog;
    Map<String, License> exact = new HashMap<>();
    Map<String, Integer> uriCount = new HashMap<>();
    for (License license : catalog.all()) {
      license.uri().ifPresent(uri -> uriCount.merge(uri.toString(), 1, Integer::sum));
    }
    for (License license : catalog.all()) {
      exact.putIfAbsent(license.id(), license);
      license.uri().filter(uri -> uriCount.get(uri.toString()) == 1)
          .ifPresent(uri -> exact.putIfAbsent(uri.toString(), license));
    }
    Map<String, List<License>> shared = new HashMap<>();
    StandardLicenses.SHARED_URIS.asMap().forEach((uri, ids) -> {
      List<License> licenses = ids.stream().map(catalog::byIdentifier).flatMap(Optional::stream)
          .collect(ImmutableList.toImmutableList());
      if (licenses.size() > 1) {
        LicenseCatalog.uriKey(uri).ifPresent(key -> shared.put(key, licenses));
      }
    });
    // The GNU and GFDL URIs name no single licence: a URI of the catalogue shared by two licences too.
    this.exactForms = ImmutableMap.copyOf(exact);
    this.sharedUris = ImmutableMap.copyOf(shared);
    this.families = families(catalog);
  }

  /**
   * Gets the detector of the standard catalogue, built once per JVM on first use and then shared (so a
   * Spark job has one per executor, whatever the number of its tasks).
   *
   * @return the detector
   */
  public static LicenseDetector standard() {
    return LicenseCatalog.standard().detector();
  }

  /**
   * Detects what licence, if any, a text names.
   *
   * @param text  the text of a licence field, a statement, an HTML snippet or a legal text, not null
   * @return the answer, never null
   */
  public Detection detect(CharSequence text) {
    requireNonNull(text, "text");
    int length = Math.min(text.length(), MAX_EXAMINED);
    String input = text.subSequence(0, length).toString();
    String trimmed = strip(input);
    if (trimmed.isEmpty()) {
      return new Detection.Unknown(input, "the text is blank", List.of());
    }
    int control = firstControl(trimmed);
    if (control >= 0) {
      return new Detection.Unknown(input, String.format(Locale.ROOT,
          "the text holds the control character U+%04X at index %d, which no license name or URI has",
          (int) trimmed.charAt(control), control), List.of());
    }
    if (trimmed.length() <= MAX_SHORT && !trimmed.contains("\n")) {
      Detection single = single(input, trimmed);
      if (single != null) {
        return single;
      }
      boolean reference = trimmed.startsWith("LicenseRef-") || trimmed.startsWith("DocumentRef-");
      if (SpdxExpressions.looksLikeExpression(trimmed) && !(reference && !trimmed.contains(" "))) {
        return expression(input, trimmed);
      }
    }
    if (trimmed.length() >= LegalTexts.MIN_LENGTH) {
      Optional<Detection> legal = LegalTexts.identify(catalog, input, trimmed);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    Detection prose = prose(input, trimmed);
    if (prose != null) {
      return prose;
    }
    if (trimmed.length() <= MAX_SHORT) {
      UnknownLicenseException refusal = catalog.refusal(trimmed);
      return new Detection.Unknown(input, refusal.detail().isEmpty() ? "no known license has this name"
          : refusal.detail(), refusal.closestMatches());
    }
    return new Detection.Unknown(input, "the text names no known license", List.of());
  }

  // ---------------------------------------------------------------------------------------------------
  // One id, URI or name

  private Detection single(String input, String text) {
    License exact = exactForms.get(text);
    if (exact != null) {
      return new Detection.Exact(input, exact);
    }
    EnumSet<Normalization> applied = EnumSet.noneOf(Normalization.class);
    if (!text.equals(input)) {
      applied.add(Normalization.SPACING);
    }
    if (isUriLike(text)) {
      return uri(input, text, applied);
    }
    Detection named = named(input, text, applied);
    if (named != null) {
      return named;
    }
    String spaced = collapseSpaces(text);
    if (!spaced.equals(text)) {
      applied.add(Normalization.SPACING);
    }
    String folded = foldHomoglyphs(spaced);
    if (!folded.equals(spaced)) {
      applied.add(Normalization.HOMOGLYPHS);
      exact = exactForms.get(folded);
      if (exact != null) {
        return new Detection.Normalized(input, exact, applied);
      }
      if (isUriLike(folded)) {
        return uri(input, folded, applied);
      }
    }
    String split = splitVersions(folded);
    if (!split.equals(folded)) {
      applied.add(Normalization.PUNCTUATION);
    }
    for (String variant : new LinkedHashSet<>(List.of(spaced, folded, split))) {
      if (!variant.equals(text)) {
        named = named(input, variant, applied);
        if (named != null) {
          return named;
        }
      }
    }
    return family(input, split, applied);
  }

  /** A licence the catalogue finds for a name or id, with the normalisations that take the text to it. */
  private Detection named(String input, String text, Set<Normalization> applied) {
    boolean oneToken = !text.contains(" ") && !text.contains("(");
    if (!oneToken && SpdxExpressions.looksLikeExpression(text)) {
      return null;
    }
    Optional<License> found = catalog.lookup(text);
    if (found.isEmpty()) {
      Optional<String> code = RightsStatements.codeOfName(text);
      return code.map(c -> rightsStatement(input, c)).orElse(null);
    }
    License license = found.get();
    if (license.kind() == LicenseKind.ALL_RIGHTS_RESERVED || license.kind() == LicenseKind.UNSPECIFIED) {
      if (!text.equals(license.id())) {
        return new Detection.NotALicense(input, license.shortName(), Optional.empty(), Optional.of(license));
      }
    }
    EnumSet<Normalization> all = EnumSet.noneOf(Normalization.class);
    all.addAll(applied);
    all.addAll(surface(text, license));
    if (all.isEmpty()) {
      return new Detection.Exact(input, license);
    }
    return new Detection.Normalized(input, license, all);
  }

  /**
   * How a text differs from the licence's id or the name it is closest to: in case alone, then in spacing,
   * then in punctuation, the id before the names at each.
   */
  private static Set<Normalization> surface(String text, License license) {
    String id = license.id();
    List<String> forms = new ArrayList<>();
    forms.add(id);
    forms.add(license.shortName());
    forms.addAll(license.names().asMap().values());
    forms.addAll(StandardLicenses.EXTRA_ALIASES.get(id));
    license.spdxId().map(StandardLicenses.SPDX_NAMES::get).ifPresent(forms::add);
    if (forms.contains(text)) {
      return text.equals(id) ? EnumSet.noneOf(Normalization.class) : EnumSet.of(Normalization.NAME);
    }
    for (Map.Entry<Normalization, UnaryOperator<String>> reduction : REDUCTIONS.entrySet()) {
      String reduced = reduction.getValue().apply(text);
      for (String form : forms) {
        String reducedForm = reduction.getValue().apply(form);
        if (reducedForm.equalsIgnoreCase(reduced)) {
          EnumSet<Normalization> found = EnumSet.of(reduction.getKey());
          if (!reducedForm.equals(reduced)) {
            found.add(Normalization.CASE);
          }
          if (!form.equals(id)) {
            found.add(Normalization.NAME);
          }
          return found;
        }
      }
    }
    return EnumSet.of(Normalization.NAME);
  }

  // ---------------------------------------------------------------------------------------------------
  // URIs

  private Detection uri(String input, String text, EnumSet<Normalization> applied) {
    String uri = text;
    if (uri.startsWith("//")) {
      uri = "https:" + uri;
      applied.add(Normalization.SCHEME);
    }
    String lower = uri.toLowerCase(Locale.ROOT);
    int schemeEnd = lower.indexOf("://");
    if (schemeEnd >= 0) {
      String scheme = lower.substring(0, schemeEnd);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return new Detection.Unknown(input, "a license URI has an http or https scheme or none, and this one has \""
            + Detection.kept(scheme) + ":\"", List.of());
      }
    }
    Optional<String> key = LicenseCatalog.uriKey(lower);
    if (key.isEmpty()) {
      return new Detection.Unknown(input, "the URI names no license", List.of());
    }
    String hostPath = key.get();
    if (RightsStatements.isRightsStatementsUri(hostPath)) {
      Optional<String> code = RightsStatements.code(hostPath);
      return code.<Detection>map(c -> rightsStatement(input, c)).orElseGet(() -> new Detection.Unknown(input,
          "rightsstatements.org publishes no such statement; its statements are "
              + String.join(", ", RightsStatements.STATEMENTS.keySet()), List.of()));
    }
    if (hostPath.startsWith("spdx.org/licenses/")) {
      String id = hostPath.substring("spdx.org/licenses/".length());
      for (String extension : List.of(".html", ".json", ".txt")) {
        if (id.endsWith(extension)) {
          id = id.substring(0, id.length() - extension.length());
        }
      }
      Optional<License> license = catalog.byIdentifier(id);
      if (license.isPresent()) {
        applied.add(Normalization.SUFFIX);
        return new Detection.Normalized(input, license.get(), applied);
      }
      return new Detection.Unknown(input, "the SPDX license page names no license of the catalogue",
          catalog.suggestions(id));
    }
    List<License> shared = sharedUris.get(hostPath);
    if (shared != null) {
      return new Detection.Ambiguous(input, shared, "the URI is the text of " + shared.size()
          + " licenses, which it does not choose between: " + ids(shared), applied, OptionalDouble.empty());
    }
    Optional<License> found = catalog.lookup(uri);
    if (found.isEmpty()) {
      UnknownLicenseException refusal = catalog.refusal(uri);
      return new Detection.Unknown(input, refusal.detail().isEmpty() ? "no known license has this URI"
          : refusal.detail(), refusal.closestMatches());
    }
    License license = found.get();
    applied.addAll(uriNormalizations(uri, license));
    if (applied.isEmpty()) {
      return new Detection.Exact(input, license);
    }
    return new Detection.Normalized(input, license, applied);
  }

  private static Set<Normalization> uriNormalizations(String uri, License license) {
    EnumSet<Normalization> found = EnumSet.noneOf(Normalization.class);
    String canonical = license.uri().map(URI::toString).orElse("");
    String lower = uri.toLowerCase(Locale.ROOT);
    String canonicalScheme = canonical.startsWith("http://") ? "http://" : "https://";
    if (!lower.startsWith(canonicalScheme)) {
      found.add(Normalization.SCHEME);
    }
    if (lower.contains("://www.") != canonical.contains("://www.")) {
      found.add(Normalization.SCHEME);
    }
    int at = lower.indexOf("://");
    String rest = at >= 0 ? uri.substring(at + 3) : uri;
    if (!rest.equals(rest.toLowerCase(Locale.ROOT))) {
      found.add(Normalization.CASE);
    }
    String path = LicenseCatalog.uriKey(lower).orElse("");
    String canonicalPath = LicenseCatalog.uriKey(canonical.toLowerCase(Locale.ROOT)).orElse("");
    if (!path.equals(canonicalPath)) {
      String tail = path.startsWith(canonicalPath) ? path.substring(canonicalPath.length()) : path;
      found.add(Normalization.SUFFIX);
      if (tail.matches("/(?:deed|legalcode)\\.[a-z0-9_-]{1,16}")) {
        found.add(Normalization.LANGUAGE);
      }
    } else if (lower.contains("?") || lower.contains("#") || canonical.endsWith("/") != lower.endsWith("/")) {
      found.add(Normalization.PUNCTUATION);
    }
    return found;
  }

  private static boolean isUriLike(String text) {
    String lower = text.substring(0, Math.min(text.length(), 24)).toLowerCase(Locale.ROOT);
    if (text.contains(" ")) {
      return false;
    }
    return text.contains("://") || lower.startsWith("//") || lower.startsWith("www.")
        || lower.startsWith("creativecommons.org") || lower.startsWith("rightsstatements.org")
        || lower.startsWith("spdx.org/");
  }

  // ---------------------------------------------------------------------------------------------------
  // Statements that are not licences, families without versions, expressions

  private Detection rightsStatement(String input, String code) {
    Optional<License> marker = code.equals("InC")
        ? catalog.byIdentifier("NONE") : Optional.empty();
    return new Detection.NotALicense(input, RightsStatements.STATEMENTS.get(code) + " (rightsstatements.org "
        + code + ")", Optional.of(RightsStatements.uri(code)), marker);
  }

  private Detection family(String input, String text, Set<Normalization> applied) {
    String key = LicenseCatalog.normalizeName(text);
    Family family = families.get(key);
    if (family == null) {
      return null;
    }
    return new Detection.Ambiguous(input, family.candidates(), family.what() + "; it may be any of "
        + ids(family.candidates()), applied, OptionalDouble.empty());
  }

  private Map<String, Family> families(LicenseCatalog catalog) {
    Map<String, Family> map = new HashMap<>();
    for (LicenseKind kind : LicenseKind.values()) {
      if (!kind.isCreativeCommons() || kind.isPublicDomain()) {
        continue;
      }
      List<License> candidates = catalog.all().stream()
          .filter(l -> l.kind() == kind && l.jurisdiction().isEmpty())
          .collect(ImmutableList.toImmutableList());
      if (candidates.size() < 2) {
        continue;
      }
      Family family = new Family(candidates, "the text names the Creative Commons " + kind.abbreviation()
          + " family but not its version");
      for (String name : List.of("CC " + kind.abbreviation(), kind.elementName(),
          kind.elementName().replace("NoDerivs", "NoDerivatives"))) {
        map.putIfAbsent(LicenseCatalog.normalizeName(name), family);
      }
    }
    List<License> current = catalog.all().stream()
        .filter(l -> l.kind().isCharted() && l.version().equals(Optional.of("4.0")))
        .collect(Collectors.toList());
    catalog.byIdentifier("CC0-1.0").ifPresent(current::add);
    Family creativeCommons = new Family(ImmutableList.copyOf(current),
        "the text names Creative Commons but not which of its licenses");
    for (String name : List.of("Creative Commons", "CC", "Creative Commons License", "Creative Commons 4.0",
        "CC 4.0")) {
      map.put(LicenseCatalog.normalizeName(name), creativeCommons);
    }
    putFamily(map, catalog, "the text says public domain but not which tool", List.of("CC-PDM-1.0", "CC0-1.0"),
        "public domain", "PD", "Public Domain Dedication");
    putFamily(map, catalog, "the text names the GPL 3.0 but not \"only\" or \"or later\"", StandardLicenses.GPL_3_0,
        "GPLv3", "GPL v3", "GPL 3", "GPL 3.0", "GNU GPL", "GNU GPL 3.0", "GNU GPLv3", "GNU GPL v3", "GPL", "GNU GPL 3",
        "GNU General Public License", "GNU General Public License v3.0", "GNU General Public License version 3",
        "GNU General Public License v3", "GNU General Public License 3.0");
    putFamily(map, catalog, "the text names the GFDL 1.3 but not which of its six SPDX variants",
        StandardLicenses.GFDL_1_3, "GFDL", "GFDL 1.3", "GFDLv1.3", "GFDL v1.3", "GNU FDL", "GNU FDL 1.3",
        "GNU Free Documentation License", "GNU Free Documentation License v1.3",
        "GNU Free Documentation License version 1.3", "GNU Free Documentation License 1.3");
    putFamily(map, catalog, "the text names the Open Government Licence but not its version", List.of("OGL-UK-3.0"),
        "OGL", "Open Government Licence", "Open Government License", "OGL UK");
    putFamily(map, catalog, "the text names the Apache License but not its version", List.of("Apache-2.0"),
        "Apache", "Apache License", "Apache Software License");
    putFamily(map, catalog, "the text names the Free Art License but not its version", List.of("LAL-1.3"),
        "Free Art License", "Licence Art Libre", "FAL", "LAL");
    return ImmutableMap.copyOf(map);
  }

  private static void putFamily(Map<String, Family> map, LicenseCatalog catalog, String what, List<String> ids,
      String... names) {
    List<License> candidates = ids.stream().map(catalog::byIdentifier).flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
    if (candidates.isEmpty()) {
      return;
    }
    for (String name : names) {
      map.putIfAbsent(LicenseCatalog.normalizeName(name), new Family(candidates, what));
    }
  }

  private Detection expression(String input, String text) {
    try {
      LicenseExpression expression = SpdxExpressions.parse(catalog, foldHomoglyphs(text));
      EnumSet<Normalization> applied = EnumSet.noneOf(Normalization.class);
      if (!foldHomoglyphs(text).equals(text)) {
        applied.add(Normalization.HOMOGLYPHS);
      }
      return new Detection.Expression(input, expression, applied);
    } catch (UnknownLicenseException e) {
      return new Detection.Unknown(input, e.detail(), e.closestMatches());
    } catch (org.oerkit.core.DomainRuleException e) {
      return new Detection.Unknown(input, "the text is not an SPDX license expression: " + e.rule(), List.of());
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Prose and HTML

  private Detection prose(String input, String trimmed) {
    String text = trimmed.substring(0, Math.min(trimmed.length(), MAX_PROSE));
    Set<License> fromUris = new LinkedHashSet<>();
    Set<License> fromNames = new LinkedHashSet<>();
    List<Detection> others = new ArrayList<>();
    EnumSet<Normalization> applied = EnumSet.of(Normalization.STATEMENT);
    boolean html = text.indexOf('<') >= 0 && text.indexOf('>') >= 0;
    if (html) {
      for (String href : Html.licenseLinks(text)) {
        collect(single(href, href.strip()), fromUris, others);
      }
      text = Html.text(text);
    }
    // Markdown links, "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)": the name and the URL apart.
    text = text.replace("](", " (").replace('[', ' ').replace(']', ' ');
    String joined = joinBrokenWords(text);
    if (!joined.equals(text)) {
      applied.add(Normalization.SPACING);
    }
    List<String> words = words(joined);
    for (String word : words) {
      String candidate = trimPunctuation(word);
      String lower = candidate.toLowerCase(Locale.ROOT);
      if (lower.contains("creativecommons.org/") || lower.contains("rightsstatements.org/")
          || lower.startsWith("http://") || lower.startsWith("https://")) {
        Detection found = single(candidate, candidate);
        if (found != null && (found.license().isPresent() || lower.contains("creativecommons.org/")
            || lower.contains("rightsstatements.org/") || found.answer() == Detection.Answer.AMBIGUOUS)) {
          collect(found, fromUris, others);
        }
      }
    }
    int lookups = 0;
    for (int i = 0; i < words.size() && lookups < MAX_LOOKUPS; i++) {
      if (!isStarter(trimPunctuation(words.get(i)))) {
        continue;
      }
      for (int n = Math.min(WINDOW, words.size() - i); n >= 1 && lookups < MAX_LOOKUPS; n--) {
        String candidate = trimPunctuation(String.join(" ", words.subList(i, i + n)));
        if (candidate.isEmpty() || isUriLike(candidate) || (n == 1 && !hasDigitOrHyphen(candidate))) {
          continue;
        }
        lookups++;
        Optional<License> found = catalog.lookup(candidate).or(() -> catalog.lookup(foldHomoglyphs(candidate)));
        if (found.isPresent() && found.get().kind() != LicenseKind.ALL_RIGHTS_RESERVED
            && found.get().kind() != LicenseKind.UNSPECIFIED) {
          fromNames.add(found.get());
          i += n - 1;
          break;
        }
      }
    }
    if (!fromUris.isEmpty() && !fromNames.isEmpty() && !fromUris.equals(fromNames)) {
      List<License> both = new ArrayList<>(fromUris);
      fromNames.stream().filter(l -> !both.contains(l)).forEach(both::add);
      return new Detection.Ambiguous(input, both, "the URL names " + ids(fromUris) + " but the text names "
          + ids(fromNames), applied, OptionalDouble.empty());
    }
    Set<License> all = new LinkedHashSet<>(fromUris);
    all.addAll(fromNames);
    if (all.size() == 1) {
      return new Detection.Normalized(input, all.iterator().next(), applied);
    }
    if (!all.isEmpty()) {
      return new Detection.Ambiguous(input, ImmutableList.copyOf(all), "the text names several licenses: "
          + ids(all), applied, OptionalDouble.empty());
    }
    for (Detection other : others) {
      if (other.answer() == Detection.Answer.AMBIGUOUS || other.answer() == Detection.Answer.NOT_A_LICENSE) {
        return other instanceof Detection.NotALicense n
            ? new Detection.NotALicense(input, n.statement(), n.statementUri(), n.marker())
            : new Detection.Ambiguous(input, other.candidates(), other.explanation(), applied, OptionalDouble.empty());
      }
    }
    String lower = joined.toLowerCase(Locale.ROOT);
    if (lower.contains("all rights reserved")) {
      return new Detection.NotALicense(input, "All rights reserved", Optional.empty(), catalog.byIdentifier("NONE"));
    }
    if (lower.startsWith("©") || lower.startsWith("(c)") || lower.startsWith("copyright") || lower.startsWith("℗")) {
      return new Detection.NotALicense(input, "a copyright notice, which grants no license", Optional.empty(),
          Optional.empty());
    }
    return null;
  }

  private static void collect(Detection found, Set<License> licenses, List<Detection> others) {
    if (found == null) {
      return;
    }
    if ((found.answer() == Detection.Answer.EXACT || found.answer() == Detection.Answer.NORMALIZED)) {
      licenses.add(found.license().orElseThrow());
    } else {
      others.add(found);
    }
  }

  private static boolean isStarter(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      return false;
    }
    if (lower.charAt(0) == '(') {
      lower = lower.substring(1);
    }
    return lower.startsWith("cc") || lower.startsWith("сс") || lower.startsWith("creative")
        || lower.startsWith("attribution") || lower.startsWith("gnu") || lower.startsWith("gpl")
        || lower.startsWith("gfdl") || lower.equals("mit") || lower.startsWith("apache") || lower.startsWith("odbl")
        || lower.startsWith("odc") || lower.startsWith("pddl") || lower.equals("open") || lower.equals("licence")
        || lower.equals("free") || lower.equals("public") || lower.startsWith("ogl") || lower.startsWith("lal")
        || lower.startsWith("by-") || lower.equals("с") || lower.startsWith("fal");
  }

  private static boolean hasDigitOrHyphen(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) || c == '-') {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** Trims quotes and sentence punctuation around a word, and a parenthesis that does not close inside. */
  private static String trimPunctuation(String word) {
    int start = 0;
    int end = word.length();
    boolean changed = true;
    while (changed && start < end) {
      changed = false;
      char first = word.charAt(start);
      char last = word.charAt(end - 1);
      if ("\"'«»“”‘’<[".indexOf(first) >= 0) {
        start++;
        changed = true;
      } else if (".,;:!?\"'«»“”‘’>]".indexOf(last) >= 0) {
        end--;
        changed = true;
      } else if (first == '(' && last == ')') {
        start++;
        end--;
        changed = true;
      } else if (first == '(' && count(word, start, end, '(') > count(word, start, end, ')')) {
        start++;
        changed = true;
      } else if (last == ')' && count(word, start, end, ')') > count(word, start, end, '(')) {
        end--;
        changed = true;
      }
    }
    return word.substring(start, end);
  }

  private static int count(String text, int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Joins words a line break split at a hyphen: "Attribution-\nShareAlike", "Com-\nmons" with the hyphen kept. */
  private static String joinBrokenWords(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00AD') {
        continue;
      }
      if (c == '-' && i > 0 && Character.isLetter(text.charAt(i - 1))) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        if (j < text.length() && text.charAt(j) == '\n') {
          int k = j + 1;
          while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
          }
          if (k < text.length() && Character.isLetter(text.charAt(k))) {
            // "Attribution-\nShareAlike" keeps its hyphen; "Com-\nmons" (lower case after) loses it.
            if (Character.isUpperCase(text.charAt(k))) {
              out.append('-');
            }
            i = k - 1;
            continue;
          }
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------
  // Characters

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
  }

  /** Strips whitespace of every script, no-break and zero-width spaces included. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
        return i;
      }
    }
    return -1;
  }

  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Folds letters of other scripts that look like Latin ones (Cyrillic and Greek capitals and small
   * letters), Unicode dashes and compatibility forms (NFKC: full-width letters), where the text mixes them
   * with Latin letters or digits; a text wholly in Cyrillic, such as a Russian licence title, is left alone.
   */
  static String foldHomoglyphs(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    boolean latinOrDigit = false;
    boolean otherLetter = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        latinOrDigit = true;
      } else if (Character.isLetter(c) && !HOMOGLYPHS.containsKey(c)) {
        otherLetter = true;
      }
    }
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      Character folded = HOMOGLYPHS.get(c);
      // NFKC has made the small dashes U+FE58 and U+FE63 an em dash and a hyphen-minus already.
      boolean dash = c >= '\u2010' && c <= '\u2015' || c == '\u2212';
      if (dash) {
        out.append('-');
      } else if (folded != null && latinOrDigit && !otherLetter) {
        out.append(folded.charValue());
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Map<Character, Character> homoglyphs() {
    String cyrillic = "АВСЕНІЈКМОРЅТХУаеіјорсѕухԁ";
    String latin = "ABCEHIJKMOPSTXYaeijopcsyxd";
    String greek = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο";
    String greekLatin = "ABEZHIKMNOPTYXo";
    ImmutableMap.Builder<Character, Character> map = ImmutableMap.builder();
    for (int i = 0; i < cyrillic.length(); i++) {
      map.put(cyrillic.charAt(i), latin.charAt(i));
    }
    for (int i = 0; i < greek.length(); i++) {
      map.put(greek.charAt(i), greekLatin.charAt(i));
    }
    return map.build();
  }

  /**
   * Separates a version glued to the elements and completes a bare major version: {@code CC-BY-SA4.0}
   * becomes {@code CC-BY-SA 4.0}, {@code CC BY 4} becomes {@code CC BY 4.0}.
   */
  static String splitVersions(String text) {
    List<String> tokens = new ArrayList<>();
    for (String word : words(text)) {
      String lower = word.toLowerCase(Locale.ROOT);
      int digit = 0;
      while (digit < word.length() && !Character.isDigit(word.charAt(digit))) {
        digit++;
      }
      String elements = lower.substring(0, digit);
      if (digit < word.length() && (elements.endsWith("by") || elements.endsWith("sa") || elements.endsWith("nc")
          || elements.endsWith("nd"))) {
        tokens.add(word.substring(0, digit));
        tokens.add(word.substring(digit));
      } else {
        tokens.add(word);
      }
    }
    for (int i = 1; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String bare = token.startsWith("v") || token.startsWith("V") ? token.substring(1) : token;
      if (bare.length() == 1 && bare.charAt(0) >= '1' && bare.charAt(0) <= '4') {
        tokens.set(i, bare + ".0");
      }
    }
    return String.join(" ", tokens);
  }

  private static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static String alphanumeric(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static String ids(java.util.Collection<License> licenses) {
    return licenses.stream().map(License::id).collect(Collectors.joining(", "));
  }

  /**
   * Formats the detector, for debugging.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "LicenseDetector[" + catalog + "]";
  }
}
