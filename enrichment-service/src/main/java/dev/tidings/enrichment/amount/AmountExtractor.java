package dev.tidings.enrichment.amount;

import dev.tidings.events.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts a story states, GDELT-style: a value, what it counts or measures, and the exact
 * words.
 *
 * <p>Choices, so that the values are comparable across stories:
 *
 * <ul>
 *   <li>Word numbers are normalised: "five" is 5, "a dozen" 12, "two hundred thousand" 200,000.
 *   <li>"Several" and "a few" are 3, the smallest count they are used for ("more than two"), so
 *       "several hundred" is 300. A range keeps its lower end: "several hundred to a thousand
 *       dollars" is 300 USD, with the whole phrase as its text.
 *   <li>Vague plurals ("thousands of", "dozens of") and fractions ("half") are not amounts: they
 *       have no value one could compare.
 *   <li>Not amounts either: years ("in 2024"), days of dates ("March 13", "May 5 and 10"), clock
 *       times ("10am", "10:30"), ordinals ("3rd"), decades ("1990s"), numbers in names ("COVID-19",
 *       "Balikatan 25", "Boeing 737"), and a bare "one" ("one of the"), unless a unit follows.
 *   <li>{@code unit}: {@code percent}, a currency code ({@code USD} for "$" and "dollars"), a time
 *       unit in the singular ({@code year}), or a measure ({@code km}); null for a plain count.
 *   <li>{@code object}: what a plain count counts, the up to three words after it ("40,000
 *       Taiwanese", "400 business events"); for a percentage, the noun after "of" when short ("30
 *       percent of voters"); null when unclear. A plain number with neither unit nor object is only
 *       kept when it is large (a thousand or more).
 *   <li>{@code text} runs from a qualifier ("nearly", "over", "more than") to the unit or object.
 * </ul>
 *
 * <p>One pass over the tokens, each looked at a bounded number of times; stateless and thread-safe.
 */
public final class AmountExtractor {

    private static final Pattern TOKEN = Pattern.compile("(?:US|NT|HK|A|C|S)\\$|[$€£¥₩%]"
            + "|\\d[\\d,]*(?:\\.\\d+)?[\\p{L}]*"
            + "|[\\p{L}][\\p{L}\\p{M}'’]*(?:[.-][\\p{L}][\\p{L}\\p{M}'’]*)*\\.?"
            + "|[^\\s]");

    private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([\\p{L}]*)");

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, Double> SCALES = Map.of(
            "hundred",
            1e2,
            "thousand",
            1e3,
            "million",
            1e6,
            "billion",
            1e9,
            "trillion",
            1e12,
            "bn",
            1e9,
            "mn",
            1e6,
            "dozen",
            12.0);

    /** Suffixes written onto digits: "5bn", "3m", "10k". */
    private static final Map<String, Double> DIGIT_SCALES = Map.of("bn", 1e9, "b", 1e9, "m", 1e6, "mn", 1e6, "k", 1e3);

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "USD", "US$", "USD", "NT$", "TWD", "HK$", "HKD", "A$", "AUD", "C$", "CAD", "S$", "SGD", "€", "EUR",
            "£", "GBP", "¥", "JPY");

    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"),
            Map.entry("yen", "JPY"),
            Map.entry("won", "KRW"),
            Map.entry("rupees", "INR"),
            Map.entry("rupee", "INR"),
            Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"),
            Map.entry("pesos", "MXN"),
            Map.entry("baht", "THB"),
            Map.entry("ringgit", "MYR"),
            Map.entry("rupiah", "IDR"),
            Map.entry("dong", "VND"),
            Map.entry("pounds", "GBP"));

    /** The country word before "dollars" that changes the currency: "Taiwan dollars", "NT dollars". */
    private static final Map<String, String> DOLLAR_COUNTRIES = Map.of(
            "taiwan",
            "TWD",
            "nt",
            "TWD",
            "taiwanese",
            "TWD",
            "hong",
            "HKD",
            "australian",
            "AUD",
            "canadian",
            "CAD",
            "singapore",
            "SGD",
            "us",
            "USD",
            "american",
            "USD");

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("percent", "percent"),
            Map.entry("%", "percent"),
            Map.entry("pct", "percent"),
            Map.entry("year", "year"),
            Map.entry("years", "year"),
            Map.entry("month", "month"),
            Map.entry("months", "month"),
            Map.entry("week", "week"),
            Map.entry("weeks", "week"),
            Map.entry("day", "day"),
            Map.entry("days", "day"),
            Map.entry("hour", "hour"),
            Map.entry("hours", "hour"),
            Map.entry("minute", "minute"),
            Map.entry("minutes", "minute"),
            Map.entry("second", "second"),
            Map.entry("seconds", "second"),
            Map.entry("decade", "decade"),
            Map.entry("decades", "decade"),
            Map.entry("century", "century"),
            Map.entry("centuries", "century"),
            Map.entry("km", "km"),
            Map.entry("kilometres", "km"),
            Map.entry("kilometers", "km"),
            Map.entry("kilometre", "km"),
            Map.entry("kilometer", "km"),
            Map.entry("mile", "mile"),
            Map.entry("miles", "mile"),
            Map.entry("metres", "m"),
            Map.entry("meters", "m"),
            Map.entry("metre", "m"),
            Map.entry("meter", "m"),
            Map.entry("feet", "ft"),
            Map.entry("foot", "ft"),
            Map.entry("tonnes", "tonne"),
            Map.entry("tonne", "tonne"),
            Map.entry("tons", "tonne"),
            Map.entry("ton", "tonne"),
            Map.entry("kg", "kg"),
            Map.entry("kilograms", "kg"),
            Map.entry("kilogrammes", "kg"),
            Map.entry("barrels", "barrel"),
            Map.entry("barrel", "barrel"),
            Map.entry("hectares", "hectare"),
            Map.entry("acres", "acre"),
            Map.entry("megawatts", "MW"),
            Map.entry("MW", "MW"),
            Map.entry("gigawatts", "GW"),
            Map.entry("GW", "GW"));

    /** One-word qualifiers kept in an amount's text: "nearly 40,000", "over 400". */
    private static final Set<String> QUALIFIERS = Set.of(
            "nearly",
            "almost",
            "about",
            "around",
            "over",
            "some",
            "roughly",
            "approximately",
            "under",
            "only",
            "just",
            "estimated");

    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "jan.",
            "feb.",
            "aug.",
            "sept.",
            "oct.",
            "nov.",
            "dec.");

    private static final Set<String> CLOCK_WORDS =
            Set.of("am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "o’clock", "hrs");

    /** Words that end an object: function words, auxiliaries, time words. */
    private static final Set<String> OBJECT_STOPS =
            words("a an the and or but of to in on at by for from with into than as per each every last this next "
                    + " that which who whom whose are were is was be been have has had will would could can may might "
                    + " should must do did does not also still ago more less fewer so if when while since before after "
                    + " during over under about it its their they them he she we you his her our there here yesterday "
                    + " today tomorrow year years earlier later now then against between among across through such "
                    + " other others own already just only");

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "all");

    private static final Set<String> VAGUE = Set.of("several", "few");
    private static final int MAX_OBJECT_WORDS = 3;

    private static Set<String> words(String spaceSeparated) {
        return Set.of(spaceSeparated.strip().split("\\s+"));
    }

    private record Token(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    /** A number as written from token {@code first} to token {@code last}, both inclusive. */
    private record Quantity(double value, int first, int last, boolean scaled, boolean wordOne) {}

    /** The amounts in the text, in text order. */
    public List<Amount> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokenize(text);
        List<Amount> amounts = new ArrayList<>();
        int lastDateToken = -10;
        int i = 0;
        while (i < tokens.size()) {
            Quantity quantity = quantityAt(tokens, i, text);
            if (quantity == null) {
                i++;
                continue;
            }
            if (isDatePart(tokens, quantity, lastDateToken)) {
                lastDateToken = quantity.last();
                i = quantity.last() + 1;
                continue;
            }
            Amount amount = amountFrom(text, tokens, quantity);
            if (amount != null) {
                amounts.add(amount);
                i = indexAfter(tokens, quantity.last() + 1, amount.end());
            } else {
                i = quantity.last() + 1;
            }
        }
        return amounts;
    }

    private Amount amountFrom(String text, List<Token> tokens, Quantity quantity) {
        int first = quantity.first();
        String currency = null;
        if (first > 0
                && CURRENCY_SYMBOLS.containsKey(tokens.get(first - 1).text())
                && tokens.get(first - 1).end() == tokens.get(first).start()) {
            first--;
            currency = CURRENCY_SYMBOLS.get(tokens.get(first).text());
        }
        if (currency == null && !isStandalone(text, tokens, quantity)) {
            return null;
        }
        double value = quantity.value();
        int last = quantity.last();
        boolean range = false;
        // A range: "5 to 10 million", "several hundred to a thousand", "between 3 and 4".
        boolean between = first > 0 && tokens.get(first - 1).lower().equals("between");
        if (last + 2 < tokens.size()) {
            String joiner = tokens.get(last + 1).lower();
            boolean joins = joiner.equals("to")
                    || joiner.equals("-")
                    || joiner.equals("–")
                    || (between && joiner.equals("and"));
            int upperStart = last + 2;
            if (joins && CURRENCY_SYMBOLS.containsKey(tokens.get(upperStart).text())) {
                upperStart++;
            }
            Quantity upper = joins && upperStart < tokens.size() ? quantityAt(tokens, upperStart, text) : null;
            if (upper != null) {
                if (!quantity.scaled() && upper.scaled() && upper.value() > value) {
                    // "5 to 10 million": the lower end borrows the upper end's scale.
                    value = value * scaleOf(upper.value());
                }
                last = upper.last();
                range = true;
            }
        }
        int qualifierStart = qualifierStart(tokens, first, range);
        String unit = currency;
        String object = null;
        int end = tokens.get(last).end();
        if (unit == null) {
            int next = last + 1;
            if (next < tokens.size() && tokens.get(next).text().equals("-") && next + 1 < tokens.size()) {
                next++; // "30-year": the unit is joined by a hyphen
            }
            UnitMatch unitMatch = next < tokens.size() ? unitAt(tokens, next) : null;
            if (unitMatch != null) {
                unit = unitMatch.unit();
                end = tokens.get(unitMatch.last()).end();
                last = unitMatch.last();
                if (unit.equals("percent")) {
                    object = ofObject(tokens, last + 1);
                }
            }
        }
        if (unit == null && quantity.wordOne()) {
            return null; // "one of the", "no one": a bare "one" is rarely a count
        }
        if (unit == null && currency == null) {
            ObjectMatch objectMatch = countObject(tokens, last + 1);
            if (objectMatch != null) {
                object = objectMatch.words();
                end = objectMatch.end();
            } else if (value < 1000) {
                return null;
            }
        }
        if (isYear(tokens.get(quantity.first()).text(), quantity, currency, unit)) {
            return null;
        }
        int start = tokens.get(qualifierStart).start();
        return new Amount(value, text.substring(start, end), object, unit, start, end);
    }

    private static double scaleOf(double value) {
        double scale = 1;
        while (scale * 1000 <= value) {
            scale *= 1000;
        }
        return scale;
    }

    /** A bare four-digit number between 1800 and 2100 with no unit or currency is a year. */
    private static boolean isYear(String token, Quantity quantity, String currency, String unit) {
        return currency == null && unit == null && !quantity.scaled() && token.matches("1[89]\\d\\d|20\\d\\d|2100");
    }

    /**
     * The number stands for itself: not glued to letters ("COVID-19", "G7"), not part of a clock
     * time, and not a number in a name ("Balikatan 25", "Boeing 737").
     */
    private static boolean isStandalone(String text, List<Token> tokens, Quantity quantity) {
        Token first = tokens.get(quantity.first());
        int before = first.start() - 1;
        if (before >= 0) {
            char c = text.charAt(before);
            if (Character.isLetterOrDigit(c) || c == ':' || c == '#' || c == '/') {
                return false;
            }
            if (c == '-' && before > 0 && Character.isLetterOrDigit(text.charAt(before - 1))) {
                return false;
            }
        }
        Token last = tokens.get(quantity.last());
        if (last.end() < text.length() && text.charAt(last.end()) == ':') {
            return false; // 10:30
        }
        if (first.isNumber() && quantity.first() > 0) {
            Token previous = tokens.get(quantity.first() - 1);
            boolean capitalised = Character.isUpperCase(previous.text().charAt(0));
            boolean qualifier =
                    QUALIFIERS.contains(previous.lower()) || previous.lower().equals("between");
            if (capitalised
                    && !qualifier
                    && !startsSentence(text, previous.start())
                    && !previous.text().equals("US")) {
                return false;
            }
            if (previous.lower().equals("no.") || previous.lower().equals("number")) {
                return false;
            }
        }
        if (quantity.first() > 0 && tokens.get(quantity.first() - 1).lower().equals("half")) {
            return false; // "half a million": fractions are not kept
        }
        int next = quantity.last() + 1;
        return next >= tokens.size() || !CLOCK_WORDS.contains(tokens.get(next).lower());
    }

    private static boolean startsSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || ".!?\n\"“”:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The day of a date: next to a month name ("March 13", "13 March"), or joined to such a day by
     * "and", "to", "-" or a comma ("May 5 and 10").
     */
    private static boolean isDatePart(List<Token> tokens, Quantity quantity, int lastDateToken) {
        int first = quantity.first();
        int last = quantity.last();
        if (!tokens.get(first).isNumber()) {
            return false;
        }
        boolean afterMonth = first > 0
                && MONTHS.contains(tokens.get(first - 1).lower())
                && Character.isUpperCase(tokens.get(first - 1).text().charAt(0));
        boolean beforeMonth = last + 1 < tokens.size()
                && MONTHS.contains(tokens.get(last + 1).lower())
                && Character.isUpperCase(tokens.get(last + 1).text().charAt(0));
        boolean continuesDate = first >= 2
                && lastDateToken == first - 2
                && Set.of("and", "to", "-", "–", ",")
                        .contains(tokens.get(first - 1).lower());
        return afterMonth || beforeMonth || continuesDate;
    }

    /** Where the amount's text starts: at a qualifier before the number, if there is one. */
    private static int qualifierStart(List<Token> tokens, int first, boolean range) {
        String p1 = first >= 1 ? tokens.get(first - 1).lower() : "";
        String p2 = first >= 2 ? tokens.get(first - 2).lower() : "";
        String p3 = first >= 3 ? tokens.get(first - 3).lower() : "";
        if (p1.equals("between")) {
            return range ? first - 1 : first;
        }
        if (p1.equals("as") && p2.equals("many") && p3.equals("as")) {
            return first - 3;
        }
        boolean pair = (p1.equals("than") && Set.of("more", "less", "fewer").contains(p2))
                || (p1.equals("least") && p2.equals("at"))
                || (p1.equals("to") && p2.equals("up"));
        if (pair) {
            return first - 2;
        }
        return QUALIFIERS.contains(p1) ? first - 1 : first;
    }

    /** A number at token {@code i}, in digits or words; null if there is none. */
    private Quantity quantityAt(List<Token> tokens, int i, String text) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            return digitQuantity(tokens, i);
        }
        return wordQuantity(tokens, i);
    }

    private Quantity digitQuantity(List<Token> tokens, int i) {
        Matcher digits = DIGITS.matcher(tokens.get(i).text());
        if (!digits.matches()) {
            return null;
        }
        String suffix = digits.group(3).toLowerCase(Locale.ROOT);
        double value =
                Double.parseDouble(digits.group(1).replace(",", "") + (digits.group(2) == null ? "" : digits.group(2)));
        boolean scaled = false;
        if (!suffix.isEmpty()) {
            Double scale = DIGIT_SCALES.get(suffix);
            if (scale == null) {
                return null; // "3rd", "1990s", "10am", "5km" are not plain numbers (units glued on are rare in news)
            }
            value *= scale;
            scaled = true;
        }
        int last = i;
        while (last + 1 < tokens.size()
                && SCALES.containsKey(tokens.get(last + 1).lower())) {
            value *= SCALES.get(tokens.get(last + 1).lower());
            scaled = true;
            last++;
        }
        return new Quantity(value, i, last, scaled, false);
    }

    /**
     * Word numbers: "five", "twenty-five", "two hundred thousand", "a thousand", "a dozen",
     * "several hundred"; "several" alone only before a unit ("several months").
     */
    private Quantity wordQuantity(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        boolean article = word.equals("a") || word.equals("an");
        boolean vague = VAGUE.contains(word)
                || (article
                        && i + 1 < tokens.size()
                        && tokens.get(i + 1).lower().equals("few"));
        int j = i;
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean scaled = false;
        if (vague) {
            current = 3;
            j = word.equals("several") ? i + 1 : i + 2;
            if (j >= tokens.size()) {
                return null;
            }
            if (!SCALES.containsKey(tokens.get(j).lower())) {
                return unitAt(tokens, j) != null ? new Quantity(3, i, j - 1, false, false) : null;
            }
            any = true;
        } else if (article) {
            if (i + 1 >= tokens.size() || !SCALES.containsKey(tokens.get(i + 1).lower())) {
                return null;
            }
            current = 1;
            j = i + 1;
            any = true;
        }
        int last = j - 1;
        while (j < tokens.size()) {
            String w = tokens.get(j).lower();
            Integer small = smallNumber(w);
            if (small != null) {
                current += small;
                any = true;
            } else if (SCALES.containsKey(w) && any) {
                double scale = SCALES.get(w);
                if (scale == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (scale == 12) {
                    current = (current == 0 ? 1 : current) * 12;
                } else {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                scaled = true;
            } else if (w.equals("and")
                    && any
                    && j + 1 < tokens.size()
                    && smallNumber(tokens.get(j + 1).lower()) != null
                    && last > i
                    && SCALES.containsKey(tokens.get(last).lower())) {
                // "one hundred and twenty"
            } else {
                break;
            }
            last = j;
            j++;
        }
        if (!any) {
            return null;
        }
        boolean wordOne = last == i && word.equals("one");
        return new Quantity(total + current, i, last, scaled, wordOne);
    }

    /** 1..90 for "one".."ninety", and hyphenated compounds such as "twenty-five"; else null. */
    private static Integer smallNumber(String word) {
        Integer value = SMALL_NUMBERS.get(word);
        if (value != null) {
            return value;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = SMALL_NUMBERS.get(word.substring(0, hyphen));
            Integer ones = SMALL_NUMBERS.get(word.substring(hyphen + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return tens + ones;
            }
        }
        return null;
    }

    private record UnitMatch(String unit, int last) {}

    /** A unit at token {@code i}: "percent", "per cent", "%", "dollars", "Taiwan dollars", "years". */
    private static UnitMatch unitAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.lower();
        if (word.equals("per")
                && i + 1 < tokens.size()
                && tokens.get(i + 1).lower().equals("cent")) {
            return new UnitMatch("percent", i + 1);
        }
        if (word.equals("percentage")
                && i + 1 < tokens.size()
                && tokens.get(i + 1).lower().startsWith("point")) {
            return new UnitMatch("percentage point", i + 1);
        }
        String country = DOLLAR_COUNTRIES.get(word);
        if (country != null
                && i + 1 < tokens.size()
                && tokens.get(i + 1).lower().startsWith("dollar")) {
            return new UnitMatch(country, i + 1);
        }
        if (word.equals("hong")
                && i + 2 < tokens.size()
                && tokens.get(i + 1).lower().equals("kong")
                && tokens.get(i + 2).lower().startsWith("dollar")) {
            return new UnitMatch("HKD", i + 2);
        }
        String currency = CURRENCY_WORDS.get(word);
        if (currency != null) {
            return new UnitMatch(currency, i);
        }
        String unit = UNITS.containsKey(token.text()) ? UNITS.get(token.text()) : UNITS.get(word);
        if (unit != null) {
            return new UnitMatch(unit, i);
        }
        // "five-year", "30-day": a hyphenated unit with a trailing part ("year-old", "year-long").
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && UNITS.containsKey(word.substring(0, hyphen))) {
            return new UnitMatch(UNITS.get(word.substring(0, hyphen)), i);
        }
        return null;
    }

    private record ObjectMatch(String words, int end) {}

    /** What a plain count counts: "of" and a noun phrase, or up to three words right after it. */
    private static ObjectMatch countObject(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).lower().equals("of")) {
            return nounPhrase(tokens, i + 1, true);
        }
        return nounPhrase(tokens, i, false);
    }

    private static String ofObject(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).lower().equals("of")) {
            ObjectMatch match = nounPhrase(tokens, i + 1, true);
            return match == null ? null : match.words();
        }
        return null;
    }

    private static ObjectMatch nounPhrase(List<Token> tokens, int i, boolean afterOf) {
        int j = i;
        if (afterOf) {
            while (j < tokens.size() && DETERMINERS.contains(tokens.get(j).lower())) {
                j++;
            }
        }
        List<String> words = new ArrayList<>();
        int end = -1;
        while (j < tokens.size() && words.size() < MAX_OBJECT_WORDS) {
            Token token = tokens.get(j);
            String word = token.lower();
            boolean isWord =
                    Character.isLetter(token.text().charAt(0)) && !token.text().endsWith(".");
            if (!isWord
                    || OBJECT_STOPS.contains(word)
                    || word.endsWith("ly")
                    || smallNumber(word) != null
                    || SCALES.containsKey(word)) {
                break;
            }
            words.add(token.text());
            end = token.end();
            j++;
            if (looksPlural(word)) {
                break; // a plural noun is the head of what is counted: "12 million people live" counts people
            }
        }
        // A verb right after the count ("400 soldiers died") is not part of what is counted.
        while (words.size() > 1
                && words.get(words.size() - 1).toLowerCase(Locale.ROOT).endsWith("ed")) {
            String removed = words.remove(words.size() - 1);
            end -= removed.length() + 1;
        }
        if (words.isEmpty()
                || (words.size() == 1 && words.get(0).toLowerCase(Locale.ROOT).endsWith("ed"))) {
            return null;
        }
        return new ObjectMatch(String.join(" ", words), end);
    }

    private static boolean looksPlural(String word) {
        return word.endsWith("people")
                || word.endsWith("men")
                || word.equals("children")
                || word.equals("police")
                || (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"));
    }

    private static int indexAfter(List<Token> tokens, int from, int offset) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            // A sentence's full stop is not part of its last word, except in "a.m." and "No.".
            if (token.length() > 1
                    && token.endsWith(".")
                    && Character.isLetter(token.charAt(0))
                    && !CLOCK_WORDS.contains(token.toLowerCase(Locale.ROOT))
                    && !token.equalsIgnoreCase("no.")
                    && !MONTHS.contains(token.toLowerCase(Locale.ROOT))
                    && token.indexOf('.') == token.length() - 1) {
                tokens.add(new Token(token.substring(0, token.length() - 1), matcher.start(), matcher.end() - 1));
                tokens.add(new Token(".", matcher.end() - 1, matcher.end()));
            } else {
                tokens.add(new Token(token, matcher.start(), matcher.end()));
            }
        }
        return tokens;
    }
}
