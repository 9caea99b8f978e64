package dev.tidings.enrichment.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A 64-bit SimHash of the main story (Charikar 2002; Manku, Jain and Das Sarma 2007), written as 16
 * lower-case hex digits: stories that share most of their words get fingerprints that differ in few
 * bits, so a near-duplicate (the same wire story under another URL, lightly edited) is found by
 * comparing fingerprints, without comparing texts.
 *
 * <p>The features are the story's lower-case words (letters and digits; punctuation and case are
 * ignored, so re-punctuated copies match) without English function words, each weighted by how often
 * it occurs. Single words, not the usual 3-word shingles: {@code NearDuplicateEvaluation} measured
 * that one edited word spoils three 3-word shingles, so copies with 5 to 20% of their words edited
 * end up 10 to 25 bits apart, as far as unrelated stories. Dropping function words keeps unrelated
 * stories on the same topic far apart (they share "the" and "of", not their content). Thread-safe
 * and stateless.
 */
public final class SimHashFingerprinter {

    public static final int DEFAULT_SHINGLE_WORDS = 1;

    /** Words too common to say anything about which story a text is. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
            "was", "were", "are", "be", "been", "it", "its", "that", "this", "these", "those", "he", "she", "they",
            "we", "i", "you", "his", "her", "their", "our", "has", "have", "had", "not", "will", "would", "can",
            "could", "also", "which", "who", "there", "than", "so", "if", "up", "out", "about", "into", "over", "after",
            "more", "said");

    /**
     * Two stories whose fingerprints differ in at most this many bits are near-duplicates. Chosen
     * from {@code NearDuplicateEvaluation} on 500 MasakhaNEWS articles: within 6 bits are all exact
     * copies, 90% of copies with 5% of their words edited, 74% with 10%, 39% with 20% and 21% of
     * copies with a new first sentence, and none of the unrelated articles on the same topic (the
     * closest such pair is 19 bits apart). On Reuters, 2 of 500 "unrelated" pairs fall within 6 bits:
     * one is a duplicate inside the collection, the other a templated daily market report. At 8 bits
     * recall rises (98/92/66/34%) with still no unrelated BBC pair, but every extra bit also needs an
     * extra, less selective band in the database lookup (see {@link #bands}).
     */
    public static final int NEAR_DUPLICATE_MAX_DISTANCE = 6;

    /**
     * How many bands {@link #bands} splits a fingerprint into: one more than the threshold, so that
     * a near-duplicate always agrees on at least one band.
     */
    public static final int BANDS = NEAR_DUPLICATE_MAX_DISTANCE + 1;

    private final int shingleWords;
    private final boolean dropFunctionWords;

    public SimHashFingerprinter() {
        this(DEFAULT_SHINGLE_WORDS, true);
    }

    /** A fingerprinter over other features, for evaluation: shingles of another size, function words kept. */
    public SimHashFingerprinter(int shingleWords, boolean dropFunctionWords) {
        if (shingleWords < 1) {
            throw new IllegalArgumentException("shingleWords must be at least 1");
        }
        this.shingleWords = shingleWords;
        this.dropFunctionWords = dropFunctionWords;
    }

    /** The fingerprint of a text, or empty if it has no words. */
    public Optional<String> fingerprint(String text) {
        OptionalLong value = value(text);
        return value.isPresent() ? Optional.of(toHex(value.getAsLong())) : Optional.empty();
    }

    /** The number of bits in which two fingerprints differ, 0 to 64. */
    public static int hammingDistance(String a, String b) {
        return Long.bitCount(parse(a) ^ parse(b));
    }

    public static boolean isNearDuplicate(String a, String b) {
        return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
    }

    /**
     * The fingerprint cut into {@value #BANDS} bands, most significant first: one of 10 bits, then six
     * of 9, each a value from 0 to 1023 (fits a PostgreSQL {@code smallint}). Two fingerprints within
     * {@link #NEAR_DUPLICATE_MAX_DISTANCE} bits of each other agree exactly on at least one band,
     * since each differing bit can spoil only one band (pigeonhole): an indexed equality lookup on
     * the band columns finds every candidate, and the Hamming distance then confirms it.
     */
    public static short[] bands(String fingerprint) {
        long bits = parse(fingerprint);
        short[] bands = new short[BANDS];
        int shift = 64;
        for (int i = 0; i < BANDS; i++) {
            int width = 64 / BANDS + (i < 64 % BANDS ? 1 : 0);
            shift -= width;
            bands[i] = (short) ((bits >>> shift) & ((1L << width) - 1));
        }
        return bands;
    }

    private static long parse(String fingerprint) {
        if (fingerprint == null || fingerprint.length() != 16) {
            throw new IllegalArgumentException("A fingerprint is 16 hex digits: " + fingerprint);
        }
        return Long.parseUnsignedLong(fingerprint, 16);
    }

    private static String toHex(long bits) {
        String hex = Long.toHexString(bits);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private OptionalLong value(String text) {
        List<String> words = words(text == null ? "" : text);
        if (dropFunctionWords) {
            List<String> content = new ArrayList<>(words.size());
            for (String word : words) {
                if (!FUNCTION_WORDS.contains(word)) {
                    content.add(word);
                }
            }
            // A text of nothing but function words still gets a fingerprint, from all its words.
            words = content.isEmpty() ? words : content;
        }
        if (words.isEmpty()) {
            return OptionalLong.empty();
        }
        int size = Math.min(shingleWords, words.size());
        int[] votes = new int[64];
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHashes[i] = hash(words.get(i));
        }
        for (int i = 0; i + size <= words.size(); i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < size; j++) {
                h = mix(h * 31 + wordHashes[i + j]);
            }
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long bits = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                bits |= 1L << bit;
            }
        }
        return OptionalLong.of(bits);
    }

    /** Lower-case runs of letters and digits; an apostrophe inside a word is dropped ("don't" = "dont"). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
                continue;
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser so that every output bit is well mixed. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's fmix64 (also spreads the link index's anchor hashes). */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
