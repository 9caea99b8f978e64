package dev.tidings.enrichment.segment;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to plain text with one paragraph per line, the shape {@link PageSegmenter}
 * reads. The page tagger finds the article with {@code page.MainTextExtractor} and renders it with
 * {@link #lines}; this whole-page cleaning is its fallback when no article is found.
 *
 * <p>Page furniture goes first: scripts, navigation, headers and footers, figures and their
 * captions, forms, and anything whose class or id says share bar, social, newsletter, comments,
 * caption or advert. Their words would otherwise become part of the story and get tagged.
 *
 * <p>Thread-safe: it keeps no state between calls.
 */
public final class HtmlPageCleaner {

    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, nav, header,"
            + " footer, aside, figure, figcaption, form, button, input, select, textarea, dialog, menu";

    /** Class and id words (split at spaces, dashes and underscores) that mark non-story blocks. */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "ad",
            "ads",
            "adslot",
            "advert",
            "advertisement",
            "banner",
            "promo",
            "sponsored",
            "cookie",
            "consent",
            "comment",
            "comments",
            "commenting",
            "disqus");

    /**
     * Word prefixes that mark non-story blocks: "sharebar", "social-links", "newsletter-signup", …
     * Not "comment", which would also catch an opinion site's "commentary" body.
     */
    private static final String[] FURNITURE_PREFIXES = {"share", "sharing", "social", "newsletter", "caption"};

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "body",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "address",
            "hr",
            "br",
            // Removed as furniture from a whole page, but kept by the main-text extractor's choice.
            "header",
            "footer",
            "aside",
            "nav",
            "figure",
            "figcaption",
            "caption",
            "details",
            "summary",
            "center");

    private static final Pattern CLASS_WORD_SEPARATOR = Pattern.compile("[\\s_\\-]+");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2007\\u202F]+");
    private static final Pattern LOOKS_LIKE_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");

    /** True for content submitted as HTML, or text that starts with a tag and holds tags. */
    public static boolean isHtml(String content, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        if (content == null) {
            return false;
        }
        String start = content.stripLeading();
        // Only look at the head of the page: a tag near the start is enough, and it keeps this cheap.
        return start.startsWith("<")
                && LOOKS_LIKE_TAG
                        .matcher(start.substring(0, Math.min(start.length(), 2000)))
                        .find();
    }

    /** The page's readable text, one paragraph, heading or list item per line. */
    public String clean(String html) {
        return text(Jsoup.parse(html == null ? "" : html).body());
    }

    /**
     * The readable text of one part of a page, one paragraph, heading or list item per line. Removes
     * the furniture from that part of the document as it goes.
     */
    public String text(Element root) {
        for (Element furniture : root.select(FURNITURE)) {
            if (furniture != root) {
                furniture.remove();
            }
        }
        for (Element element : root.getAllElements()) {
            if (element != root && element.parent() != null && isFurniture(element)) {
                element.remove();
            }
        }
        return lines(root);
    }

    /**
     * The text of a part of a page as it stands, one paragraph, heading or list item per line: block
     * elements and line breaks end lines, line breaks in the HTML source do not.
     */
    public static String lines(Element root) {
        StringBuilder text = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    // Line breaks in the HTML source are not paragraph breaks; only blocks are.
                    text.append(textNode.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        });
        return tidyLines(text);
    }

    private static boolean isFurniture(Element element) {
        return hasFurnitureWord(element.className()) || hasFurnitureWord(element.id());
    }

    private static boolean hasFurnitureWord(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String word : CLASS_WORD_SEPARATOR.split(attribute.toLowerCase(Locale.ROOT))) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
            for (String prefix : FURNITURE_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Collapses runs of spaces inside lines (HTML source wraps text anywhere) and drops blank lines. */
    private static String tidyLines(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String tidy = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            if (!tidy.isEmpty()) {
                out.append(tidy).append('\n');
            }
        }
        return out.toString().strip();
    }
}
