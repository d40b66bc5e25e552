package org.oerkit.core.vocabulary;

/**
 * What kind of body an {@link Organization} is.
 *
 * <p>The list covers the bodies that appear in UNESCO OER workshops and policies (the Astana 2017 concept
 * note names ministries, UNESCO offices and institutes, universities, libraries, NGOs, research
 * institutes, intergovernmental bodies and a national OER focal group); {@link #OTHER} covers the rest.
 * The names follow schema.org's {@code Organization} subtypes where one exists.
 */
public enum OrganizationKind {
  /** A government ministry, such as a Ministry of Education and Science (schema.org GovernmentOrganization). */
  MINISTRY,
  /** Another government agency or national centre. */
  GOVERNMENT_AGENCY,
  /** A UNESCO office, category 1 institute, or headquarters sector. */
  UNESCO,
  /** An intergovernmental body other than UNESCO, such as the Commonwealth of Learning. */
  INTERGOVERNMENTAL,
  /** A university or other higher education institution (schema.org CollegeOrUniversity). */
  UNIVERSITY,
  /** A school or college below higher education (schema.org EducationalOrganization). */
  SCHOOL,
  /** A library (schema.org Library). */
  LIBRARY,
  /** A research institute or academy. */
  RESEARCH_INSTITUTE,
  /** A non-governmental, not-for-profit organization (schema.org NGO). */
  NGO,
  /** A company (schema.org Corporation). */
  COMPANY,
  /** A national working group, focal group or committee formed for a task, such as a National OER Focal group. */
  WORKING_GROUP,
  /** A network or association of institutions. */
  NETWORK,
  /** Any other kind of body. */
  OTHER
}
