package dev.tidings.enrichment.quote;

import dev.tidings.events.Entity;
import dev.tidings.events.Quote;
import dev.tidings.events.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of a story and who said them.
 *
 * <p>News prose attributes quotes in a few fixed shapes, and rules over them are faster and, on
 * news, better than a statistical attributor (see the tagging notes: CoreNLP's got 4 of 9 speakers
 * right at seconds per page). In order of trust:
 *
 * <ol>
 *   <li>after the quote: {@code "…," Miller said}, {@code "…," said Miller}, {@code "…," Miller told
 *       reporters}, {@code "…," the report said}, {@code "…," according to X};
 *   <li>right before it: {@code Miller said: "…"}, {@code Miller told reporters "…"}, {@code
 *       According to X, "…"}, {@code Miller, the ambassador, said: "…"};
 *   <li>at the end of the quote's sentence: {@code … deployed to "…" in the strait, Naval News
 *       reported.};
 *   <li>a reporting clause earlier in the same sentence, for partial quotes: in {@code he said
 *       charities and church groups … estimate … are "trafficking victims,"} the words belong to the
 *       subject of the last reporting verb, "charities and church groups";
 *   <li>a quote with none of these, right after a quote in the same paragraph, has that quote's
 *       speaker ({@code "…," Miller told reporters. "…"}).
 * </ol>
 *
 * <p>A pronoun speaker is the last named speaker of a quote before it, else the last name that
 * said something ("Okafor said … "…," she said"). Short quoted terms (up to three words)
 * with no attribution of their own, or after "so-called", are scare quotes, not quotations; long
 * ones (six words or more) with no speaker are kept with a null speaker.
 *
 * <p>Offsets are UTF-16 offsets into the text, without the quotation marks. Stateless; the patterns
 * are compiled once, and each quote is looked at within its own sentence, so the cost is linear in
 * the text.
 */
public final class QuoteExtractor {

    private static final String VERBS = "said|says|say|told|tells|added|adds|warned|warns|stated|explained|explains"
            + "|noted|notes|wrote|writes|argued|argues|insisted|insists|claimed|claims|asked|asks|replied|replies"
            + "|continued|declared|announced|acknowledged|admitted|recalled|stressed|urged|complained|conceded"
            + "|cautioned|predicted|suggested|observed|remarked|commented|concluded|reported|reports|tweeted"
            + "|posted|responded|testified|confirmed|alleged|maintained|quipped|estimated|estimates|estimate";

    /** What may follow "told": who was told, consumed so that it is never taken as the speaker. */
    private static final String TOLD_WHOM =
            "(?:\\s+(?:reporters|journalists|the press|the media|media|a news conference"
                    + "|a press conference|lawmakers|parliament|(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}))?";

    private static final String WORD = "(?:[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*|\\([^()\\n]{1,40}\\))";

    /** A name: capitalised words, with the particles of "Pieter de Vries" or "Ahmed bin Salem" inside. */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:" + SpeakerResolver.NAME_PARTICLES
            + ")\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}";

    /**
     * A speaker phrase before its verb: one to ten words, parenthesised words included ("Minister
     * Chiu Chui-cheng (邱垂正) said"), no other punctuation.
     */
    private static final String PHRASE = WORD + "(?:\\s+" + WORD + "){0,9}?";

    private static final String ADVERBS = "(?:\\s+(?:also|later|then|again|previously|once|recently|earlier))?";

    /** {@code ," Miller said} / {@code ," the report said of these camps} / {@code ," Miller told reporters}. */
    private static final Pattern AFTER_SUBJECT_VERB =
            Pattern.compile("^\\s*[—–-]?\\s*(" + PHRASE + ")" + ADVERBS + "\\s+(?:" + VERBS + ")\\b");

    /** {@code ," Miller, the ambassador, said}: the name before an appositive. */
    private static final Pattern AFTER_APPOSITIVE =
            Pattern.compile("^\\s*(" + NAME + "),[^,\"“”\\n]{1,120},\\s*(?:" + VERBS + ")\\b");

    /** {@code ," said Miller} / {@code ," said John Miller, director of …}. */
    private static final Pattern AFTER_VERB_SUBJECT = Pattern.compile("^\\s*(?:said|says|added|adds|wrote|writes|asked"
            + "|continued|explained|noted|warned|argued|insisted|replied)\\s+([^,.;:!?\"“”\\n]{1,80}?)"
            + "(?=\\s*[,.;:!?\"“”\\n]|\\s+(?:who|which|in|at|on|during|after|before|when|while|adding)\\b|\\s*$)");

    /** {@code ," according to X}. */
    private static final Pattern AFTER_ACCORDING_TO =
            Pattern.compile("^\\s*according to\\s+([^,.;:!?\"“”\\n]{1,80}?)(?=\\s*[,.;:!?\"“”\\n]|\\s*$)");

    /** A sentence that is only {@code Miller said.}: allowed even after a quote that ended its sentence. */
    private static final Pattern WHOLE_SENTENCE_ATTRIBUTION =
            Pattern.compile("^\\s*(" + PHRASE + ")" + ADVERBS + "\\s+(?:" + VERBS + ")" + TOLD_WHOM
                    + "(?:\\s+(?:yesterday|today|on \\p{Lu}\\p{L}+|in a statement))?\\s*\\.");

    /** {@code Miller said: "} / {@code Miller told reporters "} / {@code he said, "}: the verb right before. */
    private static final Pattern BEFORE_VERB = Pattern.compile("(?<=\\s)(?:" + VERBS + ")" + TOLD_WHOM
            + "(?:\\s+(?:yesterday|today|on \\p{Lu}\\p{L}+|in a statement))?\\s*[:,]?\\s*$");

    /** {@code Miller, the ambassador, said: "}. */
    private static final Pattern BEFORE_APPOSITIVE =
            Pattern.compile("(" + NAME + "),[^,\"“”\\n]{1,120},\\s*(?:" + VERBS + ")" + TOLD_WHOM + "\\s*[:,]?\\s*$");

    /** {@code …, Naval News reported.} at the end of the quote's sentence. */
    private static final Pattern SENTENCE_END_ATTRIBUTION =
            Pattern.compile(",\\s*(" + PHRASE + ")" + ADVERBS + "\\s+(?:" + VERBS + ")" + TOLD_WHOM
                    + "(?:\\s+(?:yesterday|today|on \\p{Lu}\\p{L}+|in a statement))?\\s*[.!?]$");

    /** A name as the subject of a reporting verb: "Okafor said", "Anna Lindqvist also told". */
    private static final Pattern NAMED_REPORTER =
            Pattern.compile("(" + NAME + ")" + ADVERBS + "\\s+(?:" + VERBS + ")\\b");

    /** {@code According to X, "}. */
    private static final Pattern BEFORE_ACCORDING_TO =
            Pattern.compile("(?i:according to)\\s+([^,.;:!?\"“”\\n]{1,80}),\\s*$");

    /** A reporting verb anywhere in a clause, for quotes inside reported speech. */
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:" + VERBS + "|believe|believes|believed)\\b");

    /** Words that mark a quoted term as a name or scare quote, not someone's words. */
    private static final Pattern SCARE_QUOTE_LEAD =
            Pattern.compile("(?i:so-called|dubbed|termed|nicknamed|known as|called|the word|the term|the phrase)\\s*$");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    /** Words that cannot start a speaker phrase: a clause or a preposition, not a noun phrase. */
    private static final Set<String> NOT_A_SUBJECT_START = Set.of(
            "and", "but", "or", "so", "yet", "because", "as", "while", "when", "if", "in", "on", "at", "of", "to",
            "for", "with", "from", "by", "after", "before", "is", "was", "are", "were", "be", "not", "that");

    /** Conjunctions and adverbials that open a clause before its subject: "But he said …". */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            "^(?i:(?:and|but|yet|so|also|however|meanwhile|still|then|now|that|while|although|though|because|as)\\s+)+");

    /** Where a subject's head noun phrase ends: participles, relative clauses and place modifiers. */
    private static final Pattern SUBJECT_MODIFIER = Pattern.compile(
            "\\s+(?:\\p{Ll}+ing|based|who|which|that|whose|in|at|from|with|near|across|inside|outside|around|on)\\b.*$");

    /** Auxiliaries and adverbs between a subject and its verb: "the ministry has also said". */
    private static final Pattern TRAILING_AUXILIARIES = Pattern.compile(
            "(?:\\s+(?:has|have|had|will|would|could|also|previously|later|repeatedly|often|once|reportedly|long"
                    + "|recently|earlier|publicly|privately|then|again|is|was|were|are|been))+$");

    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PLACE_OF_ORIGIN = Pattern.compile("^\\S+-based\\s+");

    /** Words whose dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS =
            Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sr", "No");

    private static final int MAX_SUBJECT_WORDS = 8;
    private static final int MAX_CLAUSE_CHARS = 600;
    private static final int MAX_ANTECEDENT_CHARS = 3000;
    private static final int MAX_SCARE_QUOTE_WORDS = 3;
    private static final int MIN_UNATTRIBUTED_WORDS = 6;

    private final QuotationMarkScanner scanner = new QuotationMarkScanner();

    /**
     * The quotations of {@code text}, in text order.
     *
     * @param entities the article's entities; PERSON and ORGANIZATION ones can be speakers. May be empty.
     */
    public List<Quote> extract(String text, List<Entity> entities) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        SpeakerResolver resolver = new SpeakerResolver(text, entities);
        List<QuotedSpan> spans = scanner.scan(text);
        List<Quote> quotes = new ArrayList<>();
        Speaker lastNamed = null;
        QuotedSpan previous = null;
        Speaker previousSpeaker = null;
        for (QuotedSpan span : spans) {
            int clauseStart = clauseStart(text, span, previous);
            Attribution attribution = attribute(text, span, clauseStart);
            Speaker speaker = null;
            if (attribution != null) {
                speaker = PRONOUNS.contains(attribution.phrase().toLowerCase(Locale.ROOT))
                        ? antecedent(text, attribution.phrase(), lastNamed, resolver, span.open())
                        : resolver.resolve(attribution.phrase(), attribution.start(), attribution.end(), span.open());
            }
            boolean shortTerm = span.wordCount(text) <= MAX_SCARE_QUOTE_WORDS;
            if (shortTerm
                    && (attribution == null
                            || SCARE_QUOTE_LEAD
                                    .matcher(text.substring(clauseStart, span.open()))
                                    .find())) {
                previous = span;
                previousSpeaker = null;
                continue;
            }
            if (speaker == null && previous != null && previous.paragraph() == span.paragraph()) {
                speaker = previousSpeaker;
            }
            if (speaker == null && span.wordCount(text) < MIN_UNATTRIBUTED_WORDS) {
                previous = span;
                previousSpeaker = null;
                continue;
            }
            quotes.add(new Quote(text.substring(span.start(), span.end()), span.start(), span.end(), speaker));
            if (speaker != null && (speaker.entityId() != null || SpeakerResolver.isName(speaker.name()))) {
                lastNamed = speaker;
            }
            previous = span;
            previousSpeaker = speaker;
        }
        return quotes;
    }

    /** The words that name the speaker and where they are. */
    private record Attribution(String phrase, int start, int end) {}

    private Attribution attribute(String text, QuotedSpan span, int clauseStart) {
        Attribution after = afterQuote(text, span);
        if (after != null) {
            return after;
        }
        Attribution before = rightBeforeQuote(text, span, clauseStart);
        if (before != null) {
            return before;
        }
        Attribution sentenceEnd = endOfSentence(text, span);
        if (sentenceEnd != null) {
            return sentenceEnd;
        }
        return reportingClauseBefore(text, span, clauseStart);
    }

    private Attribution afterQuote(String text, QuotedSpan span) {
        int from = Math.min(text.length(), span.close() + 1);
        int to = paragraphEnd(text, from);
        if (span.endsSentence()) {
            // The quote ended its sentence: only a sentence that is nothing but "Miller said." belongs to it.
            Matcher whole = region(WHOLE_SENTENCE_ATTRIBUTION, text, from, to);
            return whole.lookingAt() ? subject(text, whole.start(1), whole.end(1)) : null;
        }
        int skip = from;
        while (skip < to && text.charAt(skip) == ',') {
            skip++;
        }
        Matcher verbFirst = region(AFTER_VERB_SUBJECT, text, skip, to);
        if (verbFirst.lookingAt()) {
            return subject(text, verbFirst.start(1), verbFirst.end(1));
        }
        Matcher accordingTo = region(AFTER_ACCORDING_TO, text, skip, to);
        if (accordingTo.lookingAt()) {
            return subject(text, accordingTo.start(1), accordingTo.end(1));
        }
        Matcher appositive = region(AFTER_APPOSITIVE, text, skip, to);
        if (appositive.lookingAt()) {
            return subject(text, appositive.start(1), appositive.end(1));
        }
        Matcher subjectFirst = region(AFTER_SUBJECT_VERB, text, skip, to);
        if (subjectFirst.lookingAt()) {
            return subject(text, subjectFirst.start(1), subjectFirst.end(1));
        }
        return null;
    }

    private Attribution rightBeforeQuote(String text, QuotedSpan span, int clauseStart) {
        Matcher accordingTo = region(BEFORE_ACCORDING_TO, text, clauseStart, span.open());
        if (accordingTo.find()) {
            return subject(text, accordingTo.start(1), accordingTo.end(1));
        }
        Matcher appositive = region(BEFORE_APPOSITIVE, text, clauseStart, span.open());
        if (appositive.find()) {
            return subject(text, appositive.start(1), appositive.end(1));
        }
        Matcher verb = region(BEFORE_VERB, text, clauseStart, span.open());
        return verb.find() ? subjectBeforeVerb(text, clauseStart, verb.start()) : null;
    }

    /**
     * An attribution that closes the quote's sentence further on: {@code … deployed to "…" in the
     * waters between Taiwan and the Philippines, US-based Naval News reported.}
     */
    private Attribution endOfSentence(String text, QuotedSpan span) {
        int from = Math.min(text.length(), span.close() + 1);
        int to = -1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '“' || c == '”') {
                return null;
            }
            if ((c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && endsSentence(text, i)) {
                to = i + 1;
                break;
            }
        }
        if (to < 0) {
            return null;
        }
        Matcher attribution = region(SENTENCE_END_ATTRIBUTION, text, from, to);
        return attribution.find() ? subject(text, attribution.start(1), attribution.end(1)) : null;
    }

    /**
     * For a quote inside reported speech: the subject of the last reporting verb before it in its
     * sentence, e.g. "charities and church groups" in "he said charities and church groups working in
     * the region estimate … are "trafficking victims"".
     */
    private Attribution reportingClauseBefore(String text, QuotedSpan span, int clauseStart) {
        Matcher verb = region(REPORTING_VERB, text, clauseStart, span.open());
        int verbStart = -1;
        int previousVerbEnd = clauseStart;
        int lastVerbEnd = clauseStart;
        while (verb.find()) {
            previousVerbEnd = lastVerbEnd;
            verbStart = verb.start();
            lastVerbEnd = verb.end();
        }
        return verbStart < 0 ? null : subjectBeforeVerb(text, previousVerbEnd, verbStart);
    }

    /**
     * The subject of a verb at {@code verbStart}: the words since the last comma, dash or quote
     * mark (or {@code from}). A trailing proper name wins ("After the meeting Miller said" is
     * Miller's); otherwise the noun phrase is cut before its modifiers ("groups working in the region"
     * is "groups").
     */
    private static Attribution subjectBeforeVerb(String text, int from, int verbStart) {
        int start = from;
        int depth = 0;
        for (int i = verbStart - 1; i >= from; i--) {
            char c = text.charAt(i);
            // Skip parentheses: "Minister Chiu Chui-cheng (邱垂正) said" keeps the name before them.
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth > 0) {
                depth--;
            } else if (depth == 0
                    && (c == ',' || c == ';' || c == ':' || c == '—' || c == '"' || c == '“' || c == '”')) {
                start = i + 1;
                break;
            }
        }
        int end = verbStart;
        String clause = text.substring(start, end);
        int parenthesis = clause.lastIndexOf('(');
        if (parenthesis > 0 && clause.substring(parenthesis).strip().endsWith(")")) {
            end = start + parenthesis;
        }
        Attribution whole = subject(text, start, end);
        if (whole == null) {
            return null;
        }
        Attribution name = trailingName(text, whole);
        return name != null ? name : whole;
    }

    /** The run of capitalised words that ends a phrase, when the phrase ends with a name. */
    private static Attribution trailingName(String text, Attribution phrase) {
        String[] words = phrase.phrase().split("\\s+");
        int first = words.length;
        while (first > 0
                && (SpeakerResolver.isName(words[first - 1])
                        || (first < words.length && first > 1 && SpeakerResolver.isParticle(words[first - 1])))) {
            first--;
        }
        if (first == words.length || first == 0) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        int offset = Math.max(phrase.start(), phrase.end() - name.length());
        return new Attribution(name, offset, phrase.end());
    }

    /**
     * The speaker phrase within {@code [start, end)}, stripped of parenthesised words, clause openers
     * ("But he" is "he"), a place of origin ("US-based Naval News" is "Naval News"), modifiers
     * ("groups working in the region" is "groups") and auxiliaries; null if nothing usable is left.
     */
    private static Attribution subject(String text, int start, int end) {
        String raw = text.substring(start, end);
        String phrase = SPACES.matcher(PARENTHESISED.matcher(raw).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        phrase = CLAUSE_OPENER.matcher(phrase).replaceFirst("");
        phrase = PLACE_OF_ORIGIN.matcher(phrase).replaceFirst("");
        phrase = TRAILING_AUXILIARIES.matcher(phrase).replaceFirst("");
        Matcher modifier = SUBJECT_MODIFIER.matcher(phrase);
        if (modifier.find() && modifier.start() > 0) {
            phrase = phrase.substring(0, modifier.start());
        }
        phrase = phrase.strip();
        if (phrase.isEmpty()) {
            return null;
        }
        String[] words = phrase.split("\\s+");
        if (words.length > MAX_SUBJECT_WORDS || NOT_A_SUBJECT_START.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        // Offsets serve to find an entity mentioned there; the whole region is close enough when the
        // cleaned phrase is no longer a verbatim part of it.
        int at = raw.indexOf(phrase);
        return at >= 0
                ? new Attribution(phrase, start + at, start + at + phrase.length())
                : new Attribution(phrase, start, end);
    }

    /**
     * A pronoun's speaker: the last named speaker of a quote; else the last name before the quote
     * that is the subject of a reporting verb ("Okafor said … "…," she said"); else the last person
     * entity mentioned before it; else the pronoun itself.
     */
    private static Speaker antecedent(
            String text, String pronoun, Speaker lastNamed, SpeakerResolver resolver, int before) {
        if (lastNamed != null) {
            return lastNamed;
        }
        Matcher reporting = region(NAMED_REPORTER, text, Math.max(0, before - MAX_ANTECEDENT_CHARS), before);
        int start = -1;
        int end = -1;
        while (reporting.find()) {
            if (!resolver.isOrdinaryWord(reporting.group(1))) {
                start = reporting.start(1);
                end = reporting.end(1);
            }
        }
        if (start >= 0) {
            return resolver.resolve(text.substring(start, end), start, end, before);
        }
        return resolver.lastPersonBefore(before).orElse(new Speaker(pronoun.toLowerCase(Locale.ROOT), null));
    }

    /**
     * Where the clause that may introduce a quote starts: the sentence start, the paragraph start, or
     * the end of the previous quote in the same sentence, whichever is last.
     */
    private static int clauseStart(String text, QuotedSpan span, QuotedSpan previous) {
        // A sentence longer than this is a run-on scrape, not prose: looking further back only costs time.
        int start = Math.max(sentenceStart(text, span.open()), span.open() - MAX_CLAUSE_CHARS);
        if (previous != null && previous.close() < span.open() && previous.close() + 1 > start) {
            start = Math.min(span.open(), previous.close() + 1);
        }
        return start;
    }

    private static int sentenceStart(String text, int from) {
        int limit = Math.max(0, from - MAX_CLAUSE_CHARS);
        for (int i = from - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && endsSentence(text, i - 1)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** True when the character at {@code i} ends a sentence: [.!?], maybe then a closing quote. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if ((c == '"' || c == '”') && i > 0) {
            return ".!?".indexOf(text.charAt(i - 1)) >= 0;
        }
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // "U.S." and "Mr." do not end sentences: a single capital or a short title before the dot.
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, i);
        return !(word.length() == 1 && Character.isUpperCase(word.charAt(0))) && !ABBREVIATIONS.contains(word);
    }

    private static int paragraphEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static Matcher region(Pattern pattern, String text, int from, int to) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(Math.min(from, to), to);
        return matcher;
    }
}
