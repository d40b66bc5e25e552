package org.oerkit.core.instrument;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;

/**
 * A lettered sub-action of an area of action of the UNESCO Recommendation on OER (2019), such as
 * {@code 12(a)}: "publicly funded educational materials openly licensed".
 *
 * <p>The final text (adopted 25 November 2019, 40 C/32) has 33: paragraph 11 (a)-(f), 12 (a)-(h),
 * 13 (a)-(f), 14 (a)-(g) and 15 (a)-(f). Pre-adoption drafts have fewer and must not be used. The summaries
 * paraphrase the final text. The canonical text is the identifier, which {@link #parse(CharSequence)} reads
 * back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubAction implements Comparable<SubAction>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<SubAction> ALL = ImmutableList.of(
      new SubAction(ActionArea.CAPACITY_BUILDING, 'a', "Build awareness of how OER increase access, improve learning "
          + "outcomes, maximise the impact of public funding and make educators and learners co-creators"),
      new SubAction(ActionArea.CAPACITY_BUILDING, 'b', "Systematic, continuous pre-service and in-service capacity "
          + "building on creating, using, adapting and redistributing OER, including for public authorities, policy "
          + "makers and quality assurance professionals"),
      new SubAction(ActionArea.CAPACITY_BUILDING, 'c', "Raise awareness of copyright exceptions and limitations for "
          + "education and research"),
      new SubAction(ActionArea.CAPACITY_BUILDING, 'd', "Leverage openly licensed tools and platforms with "
          + "interoperable metadata and standards: free and open source authoring tools, repositories, search, "
          + "long-term preservation, AI for processing and translation; safe, secure and privacy-protected"),
      new SubAction(ActionArea.CAPACITY_BUILDING, 'e', "Easily accessible information and assistance on OER topics, "
          + "including copyright and open licensing"),
      new SubAction(ActionArea.CAPACITY_BUILDING, 'f', "Digital literacy skills, including software, codes and open "
          + "licences"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'a', "Policies and regulatory frameworks under which publicly "
          + "funded educational resources are openly licensed or in the public domain; allocate financial and human "
          + "resources for implementation and evaluation"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'b', "Help institutions develop or update legal and policy "
          + "frameworks for quality OER consistent with copyright law; integrate OER quality assurance into the "
          + "existing quality assurance of learning materials"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'c', "Communities of practice, teacher professional development "
          + "with OER and expert networks; recognise OER creation as professional and academic merit"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'd', "Incentivise publishing source files and accessible OER in "
          + "standard open file formats in public repositories"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'e', "Embed OER policies in national frameworks and align them "
          + "with Open Access, Open Data, Open Source Software and Open Science"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'f', "Include OER in transforming education: curricula, teaching "
          + "methods and assessment that motivate use, creation and sharing; assess the impact on inclusive quality "
          + "education"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'g', "Encourage research on the development, sharing and "
          + "evaluation of OER, including with artificial intelligence"),
      new SubAction(ActionArea.SUPPORTIVE_POLICY, 'h', "The highest privacy and data-protection standards in the "
          + "production and use of OER, OER infrastructure and services"),
      new SubAction(ActionArea.INCLUSIVE_ACCESS, 'a', "Access matched to learners' needs and material circumstances, "
          + "including offline and printed"),
      new SubAction(ActionArea.INCLUSIVE_ACCESS, 'b', "Gender-sensitive, culturally and linguistically relevant OER; "
          + "OER in local languages, especially indigenous, less-used, under-resourced and endangered languages"),
      new SubAction(ActionArea.INCLUSIVE_ACCESS, 'c', "Gender equality, non-discrimination, accessibility and "
          + "inclusiveness in strategies and programmes"),
      new SubAction(ActionArea.INCLUSIVE_ACCESS, 'd', "Public investment, and incentives for private investment, in "
          + "ICT infrastructure and broadband for low-income, rural and urban communities"),
      new SubAction(ActionArea.INCLUSIVE_ACCESS, 'e', "Incentivise the development of and research on OER"),
      new SubAction(ActionArea.INCLUSIVE_ACCESS, 'f', "Evidence-based quality assurance standards and benchmarks; "
          + "review open and non-open resources under regular quality assurance"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'a', "Review provisions, procurement policies and regulations "
          + "to facilitate the creation, ownership, translation, adaptation, curation, sharing, archiving and "
          + "preservation of OER"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'b', "Sustainability models through traditional funding and "
          + "reciprocity-based resource mobilisation (partnerships, donations, memberships, pay what you want, "
          + "crowdfunding), without shifting costs to educators or students"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'c', "Raise awareness of value-added models: participation, "
          + "co-creation and community partnerships"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'd', "Regulatory frameworks for OER products and services "
          + "aligned with national and international standards"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'e', "Faithful linguistic translation of open licences"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'f', "Mechanisms for implementation, stakeholder feedback and "
          + "continuous improvement of OER"),
      new SubAction(ActionArea.SUSTAINABILITY_MODELS, 'g', "Optimise existing education and research budgets "
          + "through inter-institutional, national, regional and international collaboration"),
      new SubAction(ActionArea.INTERNATIONAL_COOPERATION, 'a', "Cross-border collaboration and alliances: joint "
          + "development, capacity building, repositories, communities of practice, joint research"),
      new SubAction(ActionArea.INTERNATIONAL_COOPERATION, 'b', "Regional and international funding mechanisms and "
          + "partnerships"),
      new SubAction(ActionArea.INTERNATIONAL_COOPERATION, 'c', "Peer networks sharing OER by subject, language, "
          + "institution, region and level of education"),
      new SubAction(ActionArea.INTERNATIONAL_COOPERATION, 'd', "OER clauses in international agreements on "
          + "cooperation in education"),
      new SubAction(ActionArea.INTERNATIONAL_COOPERATION, 'e', "Explore an international framework of copyright "
          + "exceptions and limitations for education and research"),
      new SubAction(ActionArea.INTERNATIONAL_COOPERATION, 'f', "Intercultural communication skills, multicultural "
          + "groups and the design of communities of practice for local implementation"));

  private static final Map<String, SubAction> BY_ID = ALL.stream()
      .collect(ImmutableMap.toImmutableMap(SubAction::id, s -> s));

  private final ActionArea area;
  private final char letter;
  private final String summary;

  private SubAction(ActionArea area, char letter, String summary) {
    this.area = area;
    this.letter = letter;
    this.summary = summary;
  }

  /**
   * Gets the 33 sub-actions, in the Recommendation's order.
   *
   * @return the sub-actions, from 11(a) to 15(f)
   */
  public static List<SubAction> all() {
    return ALL;
  }

  /**
   * Obtains a sub-action from its identifier.
   *
   * @param id  the identifier, such as {@code "12(a)"}, not null
   * @return the sub-action
   * @throws DomainRuleException if there is no such sub-action in the final text
   */
  public static SubAction of(String id) {
    requireNonNull(id, "id");
    return find(id).orElseThrow(() -> new DomainRuleException("SubAction", "id",
        "must be a sub-action of the 2019 Recommendation from \"11(a)\" to \"15(f)\"", id));
  }

  /**
   * Reads a sub-action identifier, ignoring surrounding white space and the case of the letter.
   *
   * @param text  the text, such as {@code "12(A)"}, not null
   * @return the sub-action
   * @throws DomainRuleException if there is no such sub-action in the final text
   */
  public static SubAction parse(CharSequence text) {
    requireNonNull(text, "text");
    String id = text.toString().strip().toLowerCase(Locale.ROOT);
    return find(id).orElseThrow(() -> new DomainRuleException("SubAction", "id",
        "must be a sub-action of the 2019 Recommendation from \"11(a)\" to \"15(f)\"", text));
  }

  /**
   * Finds a sub-action by its identifier.
   *
   * @param id  the identifier, such as {@code "12(a)"}, not null
   * @return the sub-action, or empty
   */
  public static Optional<SubAction> find(String id) {
    return Optional.ofNullable(BY_ID.get(requireNonNull(id, "id")));
  }

  /**
   * Gets the area of action.
   *
   * @return the area
   */
  public ActionArea area() {
    return area;
  }

  /**
   * Gets the paragraph, 11 to 15.
   *
   * @return the paragraph number
   */
  public int paragraph() {
    return area.paragraph();
  }

  /**
   * Gets the letter within the paragraph.
   *
   * @return the letter, such as {@code 'a'}
   */
  public char letter() {
    return letter;
  }

  /**
   * Gets the identifier, the paragraph and the letter in parentheses.
   *
   * @return the identifier, such as {@code "12(a)"}
   */
  public String id() {
    return paragraph() + "(" + letter + ")";
  }

  /**
   * Gets a paraphrase of the sub-action.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Gets the citation of the sub-action.
   *
   * @return the citation, such as {@code "UNESCO Recommendation on OER (2019), paragraph 12(a)"}
   */
  public String source() {
    return Recommendation2019.CITATION + ", paragraph " + id();
  }

  @Override
  public int compareTo(SubAction other) {
    requireNonNull(other, "other");
    return Integer.compare(ALL.indexOf(this), ALL.indexOf(other));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubAction && ((SubAction) obj).area == area && ((SubAction) obj).letter == letter;
  }

  @Override
  public int hashCode() {
    return area.hashCode() * 31 + letter;
  }

  /**
   * Gets the canonical text, the identifier.
   *
   * @return the identifier, such as {@code "12(a)"}
   */
  @Override
  public String toString() {
    return id();
  }

  private Object readResolve() {
    return of(id());
  }
}
