package dev.tidings.enrichment.embedding;

/**
 * The text an article's embedding is computed on: its headline and the start of its main story.
 *
 * <p>The lead says what a news story is about, and the embedding's cost grows with its length (the
 * model attends over every pair of tokens), so the rest of the story is left out. The model was
 * trained on texts of up to 128 word pieces, about {@value #LEAD_CHARACTERS} characters of English.
 */
public final class HeadlineAndLead {

    /** The most of the body that is embedded, cut back to the end of a sentence or word. */
    public static final int LEAD_CHARACTERS = 500;

    private HeadlineAndLead() {}

    public static String of(String title, String body) {
        return of(title, body, LEAD_CHARACTERS);
    }

    /** The same with another length of lead, for the evaluation to compare lengths. */
    public static String of(String title, String body, int leadCharacters) {
        String headline = title == null ? "" : title.strip();
        String lead = lead(body == null ? "" : body.strip(), leadCharacters);
        if (headline.isEmpty()) {
            return lead;
        }
        if (lead.isEmpty()) {
            return headline;
        }
        // A headline rarely ends with a full stop; one keeps it a sentence of its own to the tokenizer.
        boolean ended = ".!?:".indexOf(headline.charAt(headline.length() - 1)) >= 0;
        return headline + (ended ? " " : ". ") + lead;
    }

    static String lead(String body) {
        return lead(body, LEAD_CHARACTERS);
    }

    static String lead(String body, int leadCharacters) {
        if (body.length() <= leadCharacters) {
            return body;
        }
        int sentenceEnd = -1;
        for (int i = leadCharacters / 2; i < leadCharacters; i++) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(i + 1))) {
                sentenceEnd = i + 1;
            }
        }
        if (sentenceEnd > 0) {
            return body.substring(0, sentenceEnd);
        }
        int space = body.lastIndexOf(' ', leadCharacters);
        return body.substring(0, space > 0 ? space : leadCharacters);
    }
}
