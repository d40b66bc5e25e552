package org.oerkit.core.instrument;

/**
 * A stakeholder group of OER, as listed in paragraph 4 of the UNESCO Recommendation on OER (2019), in that
 * paragraph's order.
 */
public enum Stakeholder {
  /** Teachers. */
  TEACHER,
  /** Educators. */
  EDUCATOR,
  /** Learners. */
  LEARNER,
  /** Governmental bodies. */
  GOVERNMENTAL_BODY,
  /** Parents. */
  PARENT,
  /** Educational providers and institutions. */
  EDUCATIONAL_PROVIDER,
  /** Education support personnel. */
  EDUCATION_SUPPORT_PERSONNEL,
  /** Teacher trainers. */
  TEACHER_TRAINER,
  /** Educational policy makers. */
  POLICY_MAKER,
  /** Cultural institutions (libraries, archives, museums) and their users. */
  CULTURAL_INSTITUTION,
  /** ICT infrastructure providers. */
  ICT_INFRASTRUCTURE_PROVIDER,
  /** Researchers. */
  RESEARCHER,
  /** Research institutions. */
  RESEARCH_INSTITUTION,
  /** Civil society organizations, including professional and student associations. */
  CIVIL_SOCIETY,
  /** Publishers. */
  PUBLISHER,
  /** The public sector. */
  PUBLIC_SECTOR,
  /** The private sector. */
  PRIVATE_SECTOR,
  /** Intergovernmental organizations. */
  INTERGOVERNMENTAL_ORGANIZATION,
  /** Copyright holders and authors. */
  COPYRIGHT_HOLDER,
  /** Media and broadcasting groups. */
  MEDIA,
  /** Funding bodies. */
  FUNDING_BODY
}
