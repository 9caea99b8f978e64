package dev.tidings.enrichment.quote;

import dev.tidings.events.Entity;
import dev.tidings.events.Quote;
import dev.tidings.events.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of a story and who said them, in one language ({@link QuoteLanguage}
 * holds its marks, verbs and shapes; this class is the same for all).
 *
 * <p>News prose attributes quotes in a few fixed shapes, and rules over them are faster and, on
 * news, better than a statistical attributor (see the tagging notes: CoreNLP's got 4 of 9 speakers
 * right at seconds per page). In order of trust:
 *
 * <ol>
 *   <li>after the quote: {@code "…," Miller said}, {@code "…," said Miller}, {@code "…," Miller told
 *       reporters}, {@code "…," the report said}, {@code "…," according to X}; „…“, sagte Huber; « … »,
 *       a-t-il dit; «…», añadió (the speaker left out: the last one's); “…”王志强说;
 *   <li>inside it, where French and Spanish put it: « …, a-t-il affirmé, … » is two quotations;
 *   <li>right before it: {@code Miller said: "…"}, {@code Miller told reporters "…"}, {@code
 *       According to X, "…"}, {@code Miller, the ambassador, said: "…"}; Am Montag sagte Huber: „…“;
 *       X表示：“…”; and in German, French and Spanish a colon after any verb (Huber zeigte sich
 *       gelassen: „…“);
 *   <li>at the end of the quote's sentence: {@code … deployed to "…" in the strait, Naval News
 *       reported.};
 *   <li>a reporting clause earlier in the same sentence, for partial quotes: in {@code he said
 *       charities and church groups … estimate … are "trafficking victims,"} the words belong to the
 *       subject of the last reporting verb, "charities and church groups"; "laut Maier ist …" and
 *       "selon X, …" likewise;
 *   <li>a quote with none of these, right after a quote in the same paragraph, has that quote's
 *       speaker ({@code "…," Miller told reporters. "…"}).
 * </ol>
 *
 * <p>A pronoun speaker is, in English, the last named speaker of a quote before it, else the last
 * name that said something ("Okafor said … "…," she said"); in the other languages, the person the
 * story has named since that quote, if any (see {@link QuoteLanguage}). Short quoted terms (up to
 * three words) with no attribution of their own, or after "so-called", are scare quotes, not
 * quotations; long ones (six words or more) with no speaker are kept with a null speaker.
 *
 * <p>Offsets are UTF-16 offsets into the text, without the quotation marks. Stateless; the patterns
 * are compiled once, and each quote is looked at within its own sentence, so the cost is linear in
 * the text.
 */
public final class QuoteExtractor {

    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private static final int MAX_SUBJECT_WORDS = 8;
    private static final int MAX_CLAUSE_CHARS = 600;
    private static final int MAX_ANTECEDENT_CHARS = 3000;
    private static final int MAX_SCARE_QUOTE_WORDS = 3;
    private static final int MIN_UNATTRIBUTED_WORDS = 6;

    /** The words that name the speaker and where they are. */
    private record Attribution(String phrase, int start, int end) {

        /** The speaker left out ("«…», añadió."): someone already named. */
        static final Attribution LEFT_OUT = new Attribution("", -1, -1);

        boolean leftOut() {
            return phrase.isEmpty();
        }
    }

    private final QuoteLanguage language;
    private final QuotationMarkScanner scanner;
    /** A run of capitalised words, with the language's particles inside: a name. */
    private final Pattern leadingName;

    public QuoteExtractor(QuoteLanguage language) {
        this.language = language;
        this.scanner = new QuotationMarkScanner(language);
        this.leadingName = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[\\s\\u00A0]+(?:(?:"
                + String.join(
                        "|", language.nameParticles.stream().map(Pattern::quote).toList())
                + ")[\\s\\u00A0]+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*)*");
    }

    public QuoteLanguage language() {
        return language;
    }

    /**
     * The quotations of {@code text}, in text order.
     *
     * @param entities the article's entities; PERSON and ORGANIZATION ones can be speakers. May be empty.
     */
    public List<Quote> extract(String text, List<Entity> entities) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new Reading(text, new SpeakerResolver(text, entities, language)).quotes();
    }

    /** One text being read: its quotations, and what the rules need to know of the text. */
    private final class Reading {
        private final String text;
        private final SpeakerResolver resolver;
        private final List<QuotedSpan> spans = new ArrayList<>();
        /** Quotations cut in two by the attribution inside them, with that attribution. */
        private final Map<QuotedSpan, Attribution> attributedInside = new HashMap<>();

        Reading(String text, SpeakerResolver resolver) {
            this.text = text;
            this.resolver = resolver;
            for (QuotedSpan span : scanner.scan(text)) {
                cutAtAttributionInside(span);
            }
        }

        List<Quote> quotes() {
            List<Quote> quotes = new ArrayList<>();
            Speaker lastNamed = null;
            int lastNamedEnd = 0;
            QuotedSpan previous = null;
            Speaker previousSpeaker = null;
            for (QuotedSpan span : spans) {
                int clauseStart = clauseStart(span, previous);
                Attribution attribution =
                        attributedInside.containsKey(span) ? attributedInside.get(span) : attribute(span, clauseStart);
                Speaker speaker = null;
                if (attribution != null) {
                    speaker = attribution.leftOut()
                                    || language.pronouns.contains(
                                            attribution.phrase().toLowerCase(Locale.ROOT))
                            ? antecedent(attribution, lastNamed, lastNamedEnd, span)
                            : resolver.resolve(
                                    attribution.phrase(), attribution.start(), attribution.end(), span.open());
                }
                int words = language.wordCount(text, span.start(), span.end());
                boolean shortTerm = words <= MAX_SCARE_QUOTE_WORDS;
                if (shortTerm && (attribution == null || isNameOrTitle(span, clauseStart))) {
                    previous = span;
                    previousSpeaker = null;
                    continue;
                }
                if (speaker == null && previous != null && previous.paragraph() == span.paragraph()) {
                    speaker = previousSpeaker;
                }
                if (speaker == null && words < MIN_UNATTRIBUTED_WORDS) {
                    previous = span;
                    previousSpeaker = null;
                    continue;
                }
                quotes.add(new Quote(text.substring(span.start(), span.end()), span.start(), span.end(), speaker));
                if (speaker != null && resolver.isNamed(speaker)) {
                    lastNamed = speaker;
                    lastNamedEnd = span.close();
                }
                previous = span;
                previousSpeaker = speaker;
            }
            return quotes;
        }

        /**
         * A short quoted term that is a name or scare quote ("so-called", "sogenannte"), or a title
         * after the word that says what it is titles ("das Stück „Die Wand“", "le film « La Marée »"):
         * no one's words, though a reporting verb may stand in the sentence. In unspaced Chinese, a
         * term that the next word runs on from ("“双十一”期间") is part of a noun phrase, where a
         * quotation closes with punctuation or is followed by it ("“不错，”他说", "“好。”他说", "“仍然偏高”，").
         */
        private boolean isNameOrTitle(QuotedSpan span, int clauseStart) {
            String before = text.substring(clauseStart, span.open());
            if (language.scareQuoteLead.matcher(before).find()) {
                return true;
            }
            if (language.unspaced && runsIntoNextWord(span)) {
                return true;
            }
            return language.titleLead != null
                    && Character.isUpperCase(text.charAt(span.start()))
                    && language.titleLead.matcher(before).find();
        }

        private boolean runsIntoNextWord(QuotedSpan span) {
            int after = span.close() + 1;
            return after < text.length()
                    && span.end() == span.close()
                    && language.quoteSentenceEnds.indexOf(text.charAt(span.end() - 1)) < 0
                    && Character.UnicodeScript.of(text.charAt(after)) == Character.UnicodeScript.HAN;
        }

        /** « Nous allons rénover quarante lycées, a-t-il affirmé, et aucun ne fermera. » is two quotations. */
        private void cutAtAttributionInside(QuotedSpan span) {
            if (language.incise != null) {
                Matcher incise = region(language.incise, span.start(), span.end());
                if (incise.find()) {
                    Attribution attribution = attributionAfter(incise.start("attribution"), incise.end("attribution"));
                    int firstEnd = incise.start();
                    while (firstEnd > span.start() && Character.isWhitespace(text.charAt(firstEnd - 1))) {
                        firstEnd--;
                    }
                    if (attribution != null && firstEnd > span.start() && incise.end() < span.end()) {
                        QuotedSpan first = new QuotedSpan(
                                span.open(), incise.start(), span.start(), firstEnd, span.paragraph(), false);
                        QuotedSpan second = new QuotedSpan(
                                incise.end() - 1,
                                span.close(),
                                incise.end(),
                                span.end(),
                                span.paragraph(),
                                span.endsSentence());
                        spans.add(first);
                        spans.add(second);
                        attributedInside.put(first, attribution);
                        attributedInside.put(second, attribution);
                        return;
                    }
                }
            }
            spans.add(span);
        }

        private Attribution attribute(QuotedSpan span, int clauseStart) {
            Attribution after = afterQuote(span);
            if (after != null) {
                return after;
            }
            Attribution before = rightBeforeQuote(span, clauseStart);
            if (before != null) {
                return before;
            }
            Attribution sentenceEnd = endOfSentence(span);
            if (sentenceEnd != null) {
                return sentenceEnd;
            }
            return reportingClauseBefore(span, clauseStart);
        }

        private Attribution afterQuote(QuotedSpan span) {
            int from = Math.min(text.length(), span.close() + 1);
            int to = paragraphEnd(from);
            if (span.endsSentence()) {
                // The quote ended its sentence: only a sentence that is nothing but "Miller said." belongs to it.
                ReportingShape whole = language.afterQuoteSentence;
                if (whole == null) {
                    return null;
                }
                Matcher matcher = region(whole.pattern(), from, to);
                return matcher.lookingAt() ? speakerOf(whole, matcher) : null;
            }
            int skip = from;
            while (skip < to && ",，".indexOf(text.charAt(skip)) >= 0) {
                skip++;
            }
            return attributionAfter(skip, to);
        }

        /** The first of the language's after-quote shapes that {@code [from, to)} starts with. */
        private Attribution attributionAfter(int from, int to) {
            for (ReportingShape shape : language.afterQuote) {
                Matcher matcher = region(shape.pattern(), from, to);
                if (matcher.lookingAt()) {
                    return speakerOf(shape, matcher);
                }
            }
            return null;
        }

        private Attribution rightBeforeQuote(QuotedSpan span, int clauseStart) {
            for (ReportingShape shape : language.beforeQuote) {
                Matcher matcher = region(shape.pattern(), clauseStart, span.open());
                if (matcher.find()) {
                    return shape.hasVerb() ? subjectOfVerb(shape, matcher, clauseStart) : speakerOf(shape, matcher);
                }
            }
            return language.colonIntroducesQuote ? subjectBeforeColon(clauseStart, span.open()) : null;
        }

        /** The words a shape's {@code speaker} group took, or that the speaker was left out. */
        private Attribution speakerOf(ReportingShape shape, Matcher matcher) {
            if (!shape.namesSpeaker() || matcher.start("speaker") < 0) {
                return Attribution.LEFT_OUT;
            }
            return speaker(matcher.start("speaker"), matcher.end("speaker"));
        }

        /** The subject before a shape's verb, else (verb second) the words its speaker group took after it. */
        private Attribution subjectOfVerb(ReportingShape shape, Matcher matcher, int clauseStart) {
            Attribution before = subjectBeforeVerb(clauseStart, matcher.start("verb"));
            if (before == null && shape.namesSpeaker() && matcher.start("speaker") >= 0) {
                return speaker(matcher.start("speaker"), matcher.end("speaker"));
            }
            return before;
        }

        /**
         * The words that name the speaker within {@code [start, end)}. Where the subject follows its
         * verb (German, French, Spanish), they may hold a role and a name in apposition ("la ministra
         * de Trabajo, Elena Navarro, en rueda de prensa": Elena Navarro) and what follows the name
         * ("Huber bei einer Pressekonferenz": Huber).
         */
        private Attribution speaker(int start, int end) {
            if (!language.subjectAfterVerb) {
                return subject(start, end);
            }
            int firstEnd = commaBefore(start, end);
            int[] chosen = trimmed(start, firstEnd);
            if (firstEnd < end && !startsWithName(chosen)) {
                int[] second = trimmed(firstEnd + 1, commaBefore(firstEnd + 1, end));
                if (isName(second)) {
                    chosen = second;
                }
            }
            if (startsWithName(chosen)) {
                Matcher name = leadingName.matcher(text).region(chosen[0], chosen[1]);
                if (name.lookingAt()) {
                    chosen = new int[] {chosen[0], name.end()};
                }
            }
            return subject(chosen[0], chosen[1]);
        }

        private int commaBefore(int from, int to) {
            int comma = text.indexOf(',', from);
            return comma < 0 || comma >= to ? to : comma;
        }

        private int[] trimmed(int start, int end) {
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            return new int[] {start, end};
        }

        private boolean startsWithName(int[] range) {
            if (range[0] >= range[1] || !Character.isUpperCase(text.charAt(range[0]))) {
                return false;
            }
            int space = range[0];
            while (space < range[1] && !isSpace(text.charAt(space))) {
                space++;
            }
            return !language.determiners.contains(
                    text.substring(range[0], space).toLowerCase(Locale.ROOT));
        }

        private boolean isName(int[] range) {
            return range[0] < range[1] && resolver.isName(text.substring(range[0], range[1]));
        }

        /**
         * "Huber zeigte sich gelassen: „…“": after a colon, the clause's subject is the speaker when it
         * is a name (a known one, if a single word: "Fazit: „…“" names nobody), or the name in
         * apposition before the verb ("El técnico rival, Miguel Ángel Castro, lamentó …: «…»").
         */
        private Attribution subjectBeforeColon(int clauseStart, int open) {
            int colon = open - 1;
            while (colon >= clauseStart && isSpace(text.charAt(colon))) {
                colon--;
            }
            if (colon < clauseStart || ":：".indexOf(text.charAt(colon)) < 0) {
                return null;
            }
            int segmentStart = text.lastIndexOf(',', colon - 1) + 1;
            if (segmentStart <= clauseStart) {
                segmentStart = clauseStart;
            }
            int[] segment = trimmed(segmentStart, colon);
            Matcher name = leadingName.matcher(text).region(segment[0], segment[1]);
            if (name.lookingAt() && resolver.isName(name.group())) {
                String words = name.group();
                boolean known = words.indexOf(' ') > 0 || resolver.namesSomeone(words);
                return known ? subject(name.start(), name.end()) : null;
            }
            return segmentStart > clauseStart ? subjectInApposition(clauseStart, segmentStart - 1) : null;
        }

        /**
         * An attribution that closes the quote's sentence further on: {@code … deployed to "…" in the
         * waters between Taiwan and the Philippines, US-based Naval News reported.}
         */
        private Attribution endOfSentence(QuotedSpan span) {
            ReportingShape shape = language.sentenceEnd;
            if (shape == null) {
                return null;
            }
            int from = Math.min(text.length(), span.close() + 1);
            int to = -1;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || isQuotationMark(c)) {
                    return null;
                }
                if (endsSentenceAt(i)) {
                    to = i + 1;
                    break;
                }
            }
            if (to < 0) {
                return null;
            }
            Matcher attribution = region(shape.pattern(), from, to);
            return attribution.find() ? speakerOf(shape, attribution) : null;
        }

        /**
         * For a quote inside reported speech: the subject of the last reporting verb before it in its
         * sentence, e.g. "charities and church groups" in "he said charities and church groups working
         * in the region estimate … are "trafficking victims"", or the source named by "according to"
         * ("Laut Maier ist die Versorgung „bis auf Weiteres gesichert“"), whichever comes later.
         */
        private Attribution reportingClauseBefore(QuotedSpan span, int clauseStart) {
            int accordingToStart = -1;
            int[] accordingTo = null;
            for (ReportingShape shape : language.accordingTo) {
                Matcher matcher = region(shape.pattern(), clauseStart, span.open());
                while (matcher.find()) {
                    if (matcher.start() > accordingToStart) {
                        accordingToStart = matcher.start();
                        accordingTo = new int[] {matcher.start("speaker"), matcher.end("speaker")};
                    }
                }
            }
            Matcher verb = region(language.reportingVerb.pattern(), clauseStart, span.open());
            int verbStart = -1;
            int previousVerbEnd = clauseStart;
            int lastVerbEnd = clauseStart;
            int[] after = null;
            while (verb.find()) {
                previousVerbEnd = lastVerbEnd;
                verbStart = verb.start("verb");
                lastVerbEnd = verb.end("verb");
                after = language.reportingVerb.namesSpeaker() && verb.start("speaker") >= 0
                        ? new int[] {verb.start("speaker"), verb.end("speaker")}
                        : null;
            }
            if (accordingTo != null && accordingToStart > verbStart) {
                return speaker(accordingTo[0], accordingTo[1]);
            }
            if (verbStart < 0) {
                return null;
            }
            Attribution subject = subjectBeforeVerb(previousVerbEnd, verbStart);
            return subject == null && after != null ? speaker(after[0], after[1]) : subject;
        }

        /**
         * The subject of a verb at {@code verbStart}: the words since the last comma, dash or quote
         * mark (or {@code from}). A trailing proper name wins ("After the meeting Miller said" is
         * Miller's); otherwise the noun phrase is cut before its modifiers ("groups working in the
         * region" is "groups"). Where a role and a name stand in apposition before the verb ("Le
         * ministre, Julien Morel, a jugé"), the name.
         */
        private Attribution subjectBeforeVerb(int from, int verbStart) {
            int start = from;
            int depth = 0;
            for (int i = verbStart - 1; i >= from; i--) {
                char c = text.charAt(i);
                // Skip parentheses: "Minister Chiu Chui-cheng (邱垂正) said" keeps the name before them.
                if (c == ')') {
                    depth++;
                } else if (c == '(' && depth > 0) {
                    depth--;
                } else if (depth == 0 && language.clauseBoundaries.indexOf(c) >= 0) {
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
            Attribution whole = subject(start, end);
            if (whole == null) {
                boolean afterComma = start > from && text.charAt(start - 1) == ',';
                return language.subjectAfterVerb
                                && afterComma
                                && text.substring(start, end).isBlank()
                        ? subjectInApposition(from, start - 1)
                        : null;
            }
            Attribution name = trailingName(whole);
            return name != null ? name : whole;
        }

        /**
         * The subject before {@code comma} when a name or a relative clause stands in apposition
         * between it and its verb: "Le ministre des Transports, Julien Morel, a jugé" is Julien Morel;
         * "Ein Schichtleiter, der seit 24 Jahren im Werk arbeitet, sagte" is Ein Schichtleiter.
         */
        private Attribution subjectInApposition(int from, int comma) {
            int previousComma = text.lastIndexOf(',', comma - 1);
            int[] last = trimmed(Math.max(from, previousComma + 1), comma);
            if (isName(last)) {
                return subject(last[0], last[1]);
            }
            if (previousComma <= from) {
                return null;
            }
            int[] before = trimmed(Math.max(from, text.lastIndexOf(',', previousComma - 1) + 1), previousComma);
            return before[0] < before[1] ? subject(before[0], before[1]) : null;
        }

        /** The run of capitalised words that ends a phrase, when the phrase ends with a name. */
        private Attribution trailingName(Attribution phrase) {
            String[] words = phrase.phrase().split("\\s+");
            int first = words.length;
            while (first > 0
                    && (resolver.isName(words[first - 1])
                            || (first < words.length && first > 1 && resolver.isParticle(words[first - 1])))) {
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
         * The speaker phrase within {@code [start, end)}, stripped of parenthesised words, clause
         * openers ("But he" is "he"), a place of origin ("US-based Naval News" is "Naval News"),
         * modifiers ("groups working in the region" is "groups") and auxiliaries; null if nothing
         * usable is left.
         */
        private Attribution subject(int start, int end) {
            String raw = text.substring(start, end);
            String phrase = SPACES.matcher(PARENTHESISED.matcher(raw).replaceAll(" "))
                    .replaceAll(" ")
                    .strip();
            phrase = language.clauseOpener.matcher(phrase).replaceFirst("");
            if (language.placeOfOrigin != null) {
                phrase = language.placeOfOrigin.matcher(phrase).replaceFirst("");
            }
            phrase = language.trailingAuxiliaries.matcher(phrase).replaceFirst("");
            Matcher modifier = language.subjectModifier.matcher(phrase);
            if (modifier.find() && modifier.start() > 0) {
                phrase = phrase.substring(0, modifier.start());
            }
            phrase = phrase.strip();
            if (phrase.isEmpty() || notASubject(phrase)) {
                return null;
            }
            // Offsets serve to find an entity mentioned there; the whole region is close enough when the
            // cleaned phrase is no longer a verbatim part of it.
            int at = raw.indexOf(phrase);
            return at >= 0
                    ? new Attribution(phrase, start + at, start + at + phrase.length())
                    : new Attribution(phrase, start, end);
        }

        private boolean notASubject(String phrase) {
            if (language.unspaced) {
                return language.notASubjectStart.stream().anyMatch(phrase::startsWith);
            }
            String[] words = phrase.split("\\s+");
            return words.length > MAX_SUBJECT_WORDS
                    || language.notASubjectStart.contains(words[0].toLowerCase(Locale.ROOT));
        }

        /**
         * A pronoun's speaker, or that of a quote whose speaker is left out. In English: the last named
         * speaker of a quote; else the last name before the quote that is the subject of a reporting
         * verb ("Okafor said … "…," she said"); else the last person entity mentioned before it; else
         * the pronoun itself. In the other languages a person the story named since the last named
         * speaker's quote comes first (the first one named in the latest sentence that names one):
         * "El presidente, Andrés Soler, visitó la zona. «…», aseguró." is Soler's.
         */
        private Speaker antecedent(Attribution attribution, Speaker lastNamed, int lastNamedEnd, QuotedSpan span) {
            int before = attribution.start() >= 0 ? Math.min(span.open(), attribution.start()) : span.open();
            if (language.pronounToLatestPerson) {
                Speaker named = firstPersonOfLatestSentence(lastNamedEnd, before);
                if (named != null) {
                    return named;
                }
            }
            if (lastNamed != null) {
                return lastNamed;
            }
            if (language.namedReporter != null) {
                Matcher reporting =
                        region(language.namedReporter, Math.max(0, span.open() - MAX_ANTECEDENT_CHARS), span.open());
                int start = -1;
                int end = -1;
                while (reporting.find()) {
                    if (!resolver.isOrdinaryWord(reporting.group("speaker"))) {
                        start = reporting.start("speaker");
                        end = reporting.end("speaker");
                    }
                }
                if (start >= 0) {
                    return resolver.resolve(text.substring(start, end), start, end, span.open());
                }
            }
            return resolver.lastPersonBefore(span.open())
                    .orElse(
                            attribution.leftOut()
                                    ? null
                                    : new Speaker(attribution.phrase().toLowerCase(Locale.ROOT), null));
        }

        /** The first person named in the latest sentence in {@code [after, before)} that names one, outside quotes. */
        private Speaker firstPersonOfLatestSentence(int after, int before) {
            List<SpeakerResolver.NamedPerson> persons = resolver.personsMentioned(after, before).stream()
                    .filter(person -> !insideQuote(person.start()))
                    .toList();
            if (persons.isEmpty()) {
                return null;
            }
            int sentence = sentenceStart(persons.get(persons.size() - 1).start() + 1);
            return persons.stream()
                    .filter(person -> person.start() >= sentence)
                    .findFirst()
                    .orElse(persons.get(persons.size() - 1))
                    .speaker();
        }

        private boolean insideQuote(int offset) {
            return spans.stream().anyMatch(span -> span.start() <= offset && offset < span.end());
        }

        /**
         * Where the clause that may introduce a quote starts: the sentence start, the paragraph start,
         * or the end of the previous quote in the same sentence, whichever is last.
         */
        private int clauseStart(QuotedSpan span, QuotedSpan previous) {
            // A sentence longer than this is a run-on scrape, not prose: looking further back only costs time.
            int start = Math.max(sentenceStart(span.open()), span.open() - MAX_CLAUSE_CHARS);
            if (previous != null && previous.close() < span.open() && previous.close() + 1 > start) {
                start = Math.min(span.open(), previous.close() + 1);
            }
            return start;
        }

        private int sentenceStart(int from) {
            int limit = Math.max(0, from - MAX_CLAUSE_CHARS);
            for (int i = from - 1; i > limit; i--) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (Character.isWhitespace(c) && endsSentence(i - 1)) {
                    return i + 1;
                }
                if (language.unspaced && "。！？".indexOf(c) >= 0) {
                    return i + 1;
                }
            }
            return limit;
        }

        /** A sentence ends at {@code i} and the next begins: [.!?] before a space, or 。！？. */
        private boolean endsSentenceAt(int i) {
            char c = text.charAt(i);
            if (language.unspaced && "。！？".indexOf(c) >= 0) {
                return true;
            }
            return (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && endsSentence(i);
        }

        /** True when the character at {@code i} ends a sentence: [.!?], maybe then a closing quote. */
        private boolean endsSentence(int i) {
            char c = text.charAt(i);
            if (isClosingMark(c) && i > 0) {
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
            return !(word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                    && !language.abbreviations.contains(word);
        }

        private boolean isQuotationMark(char c) {
            return language.marks.containsKey(c) || isClosingMark(c);
        }

        private boolean isClosingMark(char c) {
            return language.marks.values().stream().anyMatch(closers -> closers.indexOf(c) >= 0);
        }

        private int paragraphEnd(int from) {
            int newline = text.indexOf('\n', from);
            return newline < 0 ? text.length() : newline;
        }

        private Matcher region(Pattern pattern, int from, int to) {
            Matcher matcher = pattern.matcher(text);
            matcher.region(Math.min(from, to), to);
            return matcher;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
