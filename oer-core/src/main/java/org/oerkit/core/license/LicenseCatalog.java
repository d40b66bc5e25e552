package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * The catalogue of licences that {@link License#parse(CharSequence)} reads text against: the standard
 * catalogue of oerkit ({@link #standard()}) and the user-defined licences {@linkplain #register(License)
 * registered} by their {@code LicenseRef-} ids.
 *
 * <p>{@link #parse(CharSequence)} reads, in this order: an SPDX id in any case; a URI, where Creative
 * Commons URIs are read by their structure ({@code http} or {@code https}, with or without {@code www},
 * trailing slash or not, {@code deed}, {@code deed.xx}, {@code legalcode}, {@code legalcode.xx} or
 * {@code rdf}, jurisdiction segments, and {@code by-nc-nd/1.0} for the {@code by-nd-nc/1.0} it redirects
 * to, per creativecommons/cc-legal-tools-app PR #454), and other URIs by exact match ignoring scheme,
 * {@code www} and trailing slash; and names as people write them ("CC BY-SA 4.0", "Attribution-ShareAlike
 * 4.0 International", the Russian titles). A name that two licences share is not read at all: a wrong
 * match is never returned. A registered user-defined licence is read by its id only, so that its name or
 * URI can never shadow a standard licence's. Anything else is refused with an
 * {@link UnknownLicenseException} that names the closest licences.
 *
 * <p>This class is immutable and thread-safe; the registry of user-defined licences only grows, and is
 * safe for concurrent use.
 */
final class LicenseCatalog {

  private static final Pattern CC_URI =
      Pattern.compile("^(?:https?://)?(?:www\\.)?creativecommons\\.org(/.*)?$");
  private static final Pattern SUB_RESOURCE =
      Pattern.compile("^(?:(?:deed|legalcode)(?:\\.[a-z]{2,3}(?:[-_][a-z0-9]+)*)?|rdf)$");
  private static final Pattern SPDX_LIKE =
      Pattern.compile("^cc-((?:by|nc|nd|sa)(?:-(?:nc|nd|sa))*)-(\\d\\.\\d)(?:-([a-z]+))?$");
  private static final Pattern VERSION = Pattern.compile("^\\d\\.\\d$");
  private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}.+©]+");
  private static final Set<String> NOISE = Set.of("cc", "license", "licence", "licensed", "international",
      "unported", "generic", "universal", "the", "a", "version", "under", "версии", "международная",
      "лицензия");
  private static final Map<String, String> ELEMENT_WORDS = ImmutableMap.<String, String>builder()
      .put("attribution", "by").put("sharealike", "sa").put("noncommercial", "nc").put("noderivatives", "nd")
      .put("noderivs", "nd").put("nonderivative", "nd").build();
  private static final Map<Pattern, String> ELEMENT_PAIRS = ImmutableMap.of(
      Pattern.compile("\\bshare[\\s_-]+alike\\b"), "sa",
      Pattern.compile("\\bnon[\\s_-]+commercial\\b"), "nc",
      Pattern.compile("\\bno[\\s_-]+derivatives\\b"), "nd",
      Pattern.compile("\\bno[\\s_-]+derivs\\b"), "nd");

  /** The user-defined licences registered, by lower-case id (SPDX ids match case-insensitively). */
  private static final ConcurrentMap<String, License> REGISTERED = new ConcurrentHashMap<>();

  private final List<License> licenses;
  private final Map<String, License> byIdentifier;
  private final Map<String, License> byUri;
  private final Map<String, License> byName;
  /** For each licence, in catalogue order, the normalized names closest() compares input with. */
  private final List<List<String>> nameKeys;
  private final LicenseDetector detector;

  /**
   * Builds a catalogue: its identifiers, URIs and names, and its detector.
   *
   * @throws DomainRuleException if two licences have one identifier
   */
  LicenseCatalog(List<License> licenses) {
    this.licenses = ImmutableList.copyOf(licenses);
    Map<String, License> ids = new HashMap<>();
    Map<String, License> uris = new HashMap<>();
    Map<String, License> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> sharedUris = new HashSet<>();
    List<List<String>> keys = new ArrayList<>();
    for (License license : this.licenses) {
      List<String> licenseKeys = new ArrayList<>();
      keys.add(licenseKeys);
      String id = license.id().toLowerCase(Locale.ROOT);
      if (ids.put(id, license) != null) {
        throw new DomainRuleException("LicenseCatalog", "licenses",
            "must not hold two licenses with the same identifier", license.id());
      }
      for (String uri : uris(license)) {
        // A URI two licences share (the GNU pages, the GFDL 1.3 text) names neither: it is left out.
        uriKey(uri).filter(key -> !sharedUris.contains(key)).ifPresent(key -> {
          License previous = uris.put(key, license);
          if (previous != null && !previous.equals(license)) {
            uris.remove(key);
            sharedUris.add(key);
          }
        });
      }
      for (String name : names(license)) {
        String key = normalizeName(name);
        licenseKeys.add(key);
        licenseKeys.add(name.toLowerCase(Locale.ROOT));
        if (key.isEmpty() || ambiguous.contains(key)) {
          continue;
        }
        License previous = names.putIfAbsent(key, license);
        if (previous != null && !previous.equals(license)) {
          names.remove(key);
          ambiguous.add(key);
        }
      }
    }
    this.byIdentifier = ImmutableMap.copyOf(ids);
    this.byUri = ImmutableMap.copyOf(uris);
    this.byName = ImmutableMap.copyOf(names);
    this.nameKeys = ImmutableList.copyOf(keys);
    this.detector = new LicenseDetector(this);
  }

  /**
   * Gets the standard catalogue: every Creative Commons tool in every version and port, CC0, the Public
   * Domain Mark, the retired tools, the Free Art License 1.3, the GPL 3.0, the GFDL 1.3, the Open Data
   * Commons licences, the MIT License, the Apache License 2.0, the Open Government Licence 3.0, and the "all
   * rights reserved" and "unspecified" markers.
   *
   * @return the standard catalogue
   */
  static LicenseCatalog standard() {
    return Standard.INSTANCE;
  }

  /**
   * Registers a user-defined licence, so that {@link #parse(CharSequence)} reads its id.
   *
   * @param license  the licence, of kind {@link LicenseKind#CUSTOM}, not null
   * @return the registered licence: the one given, or an equal definition registered before
   * @throws DomainRuleException if the licence is not user-defined, or another definition is registered
   *     under its id
   */
  static License register(License license) {
    requireNonNull(license, "license");
    if (license.kind() != LicenseKind.CUSTOM) {
      throw new DomainRuleException("Licenses", "register", "must be given a user-defined (CUSTOM) license; "
          + "the standard catalogue holds every other", license.id());
    }
    License previous = REGISTERED.putIfAbsent(license.id().toLowerCase(Locale.ROOT), license);
    if (previous == null) {
      return license;
    }
    if (!previous.isDefinedAs(license)) {
      throw new DomainRuleException("License", "id", "must name one license; another definition is already "
          + "registered under this id (" + previous.shortName() + ", " + previous.terms() + ")", license.id());
    }
    return previous;
  }

  /**
   * Gets every licence of the catalogue, current licences first.
   *
   * @return the licences
   */
  List<License> all() {
    return licenses;
  }

  /**
   * Gets the detector that reads text against this catalogue; {@link #parse(CharSequence)} and
   * {@link #find(CharSequence)} accept exactly its definite answers.
   *
   * @return the detector
   */
  public LicenseDetector detector() {
    return detector;
  }

  /**
   * Finds the licence that text names, as {@link #parse(CharSequence)} reads it.
   *
   * @param text  the text, not null
   * @return the licence, or empty if the text names none
   */
  Optional<License> find(CharSequence text) {
    requireNonNull(text, "text");
    Detection detection = detector.detect(text);
    return detection.isDefinite() ? detection.license() : Optional.empty();
  }


  /** A licence by its identifier or SPDX id, in any case. */
  Optional<License> byIdentifier(String id) {
    return Optional.ofNullable(byIdentifier.get(id.toLowerCase(Locale.ROOT)));
  }

  /**
   * Looks text up as an identifier, a URI or a name, without the detector's normalisations: the structural
   * reading {@link LicenseDetector} builds on.
   */
  Optional<License> lookup(String text) {
    String input = text.strip();
    if (input.isEmpty()) {
      return Optional.empty();
    }
    String lower = input.toLowerCase(Locale.ROOT);
    License license = byIdentifier.get(lower);
    if (license != null) {
      return Optional.of(license);
    }
    if (lower.startsWith("licenseref-")) {
      return Optional.ofNullable(REGISTERED.get(lower));
    }
    if (looksLikeUri(lower)) {
      Optional<String> key = creativeCommonsKey(lower).map(Optional::of).orElseGet(() -> uriKey(lower));
      return key.map(byUri::get);
    }
    License named = byName.get(normalizeName(input));
    if (named != null) {
      return Optional.of(named);
    }
    // "Attribution 4.0 International (CC BY 4.0)", as deeds head themselves: both parts must agree.
    int open = input.lastIndexOf('(');
    if (open > 0 && input.endsWith(")") && input.indexOf(')') == input.length() - 1) {
      String outsideText = input.substring(0, open).strip();
      String insideText = input.substring(open + 1, input.length() - 1);
      if (outsideText.indexOf('(') < 0) {
        Optional<License> outside = lookup(outsideText);
        Optional<License> inside = lookup(insideText);
        if (outside.isPresent() && outside.equals(inside)) {
          return outside;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Obtains the licence that text names: an SPDX id, a URI or a name, as this catalogue's
   * {@link #detector()} reads it; exactly its definite answers ({@link Detection#isDefinite()}) are accepted.
   *
   * @param text  the text, not null
   * @return the licence
   * @throws UnknownLicenseException if the text names no licence of this catalogue; the exception quotes
   *     the text and names the closest licences
   */
  License parse(CharSequence text) {
    requireNonNull(text, "text");
    Detection detection = detector.detect(text);
    if (detection.isDefinite()) {
      return detection.license().orElseThrow();
    }
    throw new UnknownLicenseException(detection.input(), detection.explanation(), detection.candidates());
  }

  /**
   * Builds the refusal of a text, not blank, that names no licence, with the structural reasons the catalogue knows
   * (a Creative Commons URI of a port that does not exist) and the close licences.
   */
  UnknownLicenseException refusal(String input) {
    String lower = input.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("licenseref-")) {
      return new UnknownLicenseException(input, "no user-defined license is registered under this id "
          + "(Licenses.register)", List.of());
    }
    Matcher cc = CC_URI.matcher(stripQuery(lower));
    if (cc.matches()) {
      return unknownCreativeCommonsUri(input, cc.group(1) == null ? "" : cc.group(1));
    }
    Matcher spdxLike = SPDX_LIKE.matcher(lower);
    if (spdxLike.matches()) {
      // CC-BY-SA-3.0-KZ: read as the URI it would stand for, to name the missing port.
      return unknownCreativeCommonsUri(input, "/licenses/" + spdxLike.group(1) + "/" + spdxLike.group(2) + "/"
          + (spdxLike.group(3) == null ? "" : spdxLike.group(3) + "/"));
    }
    return new UnknownLicenseException(Detection.kept(input), looksLikeUri(lower) ? "no known license has this URI"
        : "", suggestions(input));
  }

  /**
   * Gets the licences of the catalogue close to a text, by edit distance between the normalised text and
   * the licences' normalised identifiers, names and URIs, with a cutoff: one edit for up to four
   * characters, two up to twelve, three beyond. A text longer than {@link #SUGGESTION_LIMIT} characters,
   * or one close to nothing, has no suggestions. Current licences win ties.
   *
   * @param text  the text, not null
   * @param limit  the number of licences wanted, positive
   * @return the close licences, best first, possibly empty
   */
  List<License> closest(CharSequence text, int limit) {
    requireNonNull(text, "text");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    String lower = text.toString().strip().toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.length() > SUGGESTION_LIMIT) {
      return List.of();
    }
    String normalized = normalizeName(lower);
    Optional<String> uriKey = looksLikeUri(lower) ? uriKey(lower) : Optional.empty();
    Map<License, Integer> best = new LinkedHashMap<>();
    for (int i = 0; i < licenses.size(); i++) {
      License license = licenses.get(i);
      int distance = Integer.MAX_VALUE;
      if (uriKey.isPresent()) {
        for (String uri : uris(license)) {
          Optional<String> key = uriKey(uri);
          if (key.isPresent()) {
            distance = Math.min(distance, Texts.editDistance(uriKey.get(), key.get(), cutoff(uriKey.get())));
          }
        }
      } else {
        for (String candidate : nameKeys.get(i)) {
          distance = Math.min(distance, Math.min(Texts.editDistance(normalized, candidate, cutoff(normalized)),
              Texts.editDistance(lower, candidate, cutoff(lower))));
        }
        String id = license.id().toLowerCase(Locale.ROOT);
        distance = Math.min(distance, Texts.editDistance(lower, id, cutoff(lower)));
      }
      if (distance != Integer.MAX_VALUE) {
        best.put(license, distance);
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** The longest text {@link #closest(CharSequence, int)} looks for suggestions for. */
  public static final int SUGGESTION_LIMIT = 64;

  /** The three closest licences, for refusals. */
  List<License> suggestions(String input) {
    return closest(input, 3);
  }

  private static int cutoff(String text) {
    return text.length() <= 4 ? 1 : text.length() <= 12 ? 2 : 3;
  }


  private UnknownLicenseException unknownCreativeCommonsUri(String input, String path) {
    List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    if (segments.size() >= 3 && segments.get(0).equals("licenses") && VERSION.matcher(segments.get(2)).matches()) {
      String unit = segments.get(1).equals("by-nd-nc") ? "by-nc-nd" : segments.get(1);
      String version = segments.get(2);
      List<License> suggestions = new ArrayList<>();
      for (String candidate : List.of(
          "creativecommons.org/licenses/" + unit + "/" + version,
          "creativecommons.org/licenses/" + (version.equals("1.0") && unit.equals("by-nc-nd") ? "by-nd-nc" : unit)
              + "/" + version,
          "creativecommons.org/licenses/" + unit + "/4.0")) {
        License license = byUri.get(candidate);
        if (license != null && !suggestions.contains(license)) {
          suggestions.add(license);
        }
      }
      if (segments.size() >= 4 && !SUB_RESOURCE.matcher(segments.get(3)).matches()) {
        String port = segments.get(3);
        String detail = Jurisdiction.findPort(port).isPresent()
            ? "Creative Commons published no " + unit + " " + version + " license for jurisdiction \"" + port + "\""
            : "\"" + port + "\" is not a Creative Commons jurisdiction";
        if (port.equals("kz")) {
          detail += "; there is no Kazakh port in any version";
        }
        return new UnknownLicenseException(input, detail, suggestions.isEmpty() ? suggestions(input) : suggestions);
      }
      return new UnknownLicenseException(input, "Creative Commons published no " + unit + " " + version
          + " license", suggestions.isEmpty() ? suggestions(input) : suggestions);
    }
    return new UnknownLicenseException(input, "the Creative Commons URI names no legal tool", suggestions(input));
  }

  /**
   * Reads the structure of a Creative Commons URI into its catalogue key, such as
   * {@code creativecommons.org/licenses/by-sa/3.0/de}.
   */
  private static Optional<String> creativeCommonsKey(String lower) {
    Matcher matcher = CC_URI.matcher(stripQuery(lower));
    if (!matcher.matches() || matcher.group(1) == null) {
      return Optional.empty();
    }
    List<String> segments = Arrays.stream(matcher.group(1).split("/"))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
    if (segments.size() >= 2 && segments.get(0).equals("licenses") && segments.get(1).equals("publicdomain")) {
      // The legacy URI of the Public Domain Certification, as SPDX's CC-PDDC cross-reference gives it.
      return onlySubResources(segments, 2)
          ? Optional.of("creativecommons.org/publicdomain/certification/1.0/us")
          : Optional.empty();
    }
    if (segments.size() < 3 || !(segments.get(0).equals("licenses") || segments.get(0).equals("publicdomain"))
        || !VERSION.matcher(segments.get(2)).matches()) {
      return Optional.empty();
    }
    String unit = segments.get(1);
    String version = segments.get(2);
    int index = 3;
    String port = null;
    if (index < segments.size() && !SUB_RESOURCE.matcher(segments.get(index)).matches()) {
      port = segments.get(index++);
    }
    if (!onlySubResources(segments, index)) {
      return Optional.empty();
    }
    if (segments.get(0).equals("licenses") && unit.equals("by-nc-nd") && version.equals("1.0")) {
      unit = "by-nd-nc";
    }
    return Optional.of("creativecommons.org/" + segments.get(0) + "/" + unit + "/" + version
        + (port == null ? "" : "/" + port));
  }

  private static boolean onlySubResources(List<String> segments, int from) {
    return segments.size() == from
        || (segments.size() == from + 1 && SUB_RESOURCE.matcher(segments.get(from)).matches());
  }

  /** Normalizes a URI to host and path, ignoring scheme, {@code www}, query, fragment and trailing slashes. */
  static Optional<String> uriKey(String text) {
    String lower = stripQuery(text.strip().toLowerCase(Locale.ROOT));
    if (lower.contains(" ")) {
      // A URI has no space: "(c) 2020 Jane Doe, https://..." is a statement that holds one.
      return Optional.empty();
    }
    int scheme = lower.indexOf("://");
    if (scheme >= 0) {
      lower = lower.substring(scheme + 3);
    }
    if (lower.startsWith("www.")) {
      lower = lower.substring(4);
    }
    while (lower.endsWith("/")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower.isEmpty() ? Optional.empty() : Optional.of(lower);
  }

  private static String stripQuery(String text) {
    int cut = text.length();
    for (char c : new char[] {'?', '#'}) {
      int at = text.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return text.substring(0, cut);
  }

  private static boolean looksLikeUri(String lower) {
    return lower.contains("://") || lower.startsWith("www.") || lower.startsWith("creativecommons.org");
  }

  /**
   * Normalizes a name as people write it: lower case, "Creative Commons", "license" and words such as
   * "International" dropped, element words mapped to their codes ({@code Attribution-ShareAlike} and
   * {@code BY-SA} both become {@code by sa}).
   */
  static String normalizeName(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("creative commons", " cc ");
    for (Map.Entry<Pattern, String> pair : ELEMENT_PAIRS.entrySet()) {
      lower = pair.getKey().matcher(lower).replaceAll(pair.getValue());
    }
    List<String> tokens = new ArrayList<>();
    for (String token : TOKEN_SEPARATOR.split(lower)) {
      String t = token;
      while (t.endsWith(".")) {
        t = t.substring(0, t.length() - 1);
      }
      while (t.startsWith(".")) {
        t = t.substring(1);
      }
      if (t.matches("v\\d.*")) {
        t = t.substring(1);
      }
      t = ELEMENT_WORDS.getOrDefault(t, t);
      if (!t.isEmpty() && !NOISE.contains(t)) {
        tokens.add(t);
      }
    }
    return String.join(" ", tokens);
  }

  /** The names a licence is known by, for name parsing and closest matches. */
  private static List<String> names(License license) {
    List<String> names = new ArrayList<>();
    names.add(license.shortName());
    names.addAll(license.names().asMap().values());
    names.addAll(license.unofficialNames().values());
    names.addAll(StandardLicenses.EXTRA_ALIASES.get(license.id()));
    license.spdxId().map(StandardLicenses.SPDX_NAMES::get).ifPresent(names::add);
    if (license.isCreativeCommons() && !license.isPublicDomain()) {
      String elements = license.kind().abbreviation();
      String version = license.version().orElse("");
      List<String> places = new ArrayList<>();
      places.add("");
      license.jurisdiction().ifPresent(j -> {
        places.add(" " + j.code());
        places.add(" " + j.name());
      });
      for (String place : license.jurisdiction().isPresent() ? places.subList(1, places.size()) : places) {
        names.add("CC " + elements + " " + version + place);
        names.add(license.kind().elementName() + " " + version + place);
        if (license.kind() == LicenseKind.CC_BY_NC_ND && version.equals("1.0")) {
          names.add("CC BY-ND-NC " + version + place);
        }
      }
    }
    return names;
  }

  /** The URIs a licence is known by. */
  private static List<String> uris(License license) {
    List<String> uris = new ArrayList<>();
    license.uri().map(URI::toString).ifPresent(uris::add);
    uris.addAll(StandardLicenses.EXTRA_URIS.get(license.id()));
    return uris;
  }

  /**
   * Formats the catalogue as its size, for debugging.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "LicenseCatalog[" + licenses.size() + " licenses]";
  }

  /** Holds the standard catalogue, built on first use. */
  private static final class Standard {
    static final LicenseCatalog INSTANCE = new LicenseCatalog(StandardLicenses.build());
  }
}
