package org.oerkit.core.policy;

/**
 * A category of educational material a policy requires to be openly licensed (template section 4,
 * "What educational materials should be obliged to be openly licensed", Astana 2017 concept note,
 * Session 10); the categories follow paragraph 1 of the UNESCO Recommendation on OER (2019), "learning,
 * teaching and research materials".
 */
public enum MaterialCategory {
  /** Textbooks, printed or electronic. */
  TEXTBOOK,
  /** Curricula and syllabi. */
  CURRICULUM,
  /** Teacher guides and lesson plans. */
  TEACHER_GUIDE,
  /** Assessment items and tests. */
  ASSESSMENT_ITEM,
  /** Video lessons and other media. */
  VIDEO_LESSON,
  /** Online courses, including MOOCs. */
  ONLINE_COURSE,
  /** Software tools. */
  SOFTWARE_TOOL,
  /** Research outputs. */
  RESEARCH_OUTPUT,
  /** Any other material. */
  OTHER
}
