package dev.tidings.enrichment.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.events.DetectedLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageTaggerTests {

    private static LanguageTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new LanguageTagger();
    }

    @Test
    void anEnglishNewsPageIsEnglishWithHighConfidence() {
        DetectedLanguage language = tagger.detect(ArticleFixtures.NEWS_PAGE);

        assertEquals("en", language.code());
        assertTrue(language.confidence() >= 0.9, () -> "confidence " + language.confidence());
    }

    @Test
    void germanAndFrenchParagraphsAreTold() {
        assertEquals("de", tagger.detect(ArticleFixtures.GERMAN_STORY).code());
        assertEquals("fr", tagger.detect(ArticleFixtures.FRENCH_STORY).code());
    }

    @Test
    void aShortSentenceIsToldWhenItsWordsLeaveNoDoubt() {
        assertEquals("en", tagger.detect("The minister resigned on Tuesday.").code());
        assertEquals(
                "de",
                tagger.detect("Der Minister ist am Dienstag zurückgetreten.").code());
        assertEquals(
                "fr", tagger.detect("Le ministre a démissionné mardi soir.").code());
    }

    @Test
    void scriptsWithoutLatinLettersAreTold() {
        assertEquals(
                "ja",
                tagger.detect("東京都は火曜日、老朽化した橋の架け替えに向けた新しい計画を発表した。工事は来年の春に始まる予定だ。")
                        .code());
        assertEquals(
                "ko",
                tagger.detect("서울시는 화요일 한강 다리를 다시 짓는 새로운 계획을 발표했다. 공사는 내년 봄에 시작된다.")
                        .code());
    }

    @Test
    void aMixedPageKeepsItsMainLanguage() {
        String english = "Port director Lin Mei-hua (林美華) said on Monday that the new quay would open in June."
                + " \"C'est une très bonne nouvelle,\" a French shipping agent told reporters, and the harbour"
                + " board (港務局) agreed to pay for the dredging.";
        String chinese = "高雄港務局局長林美華週一表示，新碼頭將於六月啟用。她說 (Kaohsiung Port Authority) 工程因洪水而延誤。";

        assertEquals("en", tagger.detect(english).code());
        assertEquals("zh", tagger.detect(chinese).code());
    }

    @Test
    void aLongEnglishTextIsToldWithoutAskingLingua() {
        String paragraph =
                String.join(" ", ArticleFixtures.NEWS_PAGE.split("\n")).substring(0, 600);

        assertTrue(EnglishFunctionWords.count(paragraph) > 0);
        assertEquals(0, EnglishFunctionWords.count(ArticleFixtures.GERMAN_STORY + " " + ArticleFixtures.FRENCH_STORY));
        assertEquals(0, EnglishFunctionWords.count("The river fell."));
        assertEquals("en", tagger.detect(paragraph).code());
    }

    @Test
    void aTextTooShortOrTooGarbledToTellIsUndetermined() {
        for (String text : new String[] {
            "", "Hello", "SECURITY:", "12 345 678", "邱垂正", "CARROT AND STICK:", "asdf qwer zxcv uiop hjkl bnm, qwerty."
        }) {
            DetectedLanguage language = tagger.detect(text);
            assertEquals(DetectedLanguage.UNDETERMINED, language.code(), () -> "for \"" + text + "\"");
            assertEquals(0.0, language.confidence());
        }
    }
}
