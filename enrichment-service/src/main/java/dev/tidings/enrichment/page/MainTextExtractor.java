package dev.tidings.enrichment.page;

import dev.tidings.enrichment.segment.HtmlPageCleaner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a whole HTML page and returns its text, one paragraph per line.
 *
 * <p>Readability4J (a port of Mozilla's Readability) picks the element that holds the article and
 * cleans it. Two steps around it, each measured by the evaluation ({@code --only html}):
 *
 * <ul>
 *   <li>before: elements a reader never sees are removed ({@code hidden}, {@code
 *       aria-hidden="true"}, {@code display: none}, {@code visibility: hidden} in the style
 *       attribute). Mozilla's Readability skips them since 2019; the 2018 port does not, and keeps
 *       templates, off-screen menus and duplicated text. So are cookie and consent notices;
 *   <li>after: blocks that are mostly links are removed from what it kept: lists of other stories,
 *       tag lists and menus that sat inside the article's container (the link-density test of
 *       trafilatura and boilerpipe).
 * </ul>
 *
 * <p>Thread-safe: it keeps no state between calls. It changes the document it is given.
 */
public final class MainTextExtractor {

    /** Below this many letters and digits, Readability found no article (a gallery, a script-built page). */
    static final int MIN_LETTERS = 100;

    /** A block is a link list when it has this many links or more ... */
    private static final int LINK_LIST_MIN_LINKS = 3;
    /** ... and at least this share of its text is link text. */
    private static final double LINK_LIST_MIN_LINK_SHARE = 0.6;

    /**
     * Deeper than this, the page is not one a browser shows well either, and Readability, which walks
     * up from every paragraph, would take minutes: the caller falls back to the whole page.
     */
    static final int MAX_DEPTH = 500;

    private static final double HEADLINE_SIMILARITY = 0.75;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> CONSENT_WORDS = Set.of("cookie", "cookies", "consent", "gdpr");
    private static final Pattern CLASS_WORD_SEPARATOR = Pattern.compile("[\\s_\\-]+");

    private static final Pattern STYLE_HIDDEN =
            Pattern.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /**
     * The article's text, or empty when Readability finds no article of {@value #MIN_LETTERS}
     * letters or more (the caller then falls back to the whole page).
     */
    public Optional<String> extract(Document page, String url) {
        if (depth(page.body()) > MAX_DEPTH) {
            return Optional.empty();
        }
        removeHidden(page);
        removeCookieNotices(page);
        Article article = new Readability4J(url == null ? "" : url, page).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return Optional.empty();
        }
        removeHeadline(content, article.getTitle());
        removeLinkLists(content);
        String text = HtmlPageCleaner.lines(content);
        return letters(text) < MIN_LETTERS ? Optional.empty() : Optional.of(text);
    }

    /** Removes the elements of the page that a browser would not show. */
    public static void removeHidden(Document page) {
        for (Element element : page.body().getAllElements()) {
            if (element.parent() != null
                    && (element.hasAttr("hidden")
                            || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                            || STYLE_HIDDEN.matcher(element.attr("style")).find())) {
                element.remove();
            }
        }
    }

    /**
     * Removes cookie and consent notices. Readability would otherwise take one for a paragraph of a
     * short article beside it: it is prose, with commas, right next to the story.
     */
    public static void removeCookieNotices(Document page) {
        for (Element element : page.body().getAllElements()) {
            if (element.parent() != null && hasClassWord(element, CONSENT_WORDS)) {
                element.remove();
            }
        }
    }

    private static boolean hasClassWord(Element element, Set<String> words) {
        String marks = element.className() + " " + element.id();
        if (marks.isBlank()) {
            return false;
        }
        for (String word : CLASS_WORD_SEPARATOR.split(marks.toLowerCase(Locale.ROOT))) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The depth of the deepest element under {@code root}. */
    static int depth(Element root) {
        int[] deepest = {0};
        root.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth));
        return deepest[0];
    }

    /**
     * Removes the headline from the article's text: it is the title, not the story's first paragraph.
     * A heading is the headline when three quarters of its words' letters are in the title (the test
     * Mozilla's Readability has made since 2020, which the 2018 port lacks).
     */
    public static void removeHeadline(Element content, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        for (Element heading : content.select("h1, h2")) {
            if (similarity(title, heading.text()) > HEADLINE_SIMILARITY) {
                heading.remove();
                return;
            }
        }
    }

    /** The share of {@code b}'s text, in its words, that are also words of {@code a}. */
    static double similarity(String a, String b) {
        Set<String> wordsOfA = Set.copyOf(words(a));
        List<String> wordsOfB = words(b);
        if (wordsOfA.isEmpty() || wordsOfB.isEmpty()) {
            return 0;
        }
        int all = String.join(" ", wordsOfB).length();
        int unique = String.join(
                        " ",
                        wordsOfB.stream()
                                .filter(w -> !wordsOfA.contains(w))
                                .distinct()
                                .toList())
                .length();
        return 1 - (double) unique / all;
    }

    private static List<String> words(String text) {
        return NON_WORD.splitAsStream(text.toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Removes the blocks inside {@code content} that are mostly links. */
    public static void removeLinkLists(Element content) {
        for (Element block : content.select("ul, ol, dl, div, section, table")) {
            if (block != content && block.parent() != null && isLinkList(block)) {
                block.remove();
            }
        }
    }

    private static boolean isLinkList(Element block) {
        var links = block.select("a[href]");
        if (links.size() < LINK_LIST_MIN_LINKS) {
            return false;
        }
        int textLength = block.text().length();
        int linkTextLength = 0;
        for (Element link : links) {
            linkTextLength += link.text().length();
        }
        return textLength > 0 && linkTextLength >= LINK_LIST_MIN_LINK_SHARE * textLength;
    }

    static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            letters += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
        }
        return letters;
    }
}
