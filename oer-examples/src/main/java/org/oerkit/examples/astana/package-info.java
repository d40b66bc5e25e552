/**
 * The seed case of oerkit as data: the UNESCO national workshop "Expanding Open Educational Resources for
 * Lifelong Learning in Kazakhstan", Astana, 11-13 December 2017.
 *
 * <p>{@link org.oerkit.examples.astana.Astana2017} encodes the workshop's concept note, a PDF extraction,
 * completely: background, objectives, participant profiles and every line of the three-day agenda. The
 * extraction has noise, and the class records, decision by decision, how it was cleaned.
 */
package org.oerkit.examples.astana;
