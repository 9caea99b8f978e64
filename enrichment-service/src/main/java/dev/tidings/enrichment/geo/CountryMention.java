package dev.tidings.enrichment.geo;

/**
 * A place in a text where a country is named, directly or through a word that stands for it.
 *
 * @param start offset of the first UTF-16 code unit of the words in the text
 * @param end offset one past the last code unit
 * @param via how the words name the country; a name counts more towards salience than a capital
 */
public record CountryMention(String code, int start, int end, String text, Via via) {

    /** How a mention names its country. */
    public enum Via {
        /** The country's name or a short form: "North Korea", "the US", "Britain". */
        NAME,
        /** Its people or the adjective: "North Koreans", "Chinese". */
        DEMONYM,
        /** A word that names it only in context: "the North" in a story about Korea. */
        CONTEXT,
        /** Its capital, often standing for its government: "Beijing", "Washington". */
        CAPITAL,
        /** Another place in it, in "X-based": "Shanghai-based". */
        PLACE
    }

    /** How much one such mention weighs towards salience: places stand for a country less surely. */
    public double weight() {
        return via == Via.CAPITAL || via == Via.PLACE ? 0.5 : 1.0;
    }
}
