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
        PLACE,
        /** A large city or a region of it: "Hamburg", "Texas". */
        CITY,
        /** One of its institutions or companies: "the Bundesbank", "Toyota". */
        ORGANIZATION,
        /** Its currency: "the yen". */
        CURRENCY,
        /** The place of the dateline the story opens with: "TOKYO, March 3 -". */
        DATELINE
    }

    /**
     * How much one such mention weighs towards salience: places, institutions and currencies stand
     * for a country less surely than its name.
     */
    public double weight() {
        return switch (via) {
            case NAME, DEMONYM, CONTEXT, DATELINE -> 1.0;
            case CAPITAL, PLACE, CITY, ORGANIZATION, CURRENCY -> 0.5;
        };
    }

    /** Whether the words name the country or its capital, as the tagger did before clues were counted. */
    public boolean names() {
        return via == Via.NAME || via == Via.DEMONYM || via == Via.CONTEXT || via == Via.CAPITAL || via == Via.PLACE;
    }
}
