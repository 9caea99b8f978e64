package dev.tidings.enrichment.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.topic.StoryFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimHashFingerprinterTests {

    private final SimHashFingerprinter fingerprinter = new SimHashFingerprinter();

    @Test
    void fingerprintIsSixteenLowerCaseHexDigitsAndStable() {
        String fingerprint = fingerprint(StoryFixtures.TRAFFICKING_BODY);

        assertTrue(fingerprint.matches("[0-9a-f]{16}"), fingerprint);
        assertEquals(
                fingerprint,
                new SimHashFingerprinter()
                        .fingerprint(StoryFixtures.TRAFFICKING_BODY)
                        .orElseThrow());
    }

    @Test
    void copyWithOtherCasePunctuationAndSpacingIsTheSame() {
        String copy =
                StoryFixtures.TRAFFICKING_BODY.toUpperCase().replace("\n", "  ").replace(",", " ;");

        assertEquals(0, distance(StoryFixtures.TRAFFICKING_BODY, copy));
    }

    @Test
    void lightlyEditedCopyIsANearDuplicate() {
        String edited = StoryFixtures.TRAFFICKING_BODY
                .replace("on Tuesday", "on Wednesday")
                .replace("Hundreds of", "Several hundred")
                .replace("in the capital", "")
                .replace("for months", "for many months");

        String a = fingerprint(StoryFixtures.TRAFFICKING_BODY);
        String b = fingerprint(edited);
        assertTrue(
                SimHashFingerprinter.isNearDuplicate(a, b),
                () -> "distance " + SimHashFingerprinter.hammingDistance(a, b));
        assertTrue(sharesABand(a, b), "a near-duplicate is found by an exact band match");
    }

    @Test
    void differentStoriesAreNotNearDuplicates() {
        String[] stories = {
            StoryFixtures.TRAFFICKING_BODY,
            StoryFixtures.STORM_BODY,
            StoryFixtures.COURT_BODY,
            StoryFixtures.QUAKE_BODY,
            StoryFixtures.MATCH_BODY
        };
        for (int i = 0; i < stories.length; i++) {
            for (int j = i + 1; j < stories.length; j++) {
                assertFalse(
                        SimHashFingerprinter.isNearDuplicate(fingerprint(stories[i]), fingerprint(stories[j])),
                        i + " and " + j);
            }
        }
    }

    @Test
    void hammingDistanceCountsDifferingBits() {
        assertEquals(0, SimHashFingerprinter.hammingDistance("00000000000000ff", "00000000000000ff"));
        assertEquals(8, SimHashFingerprinter.hammingDistance("00000000000000ff", "0000000000000000"));
        assertEquals(64, SimHashFingerprinter.hammingDistance("ffffffffffffffff", "0000000000000000"));
        assertThrows(IllegalArgumentException.class, () -> SimHashFingerprinter.hammingDistance("abc", "0"));
    }

    @Test
    void bandsCoverAllSixtyFourBits() {
        short[] ones = SimHashFingerprinter.bands("ffffffffffffffff");
        short[] zeros = SimHashFingerprinter.bands("0000000000000000");

        assertEquals(SimHashFingerprinter.NEAR_DUPLICATE_MAX_DISTANCE + 1, ones.length);
        int bits = 0;
        for (int i = 0; i < ones.length; i++) {
            bits += Integer.bitCount(ones[i]);
            assertEquals(0, zeros[i]);
            assertTrue(ones[i] >= 0, "fits a smallint");
        }
        assertEquals(64, bits);
        assertNotEquals(
                SimHashFingerprinter.bands("8000000000000000")[0], SimHashFingerprinter.bands("0000000000000000")[0]);
    }

    @Test
    void textWithoutWordsHasNoFingerprint() {
        assertEquals(Optional.empty(), fingerprinter.fingerprint(""));
        assertEquals(Optional.empty(), fingerprinter.fingerprint(" ... -- "));
    }

    private String fingerprint(String text) {
        return fingerprinter.fingerprint(text).orElseThrow();
    }

    private int distance(String a, String b) {
        return SimHashFingerprinter.hammingDistance(fingerprint(a), fingerprint(b));
    }

    private static boolean sharesABand(String a, String b) {
        short[] x = SimHashFingerprinter.bands(a);
        short[] y = SimHashFingerprinter.bands(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                return true;
            }
        }
        return false;
    }
}
