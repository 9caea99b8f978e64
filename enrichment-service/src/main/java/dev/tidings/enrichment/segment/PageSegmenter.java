package dev.tidings.enrichment.segment;

import dev.tidings.events.RelatedLink;
import dev.tidings.events.Segments;
import dev.tidings.events.Teaser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a scraped news page into its main story, the related-story links after it and the teasers
 * of other stories that follow.
 *
 * <p>Scraped pages end with whatever else the site showed: an "Also see story:" line with a
 * headline, then teasers that glue a headline to the first lines of another story and stop
 * mid-sentence. Tagging the whole page as one text links the main story's people to strangers in
 * the teasers, so only the main story becomes the article's body.
 *
 * <p>Without a related-story marker the segmenter is conservative: a normal article must never lose
 * its end, so a trailing run is only taken as teasers when it clearly looks like them (see {@link
 * #trailingTeaserRunStart}).
 *
 * <p>Stateless and thread-safe. Works line by line, with each line looked at a constant number of
 * times, so it is linear in the page length.
 */
public final class PageSegmenter {

    /** "Also see story:", "See also:", "Related:", "Read more:", … with an optional headline after. */
    private static final Pattern RELATED_MARKER = Pattern.compile(
            "(?i)^(?:also see(?: story| stories)?|see also|related(?: stor(?:y|ies)| articles?| news| coverage)?"
                    + "|read more|read also|also read|more on this(?: story| topic)?|more from this section)\\s*:\\s*(.*)$");

    /**
     * An ALL-CAPS label and a colon at the start of a teaser, e.g. "SECURITY:" or "CARROT AND STICK:".
     * Up to five words of capitals, digits and a little punctuation, at least two letters in all.
     */
    private static final Pattern KICKER =
            Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{N}&'’.\\-]*(?: [\\p{Lu}\\p{N}&'’.\\-]+){0,4})\\s*:\\s+(\\S.*)$");

    /**
     * Sentence-final punctuation, possibly followed by closing quotes or brackets, also when a space
     * stands before them, as in tokenised text ("science . \"").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s*[\"'”’»)\\]])*$");

    /** An ellipsis at the end says the text was cut, even though it ends with dots. */
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:\\.\\.\\.|…)[\"'”’»)\\]]*$");

    private static final int MAX_HEADLINE_CHARS = 160;
    private static final int MAX_HEADLINE_WORDS = 22;
    private static final int MAX_RELATED_LINKS = 10;
    /** A truncated trailing line shorter than this is more likely a caption or a byline than a teaser. */
    private static final int MIN_TEASER_WORDS = 15;
    /** Below this many words the "main story" left after a cut would be too little to trust the cut. */
    private static final int MIN_MAIN_STORY_WORDS = 40;

    /** Segments a plain-text page, one paragraph per line. */
    public SegmentedPage segment(String page) {
        List<Line> lines = Line.split(page == null ? "" : page);
        int markerIndex = relatedMarkerIndex(lines);
        if (markerIndex >= 0) {
            return splitAtMarker(page, lines, markerIndex);
        }
        int teaserStart = trailingTeaserRunStart(lines);
        if (teaserStart < lines.size()) {
            List<Teaser> teasers = new ArrayList<>();
            for (int i = teaserStart; i < lines.size(); i++) {
                teasers.add(teaser(lines.get(i).text()));
            }
            return new SegmentedPage(mainStory(page, lines, teaserStart), new Segments(List.of(), teasers));
        }
        return new SegmentedPage(page == null ? "" : page.strip(), Segments.NONE);
    }

    /**
     * The last marker line that has story before it and only other stories after it, or -1.
     *
     * <p>The last one, because sites also put "Read more:" links between the paragraphs of the
     * story itself. For the same reason a marker followed by three or more ordinary paragraphs
     * (complete sentences, no kicker) is taken as such an inline link and ignored: cutting there
     * would cut a normal article in half.
     */
    private static int relatedMarkerIndex(List<Line> lines) {
        for (int i = lines.size() - 1; i > 0; i--) {
            if (RELATED_MARKER.matcher(lines.get(i).text()).matches()) {
                return followedByStoryParagraphs(lines, i) ? -1 : i;
            }
        }
        return -1;
    }

    private static boolean followedByStoryParagraphs(List<Line> lines, int markerIndex) {
        int next = markerIndex + 1;
        while (next < lines.size() && looksLikeHeadline(lines.get(next).text())) {
            next++;
        }
        int paragraphs = 0;
        for (int i = next; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (isTruncated(text) || kicker(text) != null) {
                return false;
            }
            paragraphs++;
        }
        return paragraphs >= 3;
    }

    private static SegmentedPage splitAtMarker(String page, List<Line> lines, int markerIndex) {
        List<RelatedLink> related = new ArrayList<>();
        Matcher marker = RELATED_MARKER.matcher(lines.get(markerIndex).text());
        if (marker.matches() && !marker.group(1).isBlank()) {
            related.add(new RelatedLink(marker.group(1).strip()));
        }
        int next = markerIndex + 1;
        while (next < lines.size()
                && related.size() < MAX_RELATED_LINKS
                && looksLikeHeadline(lines.get(next).text())) {
            related.add(new RelatedLink(lines.get(next).text()));
            next++;
        }
        // Everything after the related block is other stories' teasers, whatever their shape.
        List<Teaser> teasers = new ArrayList<>();
        for (int i = next; i < lines.size(); i++) {
            teasers.add(teaser(lines.get(i).text()));
        }
        return new SegmentedPage(mainStory(page, lines, markerIndex), new Segments(related, teasers));
    }

    /**
     * Index of the first line of a trailing run of teasers, or {@code lines.size()} for none.
     *
     * <p>Each line of the run must look like a teaser: it starts with an ALL-CAPS kicker, or it is
     * long and stops mid-sentence. The run is only accepted when it holds two truncated lines, or a
     * kicker line and a truncated line, and what stays before it is a complete story of some length
     * that ends a sentence. One truncated last paragraph alone is left in the story: a page cut
     * short is likelier than a single teaser.
     */
    private static int trailingTeaserRunStart(List<Line> lines) {
        int start = lines.size();
        int truncated = 0;
        int kickers = 0;
        while (start > 0) {
            String text = lines.get(start - 1).text();
            boolean hasKicker = kicker(text) != null;
            boolean isTruncated = isTruncated(text);
            boolean longEnough = wordCount(text) >= MIN_TEASER_WORDS;
            if (!(longEnough && (hasKicker || isTruncated))) {
                break;
            }
            truncated += isTruncated ? 1 : 0;
            kickers += hasKicker ? 1 : 0;
            start--;
        }
        boolean teaserShaped = truncated >= 2 || (truncated >= 1 && kickers >= 1);
        if (!teaserShaped || start == 0) {
            return lines.size();
        }
        int storyWords = 0;
        for (int i = 0; i < start; i++) {
            storyWords += wordCount(lines.get(i).text());
        }
        boolean storyComplete = !isTruncated(lines.get(start - 1).text());
        return storyComplete && storyWords >= MIN_MAIN_STORY_WORDS ? start : lines.size();
    }

    private static String mainStory(String page, List<Line> lines, int firstRemovedLine) {
        return page.substring(0, lines.get(firstRemovedLine).start()).strip();
    }

    static Teaser teaser(String line) {
        Matcher kicker = kicker(line);
        String text = kicker == null ? line : kicker.group(2).strip();
        String label = kicker == null ? null : kicker.group(1).strip();
        return new Teaser(label, text, isTruncated(text), List.of());
    }

    private static Matcher kicker(String line) {
        Matcher matcher = KICKER.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        int letters = 0;
        String label = matcher.group(1);
        for (int i = 0; i < label.length(); i++) {
            letters += Character.isLetter(label.charAt(i)) ? 1 : 0;
        }
        return letters >= 2 ? matcher : null;
    }

    /** True when the text stops mid-sentence: no final punctuation, or an ellipsis. */
    static boolean isTruncated(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        return ELLIPSIS_END.matcher(trimmed).find()
                || !SENTENCE_END.matcher(trimmed).find();
    }

    /** A related-story headline: short, one line, no full stop at the end and no kicker. */
    private static boolean looksLikeHeadline(String text) {
        return text.length() <= MAX_HEADLINE_CHARS
                && wordCount(text) <= MAX_HEADLINE_WORDS
                && !text.endsWith(".")
                && !RELATED_MARKER.matcher(text).matches()
                && kicker(text) == null;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** A non-blank line of the page, stripped, with the offset where it starts in the page. */
    private record Line(String text, int start) {
        static List<Line> split(String page) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            while (start <= page.length()) {
                int end = page.indexOf('\n', start);
                if (end < 0) {
                    end = page.length();
                }
                String text = page.substring(start, end).strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(text, start));
                }
                start = end + 1;
            }
            return lines;
        }
    }
}
