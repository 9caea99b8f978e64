package dev.tidings.enrichment.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.keyword.KeywordTerms.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordTermsTests {

    @Test
    void wordsKeepHyphensApostrophesAndAbbreviationsWithExactOffsets() {
        String text = "The U.S. envoy's cross-border talks, they're \"tense\".";

        List<Word> words = KeywordTerms.words(text);

        assertEquals(
                List.of("The", "U.S.", "envoy's", "cross-border", "talks", "they're", "tense"),
                words.stream().map(Word::text).toList());
        for (Word word : words) {
            assertEquals(word.text(), text.substring(word.start(), word.end()));
        }
        assertEquals("envoy", words.get(2).normalized());
        assertTrue(words.get(5).breakBefore(), "a comma separates talks and they're");
        assertFalse(words.get(4).breakBefore());
    }

    @Test
    void documentStemsGroupInflections() {
        assertEquals(KeywordTerms.documentStems("refugee"), KeywordTerms.documentStems("Refugees"));
    }
}
