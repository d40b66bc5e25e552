package org.oerkit.core.instrument;

/**
 * One of the ten recommendations to States of the 2012 Paris OER Declaration, points (a) to (j).
 *
 * <p>Source: the Declaration adopted at the World OER Congress, UNESCO, Paris, 22 June 2012 (text as
 * reproduced by Creative Commons Australia and Wikipedia, "UNESCO 2012 Paris OER Declaration").
 */
public enum ParisRecommendation {
  /** (a). */
  A("Foster awareness and use of OER"),
  /** (b). */
  B("Facilitate enabling environments for use of Information and Communications Technologies (ICT)"),
  /** (c). */
  C("Reinforce the development of strategies and policies on OER"),
  /** (d). */
  D("Promote the understanding and use of open licensing frameworks"),
  /** (e). */
  E("Support capacity building for the sustainable development of quality learning materials"),
  /** (f). */
  F("Foster strategic alliances for OER"),
  /** (g). */
  G("Encourage the development and adaptation of OER in a variety of languages and cultural contexts"),
  /** (h). */
  H("Encourage research on OER"),
  /** (i). */
  I("Facilitate finding, retrieving and sharing of OER"),
  /** (j). */
  J("Encourage the open licensing of educational materials produced with public funds");

  private final String text;

  ParisRecommendation(String text) {
    this.text = text;
  }

  /**
   * Gets the point's letter.
   *
   * @return the letter, {@code 'a'} to {@code 'j'}
   */
  public char letter() {
    return (char) ('a' + ordinal());
  }

  /**
   * Gets the recommendation.
   *
   * @return the text, such as {@code "Encourage research on OER"}
   */
  public String text() {
    return text;
  }
}
