package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the furniture phrases of markers.tsv are matched. */
class MarkersTest {
  private static final Markers MARKERS = Markers.bundled();

  @Test
  void aPhraseIsTriedAtTheLineStartOnlyWhenEveryAlternativeIsAnchored() {
    assertTrue(Markers.anchored("^share$|^(?:dark|light) mode\\b"));
    assertTrue(Markers.anchored("^(?:a|b)c"));
    assertTrue(Markers.anchored("^a\\|b"), "an escaped bar is no alternative");
    assertTrue(Markers.anchored("^[|b]x|^y"), "a bar in a class is no alternative");
    assertFalse(Markers.anchored("^a|b"));
    assertFalse(Markers.anchored("\\bdownload (?:the|our) apps?"));
    assertFalse(Markers.anchored("^a|"));
  }

  @Test
  void interfaceLabelsOfPlayersGalleriesAndPromptsInSeveralLanguagesAreFurniture() {
    for (String line : new String[] {"Wird geladen...", "Bild anzeigen", "Quellen ausblenden", "ESCUCHA ESTA NOTA AQUÍ",
        "Listen to this article", "Lo Último", "zurück zur Listenansicht", "Jetzt registrieren", "NEWS TEILEN:",
        "Pour lire la suite, abonnez-vous", "Crédits photos : Bestimage", "Stay up-to-date on our work."}) {
      assertTrue(MARKERS.isFurniture(line, Text.words(line)), line);
    }
    for (String line : new String[] {"Loading the ships took three days.", "Bild anzeigen lassen wollte er nicht.",
        "Lo último que supimos fue su nombre."}) {
      assertFalse(MARKERS.isFurniture(line, Text.words(line)), line);
    }
  }

  @Test
  void aNewslettersCallToSignUpIsFurnitureButAQuoteAboutSigningUpIsNot() {
    for (String line : new String[] {"**Want FOX News First in your inbox every day? Sign up here.**",
        "Terms of Trade is a daily newsletter that untangles a world embroiled in trade wars. Sign up here.",
        "[Want climate news in your inbox? Sign up here for Climate Fwd:, our email newsletter.]"}) {
      assertTrue(MARKERS.isFurniture(line, Text.words(line)), line);
    }
    String quote = "“If you are aiming to get coverage Jan. 1, you should try to sign up today,” an official said.";
    assertFalse(MARKERS.isFurniture(quote, Text.words(quote)), quote);
  }

  @Test
  void aLegalFooterInSeveralLanguagesClosesTheStory() {
    for (String line : new String[] {"© 2019 Harbour Post Inc. All Rights Reserved.", "Copyright 2023 Harbour Post",
        "2023 Hafenpost GmbH. Alle Rechte vorbehalten.", "Le Port 2021 - Tous droits réservés"}) {
      assertTrue(MARKERS.closesStory(line, Text.words(line)), line);
      assertTrue(MARKERS.isFurniture(line, Text.words(line)), line);
    }
    String story = "The rights reserved for residents were discussed at length by the council on Monday evening";
    assertFalse(MARKERS.closesStory(story, Text.words(story)));
  }

  @Test
  void appealsToTheReaderInSeveralLanguagesAreFurnitureButAStorysTelegramChannelIsNot() {
    for (String line : new String[] {"¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular",
        "¡Mira lo que tiene nuestro canal de YouTube!", "Submit your letter to the editor via this form",
        "Newsletter erhalten", "Wir respektieren deine Privatsphäre", "This site is protected by reCAPTCHA and the Google",
        "Instant access to the full article PDF.", "Advertising disclosure: We may receive compensation",
        "Vorschau auf den nächsten Artikel", "Weiter", "Jede kleine Spende hilft",
        "Enlarge this image toggle caption Saul Loeb/AFP/Getty Images Saul Loeb/AFP/Getty Images",
        "Story Continued Below", "Advertisement Continue reading the main story", "Advertisement:",
        "Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy",
        "7 years ago", "[pullquote]", "Image copyright Getty Images", "next Image 1 of 2", "More On This...",
        "CLICK HERE TO GET THE FOX NEWS APP", "Follow @politico", "Support Vox’s explanatory journalism",
        "The opinions expressed by columnists are their own and do not represent the views of Townhall.com.",
        "This article is more than 1 year old", "This is a rush transcript. Copy may not be in its final form.",
        "GET HARBOUR NEWS ON THE GO BY CLICKING HERE", "Can't see the video? Click here.",
        "Click here to read more from the Harbour Weekly.", "Klicken Sie hier für die ganze Umfrage",
        "Harbour warning: board names EIGHT unsafe piers [WARNING]", "Ferry prices to rise in spring [INSIGHT]",
        "Sign up for The Harbour Bell today to get the free daily newsletter delivered to your inbox daily.",
        "Want more analysis like this delivered straight to your inbox? Sign up for our newsletter.",
        "Get all the latest harbour news delivered daily to your inbox. Sign up here."}) {
      assertTrue(MARKERS.isFurniture(line, Text.words(line)), line);
    }
    for (String line : new String[] {"Rybar, a Telegram channel close to the Russian military, said the bridge was hit.",
        "The company said in its newsletter that sales had doubled since the spring of last year.",
        "Weiter geht es am Montag mit der Sitzung des Stadtrats.", "___",
        "Users who click here see a warning first, the report found.", "So how about that? [APPLAUSE]",
        "We will build the terminal [APPLAUSE]",
        "The story continued below the fold of the newspaper for three more pages, the editor said."}) {
      assertFalse(MARKERS.isFurniture(line, Text.words(line)), line);
    }
  }

  @Test
  void aLongParagraphIsOnlySearchedForANoticeWhenItHasOneOfTheNoticeCues() {
    String paragraph = "The council said the new ferry terminal would be accepted by residents once its settings were "
        .repeat(20) + "explained.";
    assertFalse(MARKERS.isFurniture(paragraph, Text.words(paragraph)));
    String banner = "We use cookies to analyse traffic on this site. " + paragraph + " Accept all to continue.";
    assertTrue(MARKERS.isFurniture(banner, Text.words(banner)));
  }

  @Test
  void aDontMissHeadingOpensABoxOfLinksButASentenceSayingItDoesNot() {
    assertTrue(MARKERS.isEnd("DON'T MISS", 2));
    assertTrue(MARKERS.isEnd("Don’t miss:", 2));
    String sentence = "Visitors don't miss the old lighthouse, the guide said.";
    assertFalse(MARKERS.isEnd(sentence, Text.words(sentence)));
  }

  @Test
  void aConsentDialogIsFurnitureAtAnyLengthButAStoryAboutCookiesOrNotificationsIsNot() {
    for (String line : new String[] {
        "Soucieux de la protection de vos données personnelles, nous vous informons que sur le site des cookies et "
            + "autres traceurs sont utilisés. En cliquant sur « Tout accepter », vous acceptez ces cookies pour la "
            + "mesure d'audience, le partage avec les réseaux sociaux et la publicité selon vos centres d'intérêt.",
        "Ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden. Nach der Anmeldung "
            + "erhalte ich eine E-Mail, in der ich die Anmeldung noch einmal bestätigen muss, bevor sie gültig wird.",
        "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren? "
            + "Sie erhalten zwei bis fünf Meldungen pro Tag, und Sie können sie jederzeit wieder abbestellen.",
        "Enter your email address to subscribe to this blog and receive notifications of new posts by email."}) {
      assertTrue(MARKERS.isFurniture(line, Text.words(line)), line);
    }
    for (String line : new String[] {
        "Regulators said the company kept cookies on visitors' computers for years after they had asked it to stop, "
            + "and that the fine was the largest of its kind.",
        "The baker said her cookies sold out by noon on Saturday, and she hopes to open a second shop in the spring.",
        "Phone makers have cut the number of alerts that reach users, the study found."}) {
      assertFalse(MARKERS.isFurniture(line, Text.words(line)), line);
    }
  }

  @Test
  void aNoticeThatThePageNeedsJavaScriptIsFurnitureButAStoryAboutJavaScriptIsNot() {
    for (String line : new String[] {"Please enable JavaScript to view the comments powered by Disqus.",
        "Bitte schalten sie Javascript ein, um das einwandfreie Funktionieren der Webseite zu gewährleisten.",
        "Sie haben Javascript für Ihren Browser deaktiviert.", "JavaScript scheint in Ihrem Browser deaktiviert zu sein.",
        "Please enable Javascript to watch this video"}) {
      assertTrue(MARKERS.isFurniture(line, Text.words(line)), line);
    }
    String story = "The browser maker said JavaScript would run faster in the next version, due in the spring.";
    assertFalse(MARKERS.isFurniture(story, Text.words(story)));
  }
}
