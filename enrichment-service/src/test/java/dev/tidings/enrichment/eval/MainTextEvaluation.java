package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.page.HtmlPageReader;
import dev.tidings.enrichment.page.MainTextExtractor;
import dev.tidings.enrichment.segment.HtmlPageCleaner;
import dev.tidings.enrichment.segment.PageSegmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-text extraction from whole HTML pages: word-shingle precision, recall and F1 (see {@link
 * ShingleScore}: lower-case words, shingles of 4) of each extractor's text against the expected
 * text, on Mozilla Readability's test pages ({@value #DATA}, 130 pages).
 *
 * <p>The expected text is the text of {@code expected.html} as jsoup gives it ({@code
 * body().text()}: every element's text, a space between blocks). The pages are split by their
 * index in name order: even indexes are half A, the half that tuning may look at, odd indexes half
 * B, held out; each figure is given for A, B and all. Macro figures average the pages' own
 * precision, recall and F1; micro figures pool the shingles of all pages. The current cleaner
 * ({@link HtmlPageCleaner} on the whole page) and the raw library run in the same pass, so every
 * row compares with them. Time is the CPU time of the thread that runs one extraction (parse
 * included; garbage collection, on other threads, is not), after one warm-up pass over all pages:
 * the machine is shared, and wall-clock time (printed too) measures the neighbours as well.
 *
 * <p>Caveat for reading the figures: these are Readability's own test pages, and its expected text
 * is what Readability keeps, so Readability and anything built on it look better here than on
 * pages from elsewhere.
 */
final class MainTextEvaluation implements Measurement {

    static final String DATA = "html/readability-test-pages";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The URL the pages are read as; Readability's own tests use the same. */
    static final String PAGE_URL = "http://fakehost/test/page.html";

    record Page(String name, int index, String html, String expectedText, Path folder) {
        String half() {
            return index % 2 == 0 ? "A" : "B";
        }
    }

    interface Extractor {
        String extract(String html) throws Exception;
    }

    record Candidate(String name, Extractor extractor) {}

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        List<Page> pages = read(context);
        context.out()
                .printf(
                        "== Main text of HTML pages: %s, %d pages (half A: even index, %d; half B: odd, %d)%n",
                        DATA,
                        pages.size(),
                        pages.stream().filter(p -> p.half().equals("A")).count(),
                        pages.stream().filter(p -> p.half().equals("B")).count());
        context.out()
                .println("   expected text: jsoup body().text() of expected.html; words: lower-case runs of"
                        + " letters, marks, digits; shingles of " + ShingleScore.SIZE + " words, as multisets");
        context.out()
                .println("   caveat: Readability's own test pages; Readability-based extractors look better here"
                        + " than on pages from elsewhere");
        List<Candidate> candidates = candidates(context.has("html-tried"));
        for (Candidate candidate : candidates) {
            report(context, candidate, pages);
        }
        PageMetadataEvaluation.report(context, pages);
    }

    /**
     * The current cleaner, the library alone, each step the service adds to it in turn, and the
     * service's body as published (after the segmenter, which may also cut related links and
     * teasers off the end). With {@code tried}, also steps that were tried and left out.
     */
    static List<Candidate> candidates(boolean tried) {
        HtmlPageReader reader = new HtmlPageReader();
        PageSegmenter segmenter = new PageSegmenter();
        List<Candidate> candidates = new ArrayList<>(List.of(
                new Candidate("HtmlPageCleaner on the whole page (before)", html -> new HtmlPageCleaner().clean(html)),
                new Candidate("Readability4J 1.0.8 alone", html -> readability(html, 0)),
                new Candidate("+ hidden elements removed first", html -> readability(html, 1)),
                new Candidate("+ cookie and consent notices removed first", html -> readability(html, 2)),
                new Candidate("+ headline removed after", html -> readability(html, 3)),
                new Candidate("+ link lists removed after", html -> readability(html, 4)),
                new Candidate(
                        "+ whole page when no article found: HtmlPageReader",
                        html -> reader.read(html, PAGE_URL).mainText()),
                new Candidate(
                        "+ PageSegmenter: the body the service publishes",
                        html -> segmenter
                                .segment(reader.read(html, PAGE_URL).mainText())
                                .mainStory())));
        if (tried) {
            candidates.add(new Candidate(
                    "tried: + blocks whose class or id says share, related, comment, ad... removed",
                    html -> readability(html, 4, MainTextEvaluation::removeBoilerplateClasses)));
            candidates.add(new Candidate(
                    "tried: + figures and captions removed",
                    html -> readability(
                            html,
                            4,
                            content -> content.select("figure, figcaption").remove())));
        }
        return candidates;
    }

    /** Readability4J with the first {@code steps} of the service's steps around it. */
    private static String readability(String html, int steps) {
        return readability(html, steps, content -> {});
    }

    private static String readability(String html, int steps, Consumer<Element> more) {
        Document page = Jsoup.parse(html, PAGE_URL);
        page.outputSettings().prettyPrint(false);
        if (steps >= 1) {
            MainTextExtractor.removeHidden(page);
        }
        if (steps >= 2) {
            MainTextExtractor.removeCookieNotices(page);
        }
        Article article = new Readability4J(PAGE_URL, page).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return "";
        }
        if (steps >= 3) {
            MainTextExtractor.removeHeadline(content, article.getTitle());
        }
        if (steps >= 4) {
            MainTextExtractor.removeLinkLists(content);
        }
        more.accept(content);
        return HtmlPageCleaner.lines(content);
    }

    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "share",
            "sharing",
            "social",
            "related",
            "recommended",
            "newsletter",
            "subscribe",
            "subscription",
            "comment",
            "comments",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "promo",
            "advert",
            "advertisement",
            "ad",
            "ads",
            "sponsored",
            "outbrain",
            "taboola",
            "popular",
            "trending",
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "disqus");

    private static void removeBoilerplateClasses(Element content) {
        for (Element element : content.getAllElements()) {
            if (element == content || element.parent() == null) {
                continue;
            }
            String marks = (element.className() + " " + element.id()).toLowerCase(java.util.Locale.ROOT);
            for (String word : marks.split("[\\s_\\-]+")) {
                if (BOILERPLATE_WORDS.contains(word)) {
                    element.remove();
                    break;
                }
            }
        }
    }

    private static void report(EvaluationContext context, Candidate candidate, List<Page> pages) throws Exception {
        // Warm-up: the first pass pays for class loading and the JIT.
        for (Page page : pages) {
            safely(candidate, page);
        }
        List<Result> results = new ArrayList<>();
        for (Page page : pages) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Outcome outcome = safely(candidate, page);
            long wall = System.nanoTime() - start;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            results.add(new Result(page, ShingleScore.of(outcome.text, page.expectedText), cpu, wall, outcome.failure));
            if (context.has("html-texts")) {
                Path file = context.outputFile("html/" + slug(candidate.name()) + "/" + page.name() + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, outcome.text, StandardCharsets.UTF_8);
                Files.writeString(
                        file.resolveSibling(page.name() + ".expected.txt"), page.expectedText, StandardCharsets.UTF_8);
            }
        }
        context.out().printf("-- %s%n", candidate.name());
        context.out().printf("   %-5s %5s  %-23s  %-23s%n", "half", "pages", "macro P / R / F1", "micro P / R / F1");
        for (String half : List.of("A", "B", "all")) {
            List<Result> part = results.stream()
                    .filter(r -> half.equals("all") || r.page().half().equals(half))
                    .toList();
            ShingleScore pooled = new ShingleScore(0, 0, 0);
            double p = 0;
            double r = 0;
            double f = 0;
            for (Result result : part) {
                pooled = pooled.plus(result.score);
                p += result.score.precision();
                r += result.score.recall();
                f += result.score.f1();
            }
            int n = part.size();
            context.out()
                    .printf(
                            "   %-5s %5d  %.3f / %.3f / %.3f    %.3f / %.3f / %.3f%n",
                            half, n, p / n, r / n, f / n, pooled.precision(), pooled.recall(), pooled.f1());
        }
        long[] millis = results.stream().mapToLong(r -> r.nanos).sorted().toArray();
        double mean = Arrays.stream(millis).average().orElse(0) / 1e6;
        context.out()
                .printf(
                        "   ms of CPU per page: mean %.1f, median %.1f, p95 %.1f, max %.1f (wall-clock mean %.1f);"
                                + " failures %d%n",
                        mean,
                        millis[millis.length / 2] / 1e6,
                        millis[(int) Math.min(millis.length - 1, Math.round(millis.length * 0.95))] / 1e6,
                        millis[millis.length - 1] / 1e6,
                        results.stream().mapToLong(r -> r.wallNanos).average().orElse(0) / 1e6,
                        results.stream().filter(r -> r.failure != null).count());
        if (context.has("html-pages")) {
            for (Result result : results) {
                context.out()
                        .printf(
                                "   %s %-45s P %.3f R %.3f F1 %.3f %6.1f ms %4d kB %s%n",
                                result.page.half(),
                                result.page.name(),
                                result.score.precision(),
                                result.score.recall(),
                                result.score.f1(),
                                result.nanos / 1e6,
                                result.page.html().length() / 1000,
                                result.failure == null ? "" : "FAILED " + result.failure);
            }
        }
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private record Outcome(String text, String failure) {}

    /** @param nanos CPU time of the extraction's thread; @param wallNanos wall-clock time */
    private record Result(Page page, ShingleScore score, long nanos, long wallNanos, String failure) {}

    /** A failure scores as an empty text and is counted; it never stops the run. */
    private static Outcome safely(Candidate candidate, Page page) {
        try {
            String text = candidate.extractor().extract(page.html());
            return new Outcome(text == null ? "" : text, null);
        } catch (Exception | StackOverflowError e) {
            return new Outcome("", e.toString());
        }
    }

    static List<Page> read(EvaluationContext context) throws IOException {
        Path root = context.dataFile(DATA);
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        List<Page> pages = new ArrayList<>();
        for (Path folder : folders) {
            String html = Files.readString(folder.resolve("source.html"), StandardCharsets.UTF_8);
            String expected = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8))
                    .body()
                    .text();
            pages.add(new Page(folder.getFileName().toString(), pages.size(), html, expected, folder));
        }
        return pages;
    }
}
