package dev.tidings.enrichment.quote;

import java.util.regex.Pattern;

/**
 * One way news prose says who spoke, as a pattern with named groups: {@code speaker}, the words
 * that name who spoke ("," said Miller), and/or {@code verb}, a reporting verb whose subject is
 * the phrase before it (Miller said: "). With both, the subject before the verb wins and the words
 * after it are the fallback (German "Am Montag sagte Huber: „…“"). A {@code speaker} group that
 * takes part in no match means the speaker is left out, as Spanish does ("«…», añadió."): the
 * quote is then someone's already named.
 */
record ReportingShape(Pattern pattern, boolean namesSpeaker, boolean hasVerb) {

    static ReportingShape of(String regex) {
        return new ReportingShape(Pattern.compile(regex), regex.contains("(?<speaker>"), regex.contains("(?<verb>"));
    }
}
