/**
 * The seed case of oerkit as data: the UNESCO national workshop "Expanding Open Educational Resources for
 * Lifelong Learning in Kazakhstan", Astana, 11-13 December 2017.
 *
 * <p>{@link org.oerkit.examples.astana.Astana2017} encodes the workshop's concept note, a PDF extraction:
 * its background (abridged, each omission marked "[…]"), objectives, participant rule and profiles, and
 * every line of the three-day agenda, in the note's words. The extraction has noise, and the class records,
 * decision by decision, how it was cleaned; what the note does not give names its own public source.
 */
package org.oerkit.examples.astana;
