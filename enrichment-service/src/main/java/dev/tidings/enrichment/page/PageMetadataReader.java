package dev.tidings.enrichment.page;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tidings.enrichment.pipeline.PageMetadata;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about itself: JSON-LD (schema.org {@code Article} and its kinds, also
 * inside {@code @graph} and arrays), Dublin Core, Open Graph and other meta tags, {@code <link
 * rel=canonical>}, {@code <time datetime>}, {@code <html lang>} and the byline in the page. For each
 * part the most deliberate source comes first: JSON-LD, then meta tags, then what is visible in the
 * page (the order Mozilla's Readability uses for title and byline).
 *
 * <p>Read-only: it never changes the document. Thread-safe. A malformed JSON-LD block is skipped.
 */
public final class PageMetadataReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    /** Longer than this, a "byline" element is a paragraph, not a byline. */
    private static final int MAX_BYLINE_CHARS = 100;

    private static final int MAX_JSON_LD_CHARS = 500_000;

    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    private static final Pattern BY_PREFIX = Pattern.compile("(?iu)^(?:by|von|par|por|di|door|av|af)\\s*:?\\s+");
    private static final Pattern AUTHOR_SEPARATOR =
            Pattern.compile("(?iu)\\s*(?:[,;|]|\\s(?:and|und|et|y|e|en|och|og|&)\\s)\\s*");
    /** XHTML pages wrap their JSON-LD in a CDATA section, sometimes behind a JavaScript comment. */
    private static final Pattern CDATA = Pattern.compile("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?]]>\\s*$");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—»·/\\\\]\\s+");

    public PageMetadata read(Document page, String url) {
        JsonLd jsonLd = JsonLd.of(page);
        MetaTags meta = MetaTags.of(page);
        String siteName = first(meta.get("og:site_name"), jsonLd.publisher(), meta.get("application-name"));
        return new PageMetadata(
                title(page, jsonLd, meta, siteName),
                authors(page, jsonLd, meta),
                publishedAt(page, jsonLd, meta),
                httpUrl(url, first(attr(page, "link[rel~=(?i)^canonical$]", "href"), meta.get("og:url"))),
                language(page, meta),
                siteName,
                first(
                        jsonLd.text("description"),
                        meta.get("dc:description"),
                        meta.get("dcterm:description"),
                        meta.get("og:description"),
                        meta.get("description"),
                        meta.get("twitter:description")),
                httpUrl(
                        url,
                        first(
                                meta.get("og:image"),
                                meta.get("og:image:url"),
                                meta.get("twitter:image"),
                                meta.get("twitter:image:src"),
                                jsonLd.image(),
                                attr(page, "link[rel=image_src]", "href"))));
    }

    /**
     * The page's own headline: from the metadata meant for it before the browser tab's title, which
     * usually carries the site's name too; the first heading when there is neither.
     */
    private static String title(Document page, JsonLd jsonLd, MetaTags meta, String siteName) {
        String title = first(
                jsonLd.text("headline"),
                jsonLd.text("name"),
                meta.get("dc:title"),
                meta.get("dcterm:title"),
                meta.get("og:title"),
                meta.get("twitter:title"),
                meta.get("parsely-title"),
                withoutSiteName(tidy(page.title()), siteName));
        return title == null ? firstHeading(page) : title;
    }

    /**
     * "Council approves harbour budget | The Coastal Gazette" without " | The Coastal Gazette": the
     * part after the last separator goes when it is the site's name, or when at least three words
     * stay before it (as Mozilla's Readability does); a short title such as "Brexit - the vote" stays
     * whole.
     */
    static String withoutSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        Matcher separators = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (separators.find()) {
            lastStart = separators.start();
            lastEnd = separators.end();
        }
        if (lastStart <= 0) {
            return title;
        }
        String before = title.substring(0, lastStart).strip();
        boolean siteNameAfter =
                siteName != null && normalised(title.substring(lastEnd)).equals(normalised(siteName));
        return siteNameAfter || wordCount(before) >= 3 ? before : title;
    }

    private static String firstHeading(Document page) {
        for (Element heading : page.select("h1, h2, h3")) {
            String text = tidy(heading.text());
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static List<String> authors(Document page, JsonLd jsonLd, MetaTags meta) {
        List<String> authors = jsonLd.authors();
        if (!authors.isEmpty()) {
            return authors;
        }
        for (String name : List.of(
                "dc:creator",
                "dcterm:creator",
                "author",
                "article:author",
                "og:article:author",
                "parsely-author",
                "sailthru:author",
                "byl")) {
            String value = meta.get(name);
            if (value != null && !looksLikeUrl(value)) {
                return splitByline(value);
            }
        }
        for (Element element : page.select("[rel=author], [itemprop~=(?i)^author$]")) {
            Element name = element.selectFirst("[itemprop=name]");
            String text = tidy(name == null ? element.text() : name.text());
            if (text != null && text.length() <= MAX_BYLINE_CHARS) {
                return splitByline(text);
            }
        }
        Element byline = innermostByline(page.body());
        return byline == null ? List.of() : splitByline(byline.text());
    }

    /**
     * The first element whose class or id says byline or author and whose text is short; the
     * innermost such element inside it, so that "By Ana Ortiz, 2 hours ago" gives way to the
     * "author" element within.
     */
    private static Element innermostByline(Element root) {
        Element found = null;
        for (Element element : root.getAllElements()) {
            if (element == root || !isBylineMarked(element)) {
                continue;
            }
            String text = tidy(element.text());
            if (text == null || text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            if (found == null || element.parents().contains(found)) {
                found = element;
            } else {
                break;
            }
        }
        return found;
    }

    private static boolean isBylineMarked(Element element) {
        String marks = element.className() + " " + element.id();
        return !marks.isBlank() && BYLINE_CLASS.matcher(marks).find();
    }

    /** "By Ana Ortiz and Kim Min-jun" as its two names. */
    static List<String> splitByline(String byline) {
        String text = BY_PREFIX.matcher(byline.strip()).replaceFirst("");
        Set<String> names = new LinkedHashSet<>();
        for (String part : AUTHOR_SEPARATOR.split(text)) {
            String name = tidy(BY_PREFIX.matcher(part).replaceFirst(""));
            if (name != null && name.length() <= MAX_BYLINE_CHARS) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static Instant publishedAt(Document page, JsonLd jsonLd, MetaTags meta) {
        List<String> candidates = new ArrayList<>();
        candidates.add(jsonLd.text("datePublished"));
        for (String name : List.of(
                "article:published_time",
                "og:article:published_time",
                "datepublished",
                "parsely-pub-date",
                "sailthru:date",
                "pubdate",
                "publishdate",
                "publish-date",
                "dc:date:issued",
                "dcterm:issued",
                "dc:date",
                "dcterm:date",
                "date")) {
            candidates.add(meta.get(name));
        }
        candidates.add(attr(page, "[itemprop=datePublished][datetime]", "datetime"));
        candidates.add(attr(page, "time[pubdate][datetime]", "datetime"));
        candidates.add(attr(page, "article time[datetime], main time[datetime]", "datetime"));
        candidates.add(attr(page, "time[datetime]", "datetime"));
        for (String candidate : candidates) {
            Instant instant = PublicationDates.parse(candidate);
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    private static String language(Document page, MetaTags meta) {
        Element html = page.selectFirst("html");
        String lang = first(
                html == null ? null : tidy(html.attr("lang")),
                html == null ? null : tidy(html.attr("xml:lang")),
                attr(page, "meta[http-equiv~=(?i)^content-language$]", "content"),
                meta.get("og:locale"));
        return lang == null ? null : lang.replace('_', '-');
    }

    private static String attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : tidy(element.attr(attribute));
    }

    /** An absolute http(s) URL, resolved against the article's URL; null for anything else. */
    private static String httpUrl(String base, String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = base == null || base.isBlank() ? new URI(value) : new URI(base.strip()).resolve(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean looksLikeUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("/");
    }

    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidy = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return tidy.isEmpty() ? null : tidy;
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : WHITESPACE.split(text.strip()).length;
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * The page's meta tags by name, {@code property} or {@code itemprop}, each the first with a
     * non-empty content. Keys are lower case with "." as ":" ({@code DC.title} is {@code dc:title}),
     * and a property that lists several names ({@code "dc:title og:title"}) counts for each.
     */
    private record MetaTags(Map<String, String> contents) {
        static MetaTags of(Document page) {
            Map<String, String> contents = new HashMap<>();
            for (Element meta : page.getElementsByTag("meta")) {
                String content = tidy(meta.attr("content"));
                if (content == null) {
                    continue;
                }
                for (String attribute : List.of("property", "name", "itemprop")) {
                    for (String key : WHITESPACE.split(meta.attr(attribute).strip())) {
                        if (!key.isEmpty()) {
                            contents.putIfAbsent(key.toLowerCase(Locale.ROOT).replace('.', ':'), content);
                        }
                    }
                }
            }
            return new MetaTags(contents);
        }

        String get(String key) {
            return contents.get(key.replace('.', ':'));
        }
    }

    private record JsonLd(JsonNode article, List<JsonNode> nodes) {

        private static final Set<String> ARTICLE_TYPES = Set.of(
                "article",
                "newsarticle",
                "reportagenewsarticle",
                "analysisnewsarticle",
                "opinionnewsarticle",
                "reviewnewsarticle",
                "backgroundnewsarticle",
                "askpublicnewsarticle",
                "blogposting",
                "liveblogposting",
                "socialmediaposting",
                "discussionforumposting",
                "scholarlyarticle",
                "techarticle",
                "report");

        static JsonLd of(Document page) {
            List<JsonNode> nodes = new ArrayList<>();
            for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
                String json = CDATA.matcher(script.data()).replaceAll("");
                if (json.length() > MAX_JSON_LD_CHARS) {
                    continue;
                }
                try {
                    collect(JSON.readTree(json), nodes, 0);
                } catch (java.io.IOException | RuntimeException e) {
                    // A malformed block says nothing; the page's other sources still count.
                }
            }
            JsonNode article = null;
            for (JsonNode node : nodes) {
                if (isArticle(node)) {
                    article = node;
                    break;
                }
            }
            return new JsonLd(article, nodes);
        }

        private static void collect(JsonNode node, List<JsonNode> nodes, int depth) {
            if (node == null || depth > 4) {
                return;
            }
            if (node.isArray()) {
                node.forEach(child -> collect(child, nodes, depth + 1));
            } else if (node.isObject()) {
                nodes.add(node);
                collect(node.get("@graph"), nodes, depth + 1);
                collect(node.get("mainEntity"), nodes, depth + 1);
            }
        }

        private static boolean isArticle(JsonNode node) {
            JsonNode type = node.get("@type");
            if (type == null) {
                return false;
            }
            for (JsonNode one : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPES.contains(one.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        String text(String field) {
            return article == null ? null : textOf(article.get(field));
        }

        String publisher() {
            if (article != null) {
                String name = name(article.get("publisher"));
                if (name != null) {
                    return name;
                }
            }
            for (JsonNode node : nodes) {
                JsonNode type = node.get("@type");
                if (type != null && type.asText().equals("WebSite")) {
                    return textOf(node.get("name"));
                }
            }
            return null;
        }

        List<String> authors() {
            if (article == null) {
                return List.of();
            }
            JsonNode author = article.has("author") ? article.get("author") : article.get("creator");
            Set<String> names = new LinkedHashSet<>();
            if (author != null) {
                for (JsonNode one : author.isArray() ? author : List.of(author)) {
                    String name = one.isTextual() ? textOf(one) : name(one);
                    if (name != null && !looksLikeUrl(name)) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        }

        String image() {
            if (article == null) {
                return null;
            }
            JsonNode image = article.get("image");
            if (image != null && image.isArray()) {
                image = image.isEmpty() ? null : image.get(0);
            }
            if (image == null) {
                return null;
            }
            return image.isTextual() ? textOf(image) : textOf(image.get("url"));
        }

        private static String name(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isArray()) {
                return node.isEmpty() ? null : name(node.get(0));
            }
            return node.isTextual() ? textOf(node) : textOf(node.get("name"));
        }

        private static String textOf(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isArray()) {
                return node.isEmpty() ? null : textOf(node.get(0));
            }
            // JSON-LD text is often HTML-escaped ("Ferry crews&#x27; strike").
            return node.isValueNode() ? tidy(org.jsoup.parser.Parser.unescapeEntities(node.asText(), false)) : null;
        }
    }
}
