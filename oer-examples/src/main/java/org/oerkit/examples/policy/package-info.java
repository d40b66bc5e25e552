/**
 * Policy drafts in the shape the Astana 2017 workshop asked for: an illustrative first draft of a national
 * OER policy for Kazakhstan and short drafts for Kyrgyzstan, Tajikistan and Uzbekistan, all examples and
 * none an official document; and the UNESCO country policy template as the workshop used it, with its
 * sessions and its wording ({@link org.oerkit.examples.policy.AstanaTemplate}).
 */
package org.oerkit.examples.policy;
