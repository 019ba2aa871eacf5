/**
 * View models of the pages: plain records with every link and number computed in Java, so the jte templates only
 * lay them out (and escape every piece of text). Public only because precompiled templates live in jte's package.
 */
package dev.lede.web.view;
