/**
 * Runnable examples of oerkit, each a class with a {@code main} method, readable top to bottom as a
 * tutorial.
 *
 * <p>The sub-packages hold the Astana 2017 workshop as data ({@code astana}), the illustrative policy drafts
 * the workshop asked for ({@code policy}), a licence walkthrough ({@code license}) and the {@code oer}
 * command line ({@code cli}), which is one more example, thin over the library. Nothing here is meant for
 * deployment.
 */
package org.oerkit.examples;
