/**
 * A licence walkthrough: choosing a national default licence, checking whether typical OER may be remixed,
 * and attributing them in English, Russian and Kazakh.
 */
package org.oerkit.examples.license;
