package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chinese, Japanese and Korean text, which has no spaces between words. */
class CjkTextTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void scriptTellsJapaneseChineseAndKorean() {
    assertEquals("ja", detector.detect("東京都は月曜日、新しい公園の計画を発表しました。工事は来年の春に始まる予定です。"));
    assertEquals("zh", detector.detect("北京市政府星期一宣布了新的公园计划，工程预计明年春天开始。"));
    assertEquals("ko", detector.detect("서울시는 월요일 새로운 공원 계획을 발표했습니다. 공사는 내년 봄에 시작될 예정입니다."));
  }

  @Test
  void aSentenceWithoutSpacesHasWordsAndEndsLikeASentence() {
    String sentence = "東京都は月曜日、新しい公園の計画を発表しました。";
    assertTrue(Text.words(sentence) >= 8, () -> "words: " + Text.words(sentence));
    assertTrue(Text.terminal(sentence));
    assertTrue(Text.terminal("这是什么？"));
    assertEquals(2, Text.words("two words"));
  }
}
