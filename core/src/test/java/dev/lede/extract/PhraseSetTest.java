package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseSetTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<String> EXPRESSIONS = List.of(
      "^share$|^(?:dark|light) mode\\b",
      "^(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?$",
      "^(?:\\S+\\s+){0,5}(?:sign (?:in|up|out)|log ?(?:in|out))",
      "^[-–«‹<]?\\s*(?:next|previous)\\s+posts?",
      "^(?:[•·*-]\\s*)?(?:show|see) (?:more|all) sharing options$|^go top$",
      "\\bdownload (?:the|our) (?:\\S+ ){0,4}apps?\\b",
      "click(?:ing)? here[.!]?$",
      "rights reserved|rechte vorbehalten|droits réservés",
      "^(?=.*\\bcookies?\\b)(?=.*\\baccept)",
      "notifications from (?<name>(?-i:\\p{Lu}[\\p{L} -]{1,60}?))[.!]?$",
      "^k+elvin",
      "^s?trasse|^ſtraße",
      "^\\x41bc|^\\u00e9t[ée]",
      "^(a)\\1x",
      "^\\Qa.b\\E c",
      "^(?:|x)yz",
      "^a{0}b|^c{2,}d",
      "^ébène",
      "^İstanbul");

  private static final List<String> LINES = List.of(
      "Share", "SHARE", "share this", "Dark mode", "LIGHT MODE on", "12 Comments", "comments (4)", "Comment",
      "Please sign in to your account", "Log in", "login", "« Next post", "- previous posts", "• Show more sharing options",
      "Go top", "go to top", "Download the free app", "DOWNLOAD OUR NEWS APPS", "Click here.", "clicking HERE!",
      "© 2024. All Rights Reserved.", "Alle Rechte vorbehalten", "Tous DROITS RÉSERVÉS", "We use cookies. Accept?",
      "Notifications from The Daily News.", "KELVIN", "\u212Aelvin", "kkelvin", "Strasse", "ſtrasse", "STRASSE", "trasse",
      "Straße", "Abc", "abc", "été", "ÉTÉ", "aax", "AAX", "a.b c", "A.B C", "yz", "xyz", "XYZ", "b", "ccd", "cd",
      "Ébène", "ÉBÈNE", "istanbul", "İstanbul", "ISTANBUL", "", " ", "   share", "\uD83D\uDE00 share", "🙂");

  @Test
  void answersAsTryingEveryExpressionInTurn() {
    for (String regex : EXPRESSIONS) {
      Pattern pattern = Pattern.compile(regex, FLAGS);
      boolean anchored = Markers.anchored(regex);
      PhraseSet set = new PhraseSet();
      set.add(pattern, regex, anchored);
      for (String line : LINES) {
        Matcher m = pattern.matcher(line);
        boolean expected = anchored ? m.lookingAt() : m.find();
        assertEquals(expected, set.anyIn(line), () -> regex + " on '" + line + "'");
      }
    }
  }

  @Test
  void filesAnAnchoredExpressionUnderTheLettersItCanStartWith() {
    assertEquals(Set.of((int) 's', (int) 'd', (int) 'l'), PhraseSet.firstLetters("^share$|^(?:dark|light) mode\\b"));
    assertEquals(Set.of((int) 'k'), PhraseSet.firstLetters("^K+elvin"));
    assertEquals(Set.of((int) 's', (int) 't'), PhraseSet.firstLetters("^s?trasse"));
    // filed under "a" too although "a{0}" never matches one: filing too widely costs a try, never an answer
    assertEquals(Set.of((int) 'a', (int) 'b', (int) 'c'), PhraseSet.firstLetters("^a{0}b|^c{2,}d"));
  }

  @Test
  void leavesAloneWhatItCannotRead() {
    assertNull(PhraseSet.firstLetters("^(?:\\d+\\s+)?comments?"), "a digit class may start it");
    assertNull(PhraseSet.firstLetters("^[-–«]?\\s*next"), "a class, then a space class");
    assertNull(PhraseSet.firstLetters("^(?=.*\\bcookies?\\b)"), "a look-ahead");
    assertNull(PhraseSet.firstLetters("^(?:|x)yz|^a?"), "a match can be empty");
    assertNull(PhraseSet.firstLetters("^\\x41bc"), "a character written by its code");
    assertNull(PhraseSet.requiredText("^\\x41bc"));
    assertNull(PhraseSet.requiredText("^(a)\\1x"), "a back-reference");
    assertNull(PhraseSet.requiredText("c(?:lick)?"), "one letter is in too many lines to be worth a search");
  }

  @Test
  void findsTextEveryMatchContains() {
    assertEquals(Set.of("comment"), PhraseSet.requiredText("^(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?$"));
    assertEquals(Set.of("sign ", "log"), PhraseSet.requiredText("^(?:\\S+\\s+){0,5}(?:sign (?:in|up|out)|log ?(?:in|out))"));
    assertEquals(Set.of("rights reserved", "rechte vorbehalten"),
        PhraseSet.requiredText("rights reserved|rechte vorbehalten"));
    assertEquals(Set.of("click"), PhraseSet.requiredText("click(?:ing)? here[.!]?$"), "the longest run wins");
    assertEquals(Set.of("download "), PhraseSet.requiredText("\\bdownload (?:the|our) (?:\\S+ ){0,4}apps?\\b"));
    assertEquals(Set.of("kelvin"), PhraseSet.requiredText("KELVIN"), "in keys: lower case");
  }
}
