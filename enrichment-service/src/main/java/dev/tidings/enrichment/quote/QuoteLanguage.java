package dev.tidings.enrichment.quote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that knows, for each language the quote tagger reads, its quotation marks, its
 * reporting verbs and the shapes in which its news prose says who spoke. {@link QuoteExtractor},
 * {@link QuotationMarkScanner} and {@link SpeakerResolver} are the same for every language and ask
 * this class.
 *
 * <ul>
 *   <li><b>English</b>: “…” and "…"; "…," Miller said / said Miller / Miller told reporters: "…" /
 *       according to X. Its rules are those measured before the other languages came, unchanged.
 *   <li><b>German</b>: „…“ (also „…”), »…«, Swiss «…», “…” and "…"; „…“, sagte X. / „…“, so X. /
 *       „…“, fügte sie hinzu. / X sagte: „…“ / Am Montag sagte X: „…“ (the verb second, the subject
 *       after it) / laut X, X zufolge.
 *   <li><b>French</b>: « … » with (narrow) no-break spaces inside, and “…”; « … », a déclaré X. /
 *       a-t-il dit / estime-t-elle / selon X / X a déclaré : « … » / « …, a-t-il dit, … », the
 *       attribution inside the guillemets.
 *   <li><b>Spanish</b>: «…» and “…”; «…», dijo X. / «…», añadió. (the subject left out) / según X /
 *       X dijo: «…» / X aseguró que «…» / —… —dijo X—. …, the dialogue dash.
 *   <li><b>Chinese</b>: “…” and, in Taiwan and Hong Kong, 「…」 with 『…』 inside; X表示：“…” /
 *       X说：“…” / “…”X说。 / 据X介绍，“…”; full-width punctuation and no spaces, so names and verbs
 *       are found without word boundaries.
 * </ul>
 *
 * In German, French and Spanish the subject often follows the verb ("sagte der Sprecher der
 * Stadt, Stefan Leitner"), with the person's role and name in apposition; a quote may follow a colon
 * after any verb ("Huber zeigte sich gelassen: „…“"); and a pronoun goes to the first person named in
 * the latest sentence that names one since the last quote, else to the last quote's speaker. English
 * keeps its own rule (the last named speaker first).
 *
 * <p>Immutable; the patterns are compiled once.
 */
public final class QuoteLanguage {

    public static final QuoteLanguage ENGLISH = english();
    public static final QuoteLanguage GERMAN = german();
    public static final QuoteLanguage FRENCH = french();
    public static final QuoteLanguage SPANISH = spanish();
    public static final QuoteLanguage CHINESE = chinese();

    private static final List<QuoteLanguage> ALL = List.of(ENGLISH, GERMAN, FRENCH, SPANISH, CHINESE);

    /** ISO 639-1, as the language tagger writes it. */
    final String code;

    // Quotation marks (QuotationMarkScanner)

    /** Each opening mark with the marks that close it. */
    final Map<Character, String> marks;
    /** A typographic opening mark inside a quotation opens a quotation inside it, not a new one. */
    final boolean nests;
    /** A paragraph that starts with — is a speaker's words (Spanish dialogue). */
    final boolean dialogueDash;
    /** No spaces between words (Chinese): no word boundaries, and a character is half a word. */
    final boolean unspaced;
    /** Characters that end the quoted words' sentence when they end the quote. */
    final String quoteSentenceEnds;
    /**
     * No-break spaces inside the marks are trimmed like spaces (French sets « Nous » with narrow
     * no-break spaces). English keeps them in the quote, as it always did.
     */
    final boolean trimsNoBreakSpaces;

    // Reporting shapes (QuoteExtractor), in the order they are tried

    /** Right after the quotation ("," said Miller). */
    final List<ReportingShape> afterQuote;
    /** A whole sentence after a quotation that ended its own ("…." Miller said.); may be null. */
    final ReportingShape afterQuoteSentence;
    /** Right before the quotation (Miller said: "). */
    final List<ReportingShape> beforeQuote;
    /** A quotation may follow a colon after any verb: its speaker is the clause's subject. */
    final boolean colonIntroducesQuote;
    /** An attribution that closes the quotation's sentence (…, Naval News reported.); may be null. */
    final ReportingShape sentenceEnd;
    /** A reporting verb anywhere in the clause before a quotation, for quotes inside reported speech. */
    final ReportingShape reportingVerb;
    /** "According to X" anywhere in the clause before a quotation ("Laut Maier ist …"). */
    final List<ReportingShape> accordingTo;
    /**
     * The attribution inside a quotation ("« …, a-t-il dit, … »"), which cuts it in two: group {@code
     * attribution} is read by {@link #afterQuote}. May be null.
     */
    final Pattern incise;
    /** A name that is the subject of a reporting verb, for a pronoun with no named speaker before it. */
    final Pattern namedReporter;
    /** Words that make a short quoted term a name or scare quote, not someone's words. */
    final Pattern scareQuoteLead;
    /**
     * Words that make a short quoted term that starts with a capital a title ("das Stück „Das Boot“",
     * "le film « La Dernière Marée »"), while "nennt das Stück „erschreckend aktuell“" quotes someone.
     * May be null.
     */
    final Pattern titleLead;

    // The words that name a speaker

    final Set<String> pronouns;
    /** Words that cannot start a speaker phrase: a clause or a preposition, not a noun phrase. */
    final Set<String> notASubjectStart;
    /** Conjunctions and adverbials that open a clause before its subject: "But he said …". */
    final Pattern clauseOpener;
    /** Where a subject's head noun phrase ends: relative clauses, places, times. */
    final Pattern subjectModifier;
    /** Auxiliaries and adverbs between a subject and its verb. */
    final Pattern trailingAuxiliaries;
    /** A place of origin before a name ("US-based Naval News"); may be null. */
    final Pattern placeOfOrigin;
    /** Punctuation before a subject: its phrase starts after the last of these. */
    final String clauseBoundaries;
    /** Words whose dot does not end a sentence. */
    final Set<String> abbreviations;
    /** The subject may follow its verb, and a role and a name may stand in apposition. */
    final boolean subjectAfterVerb;
    /**
     * Of the entities named in a speaker phrase, a person wins over an organisation, and of those the
     * one nearest the verb ("外交部发言人李明华" is 李明华, not the ministry). English keeps the first
     * entity mentioned, the rule it was measured with, so that its output stays as it was.
     */
    final boolean personBeforeOrganisation;
    /**
     * A pronoun (or a left-out subject) goes first to the person the story named since the last
     * quote's speaker, before that speaker: "El presidente, Andrés Soler, visitó la zona. «…»,
     * aseguró." is Soler's. English keeps the last named speaker first.
     */
    final boolean pronounToLatestPerson;
    /**
     * A surname is not expanded across a sentence end: "… das Stück. Kritiker nannten …" does not
     * make "Stück. Kritiker" a name. English keeps the rule it was measured with.
     */
    final boolean namesStopAtSentenceEnds;

    // SpeakerResolver

    /** Titles and roles before a name: "President William Lai" is William Lai. Lower case. */
    final Set<String> titles;
    /** Endings of compound titles ("Vorstandschef", "Betriebsratschefin"); lower case. */
    final List<String> titleEndings;
    /** Titles count in lower case too ("le président Emmanuel Macron"). */
    final boolean lowerCaseTitles;
    /** Words that start a noun phrase but not a name. Lower case. */
    final Set<String> determiners;
    /** Words that often open a sentence before a name. Lower case. */
    final Set<String> sentenceOpeners;
    /** Lower-case words inside names: "Pieter de Vries", "Ursula von der Leyen". */
    final Set<String> nameParticles;

    private QuoteLanguage(Definition d) {
        this.code = d.code;
        this.marks = Map.copyOf(d.marks);
        this.nests = d.nests;
        this.dialogueDash = d.dialogueDash;
        this.unspaced = d.unspaced;
        this.quoteSentenceEnds = d.quoteSentenceEnds;
        this.trimsNoBreakSpaces = d.trimsNoBreakSpaces;
        this.afterQuote = List.copyOf(d.afterQuote);
        this.afterQuoteSentence = d.afterQuoteSentence;
        this.beforeQuote = List.copyOf(d.beforeQuote);
        this.colonIntroducesQuote = d.colonIntroducesQuote;
        this.sentenceEnd = d.sentenceEnd;
        this.reportingVerb = d.reportingVerb;
        this.accordingTo = List.copyOf(d.accordingTo);
        this.incise = d.incise;
        this.namedReporter = d.namedReporter;
        this.scareQuoteLead = d.scareQuoteLead;
        this.titleLead = d.titleLead;
        this.pronouns = Set.copyOf(d.pronouns);
        this.notASubjectStart = Set.copyOf(d.notASubjectStart);
        this.clauseOpener = d.clauseOpener;
        this.subjectModifier = d.subjectModifier;
        this.trailingAuxiliaries = d.trailingAuxiliaries;
        this.placeOfOrigin = d.placeOfOrigin;
        this.clauseBoundaries = d.clauseBoundaries;
        this.abbreviations = Set.copyOf(d.abbreviations);
        this.subjectAfterVerb = d.subjectAfterVerb;
        this.personBeforeOrganisation = d.personBeforeOrganisation;
        this.pronounToLatestPerson = d.pronounToLatestPerson;
        this.namesStopAtSentenceEnds = d.namesStopAtSentenceEnds;
        this.titles = Set.copyOf(d.titles);
        this.titleEndings = List.copyOf(d.titleEndings);
        this.lowerCaseTitles = d.lowerCaseTitles;
        this.determiners = Set.copyOf(d.determiners);
        this.sentenceOpeners = Set.copyOf(d.sentenceOpeners);
        this.nameParticles = Set.copyOf(d.nameParticles);
    }

    /** ISO 639-1, as the language tagger writes it. */
    public String code() {
        return code;
    }

    public static Optional<QuoteLanguage> of(String code) {
        return ALL.stream().filter(language -> language.code.equals(code)).findFirst();
    }

    public static List<QuoteLanguage> all() {
        return ALL;
    }

    /** Words between {@code start} and {@code end}; in unspaced text two characters count as a word. */
    int wordCount(String text, int start, int end) {
        int words = 0;
        int unspacedCharacters = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (unspaced && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                unspacedCharacters++;
                inWord = false;
                continue;
            }
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words + (unspacedCharacters + 1) / 2;
    }

    @Override
    public String toString() {
        return code;
    }

    /** What a language's factory fills in; read once by the constructor. */
    private static final class Definition {
        final String code;
        Map<Character, String> marks;
        boolean nests;
        boolean dialogueDash;
        boolean unspaced;
        String quoteSentenceEnds = ".";
        boolean trimsNoBreakSpaces = true;
        List<ReportingShape> afterQuote = List.of();
        ReportingShape afterQuoteSentence;
        List<ReportingShape> beforeQuote = List.of();
        boolean colonIntroducesQuote;
        ReportingShape sentenceEnd;
        ReportingShape reportingVerb;
        List<ReportingShape> accordingTo = List.of();
        Pattern incise;
        Pattern namedReporter;
        Pattern scareQuoteLead;
        Pattern titleLead;
        Set<String> pronouns = Set.of();
        Set<String> notASubjectStart = Set.of();
        Pattern clauseOpener;
        Pattern subjectModifier;
        Pattern trailingAuxiliaries;
        Pattern placeOfOrigin;
        String clauseBoundaries = ",;:—\"“”";
        Set<String> abbreviations = Set.of();
        boolean subjectAfterVerb;
        boolean personBeforeOrganisation;
        boolean pronounToLatestPerson;
        boolean namesStopAtSentenceEnds;
        Set<String> titles = Set.of();
        List<String> titleEndings = List.of();
        boolean lowerCaseTitles;
        Set<String> determiners = Set.of();
        Set<String> sentenceOpeners = Set.of();
        Set<String> nameParticles = Set.of();

        Definition(String code) {
            this.code = code;
        }
    }

    private static Set<String> words(String alternation) {
        return Set.of(alternation.split("\\|"));
    }

    // ---------------------------------------------------------------- English

    private static QuoteLanguage english() {
        Definition d = new Definition("en");
        String verbs = "said|says|say|told|tells|added|adds|warned|warns|stated|explained|explains"
                + "|noted|notes|wrote|writes|argued|argues|insisted|insists|claimed|claims|asked|asks|replied|replies"
                + "|continued|declared|announced|acknowledged|admitted|recalled|stressed|urged|complained|conceded"
                + "|cautioned|predicted|suggested|observed|remarked|commented|concluded|reported|reports|tweeted"
                + "|posted|responded|testified|confirmed|alleged|maintained|quipped|estimated|estimates|estimate";
        // What may follow "told": who was told, consumed so that it is never taken as the speaker.
        String toldWhom = "(?:\\s+(?:reporters|journalists|the press|the media|media|a news conference"
                + "|a press conference|lawmakers|parliament|(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}))?";
        String word = "(?:[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*|\\([^()\\n]{1,40}\\))";
        // A name: capitalised words, with the particles of "Pieter de Vries" or "Ahmed bin Salem" inside.
        String name = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:" + SpeakerResolver.NAME_PARTICLES
                + ")\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}";
        // A speaker phrase before its verb: one to ten words, parenthesised words included
        // ("Minister Chiu Chui-cheng (邱垂正) said"), no other punctuation.
        String phrase = word + "(?:\\s+" + word + "){0,9}?";
        String adverbs = "(?:\\s+(?:also|later|then|again|previously|once|recently|earlier))?";
        String when = "(?:\\s+(?:yesterday|today|on \\p{Lu}\\p{L}+|in a statement))?";

        d.marks = Map.of('“', "”\"", '"', "\"”");
        d.trimsNoBreakSpaces = false;
        d.afterQuote = List.of(
                // ," said Miller / ," said John Miller, director of …
                ReportingShape.of(
                        "^\\s*(?:said|says|added|adds|wrote|writes|asked"
                                + "|continued|explained|noted|warned|argued|insisted|replied)\\s+(?<speaker>[^,.;:!?\"“”\\n]{1,80}?)"
                                + "(?=\\s*[,.;:!?\"“”\\n]|\\s+(?:who|which|in|at|on|during|after|before|when|while|adding)\\b|\\s*$)"),
                // ," according to X
                ReportingShape.of(
                        "^\\s*according to\\s+(?<speaker>[^,.;:!?\"“”\\n]{1,80}?)(?=\\s*[,.;:!?\"“”\\n]|\\s*$)"),
                // ," Miller, the ambassador, said: the name before an appositive
                ReportingShape.of("^\\s*(?<speaker>" + name + "),[^,\"“”\\n]{1,120},\\s*(?:" + verbs + ")\\b"),
                // ," Miller said / ," the report said of these camps / ," Miller told reporters
                ReportingShape.of("^\\s*[—–-]?\\s*(?<speaker>" + phrase + ")" + adverbs + "\\s+(?:" + verbs + ")\\b"));
        // A sentence that is only "Miller said.": allowed even after a quote that ended its sentence.
        d.afterQuoteSentence = ReportingShape.of(
                "^\\s*(?<speaker>" + phrase + ")" + adverbs + "\\s+(?:" + verbs + ")" + toldWhom + when + "\\s*\\.");
        d.beforeQuote = List.of(
                // According to X, "
                ReportingShape.of("(?i:according to)\\s+(?<speaker>[^,.;:!?\"“”\\n]{1,80}),\\s*$"),
                // Miller, the ambassador, said: "
                ReportingShape.of("(?<speaker>" + name + "),[^,\"“”\\n]{1,120},\\s*(?:" + verbs + ")" + toldWhom
                        + "\\s*[:,]?\\s*$"),
                // Miller said: " / Miller told reporters " / he said, ": the verb right before
                ReportingShape.of("(?<=\\s)(?<verb>" + verbs + ")" + toldWhom + when + "\\s*[:,]?\\s*$"));
        // …, Naval News reported. at the end of the quote's sentence
        d.sentenceEnd = ReportingShape.of(
                ",\\s*(?<speaker>" + phrase + ")" + adverbs + "\\s+(?:" + verbs + ")" + toldWhom + when + "\\s*[.!?]$");
        d.reportingVerb = ReportingShape.of("\\b(?<verb>" + verbs + "|believe|believes|believed)\\b");
        d.namedReporter = Pattern.compile("(?<speaker>" + name + ")" + adverbs + "\\s+(?:" + verbs + ")\\b");
        d.scareQuoteLead = Pattern.compile(
                "(?i:so-called|dubbed|termed|nicknamed|known as|called|the word|the term|the phrase)\\s*$");
        d.pronouns = Set.of("he", "she", "they", "it", "we", "i");
        d.notASubjectStart = Set.of(
                "and", "but", "or", "so", "yet", "because", "as", "while", "when", "if", "in", "on", "at", "of", "to",
                "for", "with", "from", "by", "after", "before", "is", "was", "are", "were", "be", "not", "that");
        d.clauseOpener = Pattern.compile("^(?i:(?:and|but|yet|so|also|however|meanwhile|still|then|now|that|while"
                + "|although|though|because|as)\\s+)+");
        d.subjectModifier = Pattern.compile("\\s+(?:\\p{Ll}+ing|based|who|which|that|whose|in|at|from|with|near"
                + "|across|inside|outside|around|on)\\b.*$");
        d.trailingAuxiliaries = Pattern.compile("(?:\\s+(?:has|have|had|will|would|could|also|previously|later"
                + "|repeatedly|often|once|reportedly|long|recently|earlier|publicly|privately|then|again|is|was|were"
                + "|are|been))+$");
        d.placeOfOrigin = Pattern.compile("^\\S+-based\\s+");
        d.abbreviations =
                Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sr", "No");
        d.titles = words("president|vice|prime|minister|secretary|senator|sen.|rep.|representative|governor|gov."
                + "|mayor|general|gen.|admiral|chancellor|premier|ambassador|director|chairman|chairwoman|chair"
                + "|spokesman|spokeswoman|spokesperson|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|prof.|professor|judge|justice"
                + "|king|queen|prince|princess|pope|cardinal|bishop|rev.|sir|dame|lord|lady|chief|commissioner"
                + "|deputy|foreign|defence|defense|state|council|envoy|leader");
        d.determiners = words("the|a|an|this|that|these|those|one|two|three|several|many|some|most|other|another"
                + "|his|her|its|their|our|both|all");
        d.sentenceOpeners = words("yesterday|today|then|but|and|when|after|before|meanwhile|however|also|later"
                + "|earlier|in|on|at|as|while|still|now|there|here");
        d.nameParticles = words(SpeakerResolver.NAME_PARTICLES);
        return new QuoteLanguage(d);
    }

    // ------------------------------------------- shared by German, French and Spanish

    /** A name's words: capitalised, with an apostrophe, dot or hyphen inside. */
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";

    /** A space, as French typesetting has it too: a no-break or narrow no-break space. */
    private static final String SPACE = "[\\s\\u00A0\\u202F]";

    /** A word whose dot does not end the phrase: an initial, or "Dr." and the like. */
    private static final String ABBREVIATION = "(?<![\\p{L}])(?:\\p{Lu}|Dr|Dra|Prof|Mme|Me|Mgr|Sr|Sra|St|Pr)";

    /**
     * The words after a verb that name who spoke, up to the end of the sentence or the quotation
     * mark: commas included, since a role and a name may stand in apposition ("la ministra, Elena
     * Navarro, en rueda de prensa"); the extractor picks the name out.
     */
    private static final String SPEAKER_AFTER_VERB = "(?<speaker>(?:[^.;:!?\"“”„«»‹›\\n—]|(?<=" + ABBREVIATION
            + ")\\.){1,160}?)(?=" + SPACE + "*(?:[;:!?\"“”„«»—\\n]|(?<!" + ABBREVIATION + ")\\.|$))";

    /**
     * Quotation marks of German, French and Spanish text, each language using some: German „…“ also
     * closes with ” and uses »…« (and, in Switzerland, «…»); French and Spanish «…»; all “…”.
     */
    private static Map<Character, String> europeanMarks() {
        return Map.of('„', "“”", '“', "”", '»', "«", '«', "»", '"', "\"");
    }

    /**
     * {@link #SPEAKER_AFTER_VERB} with {@code trailer} between the speaker and the end of the phrase
     * (German "fügte sie hinzu": the separable verb's particle).
     */
    private static String speakerAfterVerb(String trailer) {
        return SPEAKER_AFTER_VERB.replace("{1,160}?)", "{1,160}?)" + trailer);
    }

    // ---------------------------------------------------------------- German

    private static QuoteLanguage german() {
        Definition d = new Definition("de");
        // Reporting verbs after a quotation, where the speaker follows: „…“, sagte Huber.
        String after = "sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|betonten|meinte|meint"
                + "|ergänzte|ergänzt|warnte|warnt|kritisierte|kritisiert|forderte|fordert|erzählte|erzählt"
                + "|berichtete|berichtet|schrieb|schreibt|antwortete|antwortet|entgegnete|entgegnet|versicherte"
                + "|versichert|bekräftigte|bekräftigt|unterstrich|unterstreicht|bestätigte|bestätigt|widersprach"
                + "|fragte|fragt|rief|mahnte|mahnt|beklagte|beklagt|klagte|klagt|lobte|lobt|verkündete|verkündet"
                + "|resümierte|urteilte|bilanzierte|jubelte|scherzte|gestand|gesteht|bemerkte|bemerkt|argumentierte"
                + "|argumentiert|sprach|spricht|räumte|räumt|gab|gibt|fügte|fügt|teilte|teilt|stellte|stellt|hob|hebt"
                + "|wies|weist|führte|führt|kündigte|kündigt|hielt|hält";
        // Particles of separable verbs, at the end: „…“, fügte sie hinzu.
        String particle = "(?:" + SPACE + "+(?:hinzu|mit|zu|ein|klar|hervor|hin|aus|an|fest|zurück|dagegen|entgegen))?";
        // Verbs before a quotation or a quoted phrase in the same sentence: X sagte: „…“ / X nannte es „…“.
        String clause = "sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|warnte|warnt"
                + "|kritisierte|kritisiert|forderte|fordert|nannte|nennt|nannten|bezeichnete|bezeichnet|sprach von"
                + "|spricht von|sprachen von|schrieb|schreibt|berichtete|berichtet|erzählte|erzählt|lobte|lobt|warf"
                + "|wirft|versprach|verspricht|bestätigte|bestätigt|verteidigte|verteidigt|bekräftigte|versicherte"
                + "|mahnte|monierte|beklagte|beklagt|glaubt|glaubte|hofft|hoffte|befürchtet|befürchtete|fürchtet"
                + "|fürchtete|antwortete|antwortet|entgegnete|fragte|fragt|ergänzte|ergänzt|räumte|räumt|kündigte"
                + "|kündigt|zeigte sich|zeigt sich|versprach|warnten|forderten|kritisierten|sprachen";

        d.marks = europeanMarks();
        d.nests = true;
        d.afterQuote = List.of(
                ReportingShape.of(
                        "^" + SPACE + "*,?" + SPACE + "*(?:" + after + ")" + SPACE + "+" + speakerAfterVerb(particle)),
                ReportingShape.of("^" + SPACE + "*,?" + SPACE + "*(?:so|laut)" + SPACE + "+" + SPEAKER_AFTER_VERB),
                ReportingShape.of("^" + SPACE + "*,?" + SPACE + "*(?:hieß|heißt) es" + SPACE + "+(?:aus|von|bei|in)"
                        + SPACE + "+" + SPEAKER_AFTER_VERB));
        d.beforeQuote = List.of(
                // Huber sagte (der Zeitung): „ / Am Montag sagte Huber: „ (the subject after the verb)
                ReportingShape.of("\\b(?<verb>" + clause + ")\\b(?:" + SPACE + "+(?<speaker>[^:,;„“”\"»«\\n]{1,80}?))?"
                        + SPACE + "*:" + SPACE + "*$"));
        d.colonIntroducesQuote = true;
        d.sentenceEnd = ReportingShape.of(",\\s*(?:" + after + ")\\s+(?<speaker>[^,.;:!?„“”\"»«\\n]{1,80}?)\\s*[.!?]$");
        d.reportingVerb = ReportingShape.of(
                "\\b(?<verb>" + clause + ")\\b(?:\\s+(?<speaker>[^,.;:!?„“”\"»«\\n]{1,60}?)(?=\\s*,))?");
        d.accordingTo = List.of(
                ReportingShape.of("\\b(?i:laut)\\s+(?<speaker>(?:(?:der|des|dem|den)\\s+)?" + CAPITALISED
                        + "(?:\\s+(?:von|vom|van|de|der)?\\s*" + CAPITALISED + ")*)"),
                ReportingShape.of("(?<speaker>(?:(?i:dem|der|den)\\s+)?" + CAPITALISED + "(?:\\s+" + CAPITALISED
                        + ")*)\\s+zufolge\\b"));
        d.scareQuoteLead = Pattern.compile("(?:(?i:sogenannte[nmrs]?|so genannte[nmrs]?|genannte[nmrs]?|namens"
                + "|Begriff|Wort|Motto|Stichwort|Slogan|Schlagwort|Unwort)"
                + "|\\b(?:sagte|sagt|sagten|erklärte|erklärt|betonte|schrieb|schreibt|berichtete|berichtet)\\s+(?:der|dem"
                + "|den|im|in der|in dem))\\s*$");
        d.titleLead = Pattern.compile("(?i:Titel|Zeitung|Magazin|Sender|Film|Buch|Roman|Stück|Serie|Sendung|Album"
                + "|Lied|Operation|Aktion|Kampagne|Programm|Oper|Ausstellung)\\s*$");
        d.pronouns = Set.of("er", "sie", "es", "wir", "ich");
        d.notASubjectStart = words("und|aber|oder|denn|weil|als|wenn|ob|dass|in|im|am|an|auf|aus|bei|beim|mit|nach"
                + "|seit|von|vom|vor|zu|zum|zur|für|gegen|ohne|um|über|unter|während|dazu|danach|dann|auch|außerdem"
                + "|zudem|später|zuvor|gestern|heute|damals|nun|jetzt|so|doch|noch|nicht|anschließend|zunächst"
                + "|schließlich|allerdings|jedoch|trotzdem|deshalb|daher|hier|dort|da|ist|war|sind|waren|hat|habe"
                + "|hatte|sei|laut|man|es|das|dies|dabei|darauf|daraufhin|davor|vorher|ebenfalls");
        d.clauseOpener = Pattern.compile("^(?i:(?:und|aber|doch|denn|zudem|außerdem|allerdings|jedoch)\\s+)+");
        // Not at "der"/"des": "ein Sprecher der Feuerwehr" is whole. A name ends where its capitalised
        // words end ("Huber der Zeitung"), which the extractor sees to.
        d.subjectModifier = Pattern.compile("\\s+(?:am|im|in|bei|beim|auf|vor|nach|gegenüber|während|zum|zur|mit"
                + "|vom|aus|über|seit|heute|gestern|dem|laut|als|welche[rs]?)\\s.*$");
        d.trailingAuxiliaries = Pattern.compile("(?:\\s+(?:auch|ebenfalls|zudem|außerdem|nun|jetzt|dann|später"
                + "|bereits|schon|noch|wiederholt|erneut))+$");
        d.abbreviations = words("Dr|Prof|St|Nr|bzw|z|B|ca|Hr|Fr|usw|etc|vgl|Mio|Mrd|Jh|Abs|Str|u");
        d.subjectAfterVerb = true;
        d.personBeforeOrganisation = true;
        d.pronounToLatestPerson = true;
        d.namesStopAtSentenceEnds = true;
        d.titles = words("bürgermeister|bürgermeisterin|minister|ministerin|kanzler|kanzlerin|präsident|präsidentin"
                + "|landrat|landrätin|staatsanwalt|staatsanwältin|richter|richterin|trainer|trainerin|kapitän"
                + "|kapitänin|regisseur|regisseurin|intendant|intendantin|chef|chefin|sprecher|sprecherin|direktor"
                + "|direktorin|professor|professorin|prof.|dr.|frau|herr|abgeordnete|abgeordneter|anwohner"
                + "|anwohnerin|experte|expertin|vorsitzende|vorsitzender|generalsekretär|generalsekretärin|bischof"
                + "|papst|könig|königin|botschafter|botschafterin|senator|senatorin|anwalt|anwältin|verteidiger"
                + "|verteidigerin|ökonom|ökonomin|journalist|journalistin|sänger|sängerin|autor|autorin"
                + "|schriftsteller|schriftstellerin|stürmer|torhüter|kommissar|kommissarin|general|oberst");
        d.titleEndings = List.of(
                "meister",
                "meisterin",
                "minister",
                "ministerin",
                "kanzler",
                "kanzlerin",
                "präsident",
                "präsidentin",
                "chef",
                "chefin",
                "leiter",
                "leiterin",
                "sprecher",
                "sprecherin",
                "direktor",
                "direktorin",
                "vorstand",
                "vorständin",
                "trainer",
                "trainerin",
                "richter",
                "richterin",
                "anwalt",
                "anwältin",
                "rat",
                "rätin",
                "journalist",
                "journalistin",
                "experte",
                "expertin",
                "sekretär",
                "sekretärin",
                "vorsitzende",
                "vorsitzender",
                "beauftragte",
                "beauftragter",
                "führer",
                "führerin");
        d.determiners = words("der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|sein|seine|ihr|ihre|unser"
                + "|unsere|dieser|diese|dieses|mehrere|viele|einige|zwei|drei|beide|alle");
        d.sentenceOpeners = words("gestern|heute|dann|aber|und|als|nach|vor|danach|dazu|auch|später|zuvor|in|im|am"
                + "|auf|bei|während|jetzt|nun|hier|dort|laut|so|doch");
        d.nameParticles = words("von|van|de|der|den|zu|vom|da|di|del|la|le|al|el|bin|ibn|ben|ter");
        return new QuoteLanguage(d);
    }

    // ---------------------------------------------------------------- French

    private static QuoteLanguage french() {
        Definition d = new Definition("fr");
        String participles = "déclaré|dit|affirmé|ajouté|expliqué|estimé|indiqué|précisé|souligné|assuré|confié"
                + "|lancé|reconnu|rappelé|réagi|répondu|martelé|insisté|poursuivi|annoncé|averti|prévenu|confirmé"
                + "|jugé|plaidé|raconté|résumé|regretté|dénoncé|salué|admis|conclu|commenté|noté|observé|écrit"
                + "|tweeté|déploré|relevé|constaté|tranché|ironisé|protesté|promis|répliqué|rétorqué|objecté"
                + "|avancé|détaillé|glissé|lâché|soutenu|demandé|interrogé|fait savoir|fait valoir|renchéri|prévenu"
                + "|mis en garde|nuancé|argumenté|insisté|relaté|témoigné|expliqué|analysé|reconnu|complété|assené";
        String present = "déclare|dit|affirme|ajoute|explique|estime|indique|précise|souligne|assure|confie"
                + "|lance|reconnaît|reconnait|rappelle|réagit|répond|martèle|insiste|poursuit|annonce|avertit"
                + "|prévient|confirme|juge|plaide|raconte|résume|regrette|dénonce|salue|admet|conclut|commente|note"
                + "|observe|écrit|déplore|relève|constate|tranche|ironise|proteste|promet|réplique|rétorque|objecte"
                + "|avance|détaille|glisse|lâche|soutient|demande|renchérit|nuance|témoigne|analyse|complète"
                + "|déclarent|disent|affirment|ajoutent|expliquent|estiment|indiquent|précisent|soulignent|assurent"
                + "|confient|reconnaissent|rappellent|répondent|insistent|dénoncent|regrettent|jugent|témoignent";
        String auxiliary = "(?:a|ont|avait|avaient|aurait|auraient)";
        String pronoun = "(?<speaker>il|elle|ils|elles|on)\\b";
        String adverbial = "(?:" + SPACE + "+(?:pour sa part|de son côté|quant à lui|quant à elle|lui aussi"
                + "|elle aussi|aussi|également|encore|enfin|alors|ensuite|hier|aujourd[’']hui|lundi|mardi|mercredi"
                + "|jeudi|vendredi|samedi|dimanche))?";
        String reporting = auxiliary + SPACE + "+(?:" + participles + ")|(?:" + present + ")";
        // Verbs before a quotation or a quoted phrase in the same sentence. Not "raconte" and the like:
        // "le film raconte la fin des « années dorées »" tells no one's words.
        String clause = "(?:" + auxiliary + "|s[’']est|se sont)" + SPACE + "+(?:dit|déclaré|affirmé|estimé|jugé"
                + "|qualifié|salué|dénoncé|demandé|annoncé|assuré|expliqué|indiqué|précisé|souligné|évoqué|promis"
                + "|reconnu|averti|regretté|critiqué|fustigé|appelé|exhorté|plaidé|parlé|répondu|ajouté|rappelé"
                + "|insisté|écrit|confié|réclamé|exigé|déploré|prôné|vanté|défendu|félicité|réjoui|inquiété|engagé"
                + "|promis|prévenu|réaffirmé|martelé|répété)|(?:dit|déclare|affirme|estime|juge|qualifie|salue"
                + "|dénonce|demande|annonce|assure|indique|précise|souligne|évoque|promet|reconnaît|critique"
                + "|fustige|appelle|parle|répond|ajoute|rappelle|insiste|écrit|confie|explique|pense|croit|espère"
                + "|craint|réclame|exige|déplore|prône|vante|défend)";

        d.marks = europeanMarks();
        d.nests = true;
        String start = "^" + SPACE + "*,?" + SPACE + "*";
        d.afterQuote = List.of(
                // a-t-il dit / ont-ils expliqué
                ReportingShape.of(
                        start + "(?:a-t-|ont-|avait-|avaient-)" + pronoun + SPACE + "+(?:" + participles + ")\\b"),
                // dit-il / estime-t-elle
                ReportingShape.of(start + "(?:" + present + ")-(?:t-)?" + pronoun),
                // a déclaré X / estime pour sa part X
                ReportingShape.of(start + "(?:" + reporting + ")" + adverbial + SPACE + "+" + SPEAKER_AFTER_VERB),
                ReportingShape.of(start + "(?:selon|d[’']après)" + SPACE + "+" + SPEAKER_AFTER_VERB));
        d.beforeQuote = List.of(
                // Selon le préfet, Michel Aubry, « … »
                ReportingShape.of(
                        "(?i:selon|d[’']après)" + SPACE + "+(?<speaker>[^«»“”\"\\n:;]{1,80}?)," + SPACE + "*$"),
                // M. Touzet a déclaré (aux juges) : « / X a affirmé que « …
                ReportingShape.of("\\b(?<verb>" + reporting + ")\\b(?:" + SPACE + "+[^:«»“”\"\\n]{1,60}?)?" + SPACE
                        + "*:" + SPACE + "*$"),
                ReportingShape.of("\\b(?<verb>" + clause + ")" + SPACE + "+qu[e’']" + SPACE + "*$"));
        d.colonIntroducesQuote = true;
        d.sentenceEnd = ReportingShape.of("," + SPACE + "*(?:" + reporting + ")" + SPACE
                + "+(?<speaker>[^,.;:!?«»“”\"\\n]{1,80}?)" + SPACE + "*[.!?]$");
        d.reportingVerb = ReportingShape.of("\\b(?<verb>" + clause + ")\\b");
        d.accordingTo = List.of(ReportingShape.of(
                "\\b(?i:selon|d[’']après)" + SPACE + "+(?<speaker>[^,.;:!?«»“”\"\\n]{1,60}?)(?=" + SPACE + "*,)"));
        // « …, a-t-il affirmé, … » / « …, a déclaré M. Dufresne, … »: the after-quote shapes read the
        // attribution group.
        d.incise = Pattern.compile("," + SPACE + "*(?<attribution>(?:a-t-|ont-|avait-)(?:il|elle|ils|elles|on)"
                + SPACE + "+(?:" + participles + ")|(?:" + present + ")-(?:t-)?(?:il|elle|ils|elles|on)|(?:"
                + reporting + ")" + SPACE + "+[^,«»“”\\n]{1,60}?)" + SPACE + "*," + SPACE + "*");
        d.scareQuoteLead = Pattern.compile("(?i:dit|dite|dits|dites|baptisé|baptisée|baptisés|surnommé|surnommée"
                + "|appelé|appelée|intitulé|intitulée|nommé|nommée|le mot|le terme|l[’']expression|le slogan"
                + "|la formule|le hashtag)" + SPACE + "*$");
        d.titleLead = Pattern.compile("(?i:l[’']opération|le film|le livre|le roman|le journal|la série"
                + "|le programme|la chanson|l[’']émission|le documentaire|le spectacle|la pièce|l[’']album"
                + "|le magazine|le quotidien|l[’']hebdomadaire|le titre|le mouvement|le collectif|l[’']exposition)"
                + SPACE + "*$");
        d.pronouns = Set.of("il", "elle", "ils", "elles", "on");
        d.notASubjectStart = words("et|mais|ou|donc|car|si|quand|lorsque|que|qui|à|au|aux|en|dans|sur|pour|par"
                + "|avec|sans|selon|après|avant|depuis|pendant|est|était|sont|ne|n’|n'|pas|y|cela|ce|puis|alors"
                + "|ainsi|hier|aujourd’hui|aujourd'hui|lors");
        d.clauseOpener = Pattern.compile(
                "^(?i:(?:et|mais|puis|or|donc|pourtant|cependant|ainsi|alors|enfin" + "|ensuite)\\s+)+");
        d.subjectModifier = Pattern.compile("[\\s\\u00A0\\u202F]+(?:qui|que|dont|à|au|aux|sur|dans|lors|en|devant"
                + "|pendant|après|avant|depuis|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
                + "|aujourd’hui|aujourd'hui|ce matin|ce soir|cette semaine|par|avec|lui aussi|elle aussi)"
                + "(?![\\p{L}]).*$");
        d.trailingAuxiliaries = Pattern.compile("(?:\\s+(?:aussi|également|encore|déjà|lui-même|elle-même|y))+$");
        d.clauseBoundaries = ",;:—\"“”«»";
        d.abbreviations = words("M|MM|Mme|Mmes|Mlle|Me|Mgr|Dr|Pr|St|Ste|etc|av|cf|p|n°|apr|J.-C|env");
        d.subjectAfterVerb = true;
        d.personBeforeOrganisation = true;
        d.pronounToLatestPerson = true;
        d.namesStopAtSentenceEnds = true;
        d.titles = words("président|présidente|ministre|maire|préfet|préfète|directeur|directrice|docteur"
                + "|professeur|professeure|secrétaire|générale|général|porte-parole|avocat|avocate|procureur"
                + "|procureure|juge|député|députée|sénateur|sénatrice|conseiller|conseillère|capitaine"
                + "|entraîneur|entraîneuse|réalisatrice|réalisateur|délégué|déléguée|ingénieur|ingénieure"
                + "|économiste|chef|cheffe|patron|patronne|commissaire|ambassadeur|ambassadrice|m.|mme|me|mgr|dr"
                + "|pr|mlle|maître|colonel|commandant|lieutenant|adjoint|adjointe|chercheur|chercheuse|expert"
                + "|experte|analyste|pdg|dg|roi|reine|pape|cardinal|évêque|premier|première|sélectionneur"
                + "|attaquant|gardien|milieu|défenseur|écrivain|écrivaine|auteur|autrice|chanteur|chanteuse"
                + "|syndicaliste|élu|élue|vice-président|vice-présidente|coordinateur|coordinatrice|responsable");
        d.lowerCaseTitles = true;
        d.determiners = words("le|la|les|l’|l'|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos"
                + "|plusieurs|deux|trois|certains|certaines");
        d.sentenceOpeners = words("selon|ainsi|alors|mais|et|puis|hier|aujourd’hui|lundi|mardi|mercredi|jeudi"
                + "|vendredi|samedi|dimanche|pour|dans|en|à|au|après|avant|depuis|enfin|ensuite");
        d.nameParticles = words("de|du|des|d’|d'|la|le|van|von|der|da|di|del|el|al|ben|bin|ibn");
        return new QuoteLanguage(d);
    }

    // ---------------------------------------------------------------- Spanish

    private static QuoteLanguage spanish() {
        Definition d = new Definition("es");
        String verbs = "dijo|dijeron|afirmó|afirmaron|añadió|añadieron|aseguró|aseguraron|explicó|explicaron|señaló"
                + "|señalaron|declaró|declararon|indicó|indicaron|subrayó|destacó|destacaron|advirtió|advirtieron"
                + "|apuntó|agregó|agregaron|sostuvo|manifestó|reconoció|reconocieron|recordó|insistió|comentó"
                + "|precisó|respondió|replicó|contó|relató|confesó|lamentó|lamentaron|denunció|denunciaron|criticó"
                + "|criticaron|opinó|consideró|concluyó|admitió|reiteró|enfatizó|expresó|resaltó|informó|anunció"
                + "|confirmó|matizó|zanjó|preguntó|ironizó|defendió|aclaró|puntualizó|detalló|remarcó|sentenció"
                + "|exclamó|bromeó|prometió|reprochó|espetó|protestó|argumentó|razonó|valoró|celebró|admitió"
                + "|dice|dicen|afirma|afirman|asegura|aseguran|explica|explican|señala|señalan|indica|añade"
                + "|sostiene|reconoce|recuerda|insiste|cuenta|relata|advierte|apunta|agrega|destaca|subraya|opina"
                + "|considera|lamenta|denuncia|critica|comenta|precisa|responde|replica|confiesa|admite|concluye"
                + "|aclara|detalla|resume|valora|explicaba|decía|contaba|recordaba|aseguraba|reconocía";
        // Verbs before a quotation or a quoted phrase in the same sentence.
        String clause = verbs + "|calificó|calificaron|califica|acusó|acusaron|acusa|pidió|pidieron|pide|exigió"
                + "|exige|tildó|tilda|definió|define|describió|describe|catalogó|agradeció|cree|creen|espera|teme"
                + "|prometió|promete|insistió|advirtió|reclamó|reclama|defendió|defiende|elogió|elogia|celebró"
                + "|celebra";
        String adverbial = "(?:\\s+(?:también|además|luego|después|ayer|hoy|entonces|finalmente|asimismo))?";
        String toWhom = "(?:\\s+(?:a|al|ante)\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+)?\\p{L}+)?";
        String start = "^\\s*[—–]?\\s*,?\\s*";

        d.marks = europeanMarks();
        d.nests = true;
        d.dialogueDash = true;
        d.afterQuote = List.of(
                // «…», añadió. / «…», dijo a los periodistas.: the speaker left out
                ReportingShape.of(
                        start + "(?:" + verbs + ")" + adverbial
                                + "(?:\\s+(?:a|al|ante|en|con|desde|durante|tras)\\s+[^.;:!?—\\n,]{1,60}?)?(?=\\s*(?:[.;:!?—\\n]|$))"),
                // «…», dijo (a la prensa) la portavoz, Marta Vidal.
                ReportingShape.of(start + "(?:" + verbs + ")" + adverbial + toWhom + "\\s+" + SPEAKER_AFTER_VERB),
                ReportingShape.of(start + "(?:según|de acuerdo con)\\s+" + SPEAKER_AFTER_VERB));
        d.beforeQuote = List.of(
                ReportingShape.of("(?i:según|de acuerdo con)\\s+(?<speaker>[^«»“”\"\\n:;]{1,80}?),\\s*$"),
                // Sánchez dijo (a la prensa): «
                ReportingShape.of("\\b(?<verb>" + clause + ")\\b(?:\\s+[^:«»“”\"\\n]{1,60}?)?\\s*:\\s*$"),
                // Giner aseguró que «…»
                ReportingShape.of("\\b(?<verb>" + clause + ")\\s+que\\s*$"));
        d.colonIntroducesQuote = true;
        d.sentenceEnd = ReportingShape.of(
                ",\\s*(?:" + verbs + ")" + toWhom + "\\s+(?<speaker>[^,.;:!?«»“”\"\\n]{1,80}?)\\s*[.!?]$");
        d.reportingVerb = ReportingShape.of("\\b(?<verb>" + clause + ")\\b");
        d.accordingTo = List.of(
                ReportingShape.of("\\b(?i:según|de acuerdo con)\\s+(?<speaker>[^,.;:!?«»“”\"\\n]{1,60}?)(?=\\s*,)"));
        // «No vamos, dijo Sánchez, a subir los impuestos» / «…, afirmó, …»
        d.incise = Pattern.compile(",\\s*(?<attribution>(?:" + verbs + ")(?:\\s+[^,«»“”\\n]{1,60}?)?)\\s*,\\s*");
        d.scareQuoteLead = Pattern.compile("(?i:llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como|apodad[oa]s?"
                + "|bautizad[oa]s?|titulad[oa]s?|la palabra|el término|la expresión|el lema)\\s*$");
        d.titleLead = Pattern.compile("(?i:la novela|el libro|la película|el filme|la serie|el diario|el periódico"
                + "|la canción|el disco|el programa|la obra|el documental|la operación|el álbum|la revista"
                + "|el espectáculo|el movimiento|la exposición)\\s*$");
        d.pronouns = Set.of("él", "ella", "ellos", "ellas");
        d.notASubjectStart = words("y|pero|o|pues|porque|si|cuando|que|quien|a|al|en|con|sin|sobre|para|por|desde"
                + "|durante|tras|ante|según|es|era|son|fue|no|ya|también|además|luego|después|ayer"
                + "|hoy|aquí|allí|así|entonces");
        d.clauseOpener = Pattern.compile("^(?i:(?:y|pero|mientras|además|asimismo|sin embargo|no obstante|luego"
                + "|después|también|entonces)\\s+)+");
        d.subjectModifier = Pattern.compile("\\s+(?:en|a|al|ante|con|desde|durante|tras|ayer|hoy|que|quien|quienes"
                + "|cuyo|cuya|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|el (?:lunes|martes"
                + "|miércoles|jueves|viernes|sábado|domingo))\\b.*$");
        d.trailingAuxiliaries = Pattern.compile("(?:\\s+(?:también|además|ya|incluso|luego|le|les|lo|se|no))+$");
        d.clauseBoundaries = ",;:—\"“”«»";
        d.abbreviations = words("Sr|Sra|Srta|Dr|Dra|Ud|Uds|EE|UU|etc|pág|núm|Av|Gral|Lic|Ing|D|Dña");
        d.subjectAfterVerb = true;
        d.personBeforeOrganisation = true;
        d.pronounToLatestPerson = true;
        d.namesStopAtSentenceEnds = true;
        d.titles = words("presidente|presidenta|ministro|ministra|alcalde|alcaldesa|portavoz|secretario|secretaria"
                + "|general|director|directora|fiscal|juez|jueza|abogado|abogada|consejero|consejera|exconsejero"
                + "|exconsejera|delegado|delegada|entrenador|entrenadora|técnico|técnica|delantero|delantera"
                + "|capitán|capitana|doctor|doctora|dr.|dra.|sr.|sra.|don|doña|economista|diputado|diputada"
                + "|senador|senadora|rey|reina|gobernador|gobernadora|jefe|jefa|coordinador|coordinadora|líder"
                + "|vicepresidente|vicepresidenta|expresidente|expresidenta|exministro|exministra|comisario"
                + "|comisaria|embajador|embajadora|concejal|concejala|teniente|coronel|obispo|papa|profesor"
                + "|profesora|investigador|investigadora|analista|autor|autora|escritor|escritora|cantante"
                + "|responsable|gerente|consejero delegado|titular|vocero|vocera|dirigente|sindicalista|periodista");
        d.lowerCaseTitles = true;
        d.determiners = words("el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|varios|varias"
                + "|dos|tres|algunos|algunas|muchos");
        d.sentenceOpeners = words("según|así|entonces|pero|y|luego|después|ayer|hoy|en|a|al|tras|durante|para"
                + "|por|con|desde|además|también");
        d.nameParticles = words("de|del|la|las|los|y|van|von|da|di|el|al|ben|bin|ibn");
        return new QuoteLanguage(d);
    }

    // ---------------------------------------------------------------- Chinese

    private static QuoteLanguage chinese() {
        Definition d = new Definition("zh");
        // Longer verbs first: the alternation takes the first that matches. Simplified and traditional.
        String verbs = "告诉记者|告訴記者|对记者说|對記者說|对媒体说|對媒體說|补充说|補充說|进一步表示|進一步表示"
                + "|表示|指出|强调|強調|认为|認為|介绍|介紹|透露|回答|回应|回應|坦言|直言|说道|說道|写道|寫道"
                + "|宣布|宣佈|解释|解釋|提到|提醒|警告|呼吁|呼籲|证实|證實|重申|声称|聲稱|表明|谈到|談到|告诉|告訴"
                + "|补充|補充|问道|問道|答道|感叹|感嘆|笑称|笑稱|承认|承認|报道|報導|报导|称|稱|说|說|问|問";
        // Verbs before a quoted phrase in the same sentence: 他称这一做法“不可接受”.
        String clause = "称赞|稱讚|批评|批評|形容|评价|評價|斥责|斥責|谴责|譴責|赞扬|讚揚|呼吁|呼籲|称之为|稱之為" + "|" + verbs;
        String notPunctuation = "[^，。：；！？、,.:;!?“”「」『』\\n]";

        d.marks = Map.of('“', "”", '「', "」", '『', "』", '"', "\"");
        d.nests = true;
        d.unspaced = true;
        d.quoteSentenceEnds = ".。！？!?";
        d.afterQuote = List.of(
                // “……，”陈晓东说，“……” / “……”孙红梅表示。
                ReportingShape.of(
                        "^[，,]?(?<speaker>" + notPunctuation + "{1,25}?)(?:" + verbs + ")(?=[，。：；！？,.:;!?]|$)"));
        // “……。”公司董事长王志强在发布会上说。
        d.afterQuoteSentence = ReportingShape.of("^(?<speaker>" + notPunctuation + "{1,25}?)(?:" + verbs + ")[。！？.!?]");
        d.beforeQuote = List.of(
                // 据水利部副部长刘芳介绍，“
                ReportingShape.of("据(?<speaker>" + notPunctuation + "{1,30}?)(?:介绍|介紹|说|說|透露|表示|报道|報導|称|稱|指出"
                        + "|统计|統計|了解|显示|顯示)?[，,]\\s*$"),
                // 外交部发言人李明华表示：“ / 林志偉在記者會上說：「
                ReportingShape.of("(?<verb>" + verbs + ")[：:，,]?\\s*$"));
        d.sentenceEnd =
                ReportingShape.of("[，,](?<speaker>" + notPunctuation + "{1,20}?)(?:报道|報導|说|說|表示|称|稱|透露|指出)[。！？]$");
        d.reportingVerb = ReportingShape.of("(?<verb>" + clause + ")");
        d.accordingTo = List.of(
                ReportingShape.of("据(?<speaker>" + notPunctuation + "{1,30}?)(?:介绍|介紹|说|說|透露|表示|报道|報導|称|稱)[，,]"));
        d.scareQuoteLead =
                Pattern.compile("(?:所谓的?|所謂的?|被称为|被稱為|称为|稱為|名为|名為|叫做|号称|號稱|俗称|俗稱" + "|简称|簡稱|代号|代號|题为|題為|口号|口號)$");
        d.pronouns = Set.of("他", "她", "他们", "她们", "他們", "她們", "我", "我们", "我們");
        d.notASubjectStart = Set.of("在", "据", "據", "如果", "因为", "因為", "但", "而", "并", "並", "对", "對", "当", "當");
        d.clauseOpener = Pattern.compile("^(?:对此|對此|不过|不過|但是|但|此外|另外|同时|同時|其中|而|并|並|随后|隨後)[，,]?");
        d.subjectModifier = Pattern.compile("(?:在|于|於|对|對|向|周[一二三四五六日末]|週[一二三四五六日末]|星期|今天|昨天"
                + "|当天|當天|日前|近日|上午|下午|晚上|今年|去年|此前|接受|透过|透過|通过|通過|出席|参加|參加|会见|會見"
                + "|当日|當日|本周|本週|上周|上週).*$");
        d.trailingAuxiliaries = Pattern.compile("(?:还|還|也|又|则|則|曾|更|就|再次|同时|同時|随后|隨後|已经|已經|亦|都)+$");
        d.clauseBoundaries = ",;:—\"“”，；：。「」『』！？";
        d.personBeforeOrganisation = true;
        d.pronounToLatestPerson = true;
        d.namesStopAtSentenceEnds = true;
        d.titles = Set.of(
                "发言人", "發言人", "部长", "部長", "副部长", "副部長", "主席", "副主席", "总统", "總統", "总理", "總理", "市长", "市長", "省长", "省長",
                "董事长", "董事長", "总经理", "總經理", "副总经理", "副總經理", "总裁", "總裁", "经理", "經理", "教授", "主任", "局长", "局長", "司长", "司長",
                "院长", "院長", "校长", "校長", "议员", "議員", "分析师", "分析師", "专家", "專家", "记者", "記者", "大使", "书记", "書記", "委员", "委員",
                "团长", "團長", "队长", "隊長", "教练", "教練", "首席执行官", "首席執行官", "创始人", "創始人", "负责人", "負責人", "官员", "官員", "会长",
                "會長", "理事长", "理事長", "秘书长", "秘書長", "总干事", "總幹事", "研究员", "研究員", "法官", "律师", "律師", "医生", "醫生", "大户", "大戶",
                "家长", "家長", "钢琴家", "鋼琴家", "旅客", "乘客", "市民", "居民", "村民", "学者", "學者", "经济学家", "經濟學家", "主管", "总监", "總監",
                "厂长", "廠長", "行长", "行長", "署长", "署長", "处长", "處長", "首相", "国王", "國王", "女士", "先生", "博士", "作家", "导演", "導演",
                "演员", "演員", "运动员", "運動員");
        return new QuoteLanguage(d);
    }
}
