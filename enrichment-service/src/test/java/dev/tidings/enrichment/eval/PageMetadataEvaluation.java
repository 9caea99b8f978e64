package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.enrichment.eval.MainTextEvaluation.Page;
import dev.tidings.enrichment.page.PageMetadataReader;
import dev.tidings.enrichment.pipeline.PageMetadata;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Title, byline and published time of the same pages against their {@code expected-metadata.json}
 * (what Mozilla's Readability finds), for {@link PageMetadataReader} beside Readability4J 1.0.8's
 * own title and byline (it has no published time). Only pages whose expected value is not null
 * count for that field.
 *
 * <ul>
 *   <li>title: equal after normalising (Unicode NFKC, lower case, typographic quotes and dashes as
 *       ASCII, runs of space as one);
 *   <li>byline: the authors joined by ", " against the expected byline, both without a leading
 *       "by" and reduced to lower-case words: equal, and the mean word-overlap F1;
 *   <li>published time: the same instant when the expected value has a time and an offset; the
 *       same local time in some offset from UTC−12 to UTC+14 when it has no offset; a predicted
 *       instant that falls on the expected date in some such offset when it has only a date.
 * </ul>
 */
final class PageMetadataEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private PageMetadataEvaluation() {}

    record Expected(String title, String byline, String publishedTime) {}

    record Predicted(String title, String byline, Instant publishedAt) {}

    static void report(EvaluationContext context, List<Page> pages) throws Exception {
        List<Expected> expected = new ArrayList<>();
        for (Page page : pages) {
            JsonNode json = JSON.readTree(Files.readString(page.folder().resolve("expected-metadata.json")));
            expected.add(new Expected(text(json, "title"), text(json, "byline"), text(json, "publishedTime")));
        }
        context.out()
                .printf(
                        "== Page metadata of the same pages against expected-metadata.json: %d titles, %d bylines,"
                                + " %d published times expected%n",
                        expected.stream().filter(e -> e.title != null).count(),
                        expected.stream().filter(e -> e.byline != null).count(),
                        expected.stream().filter(e -> e.publishedTime != null).count());
        context.out()
                .println("   (the service before this had none: a page's title, byline and time were only what the"
                        + " producer sent)");
        PageMetadataReader reader = new PageMetadataReader();
        List<Predicted> service = new ArrayList<>();
        List<Predicted> readability = new ArrayList<>();
        long nanos = 0;
        for (Page page : pages) {
            var document = Jsoup.parse(page.html(), MainTextEvaluation.PAGE_URL);
            long start = THREADS.getCurrentThreadCpuTime();
            PageMetadata metadata = reader.read(document, MainTextEvaluation.PAGE_URL);
            nanos += THREADS.getCurrentThreadCpuTime() - start;
            service.add(new Predicted(
                    metadata.title(),
                    metadata.authors().isEmpty() ? null : String.join(", ", metadata.authors()),
                    metadata.publishedAt()));
            Article article = new Readability4J(MainTextEvaluation.PAGE_URL, page.html()).parse();
            readability.add(new Predicted(article.getTitle(), article.getByline(), null));
        }
        print(context, "Readability4J 1.0.8 (title, byline)", pages, expected, readability);
        print(context, "PageMetadataReader (the service)", pages, expected, service);
        context.out()
                .printf(
                        "   PageMetadataReader: %.1f ms of CPU per page, the page's parse excluded (first pass, no warm-up)%n",
                        nanos / 1e6 / pages.size());
    }

    private static void print(
            EvaluationContext context,
            String name,
            List<Page> pages,
            List<Expected> expected,
            List<Predicted> predicted) {
        context.out().printf("-- %s%n", name);
        for (String half : List.of("A", "B", "all")) {
            int titles = 0;
            int titlesRight = 0;
            int bylines = 0;
            int bylinesRight = 0;
            double bylineF1 = 0;
            int times = 0;
            int timesRight = 0;
            int bylinesWhereNoneExpected = 0;
            for (int i = 0; i < pages.size(); i++) {
                if (!half.equals("all") && !pages.get(i).half().equals(half)) {
                    continue;
                }
                Expected e = expected.get(i);
                Predicted p = predicted.get(i);
                if (e.title != null) {
                    titles++;
                    titlesRight += p.title != null && normalised(p.title).equals(normalised(e.title)) ? 1 : 0;
                    if (context.has("html-pages") && half.equals("all")) {
                        if (p.title == null || !normalised(p.title).equals(normalised(e.title))) {
                            context.out()
                                    .printf(
                                            "   %s %s title %s | expected %s%n",
                                            pages.get(i).half(), pages.get(i).name(), p.title, e.title);
                        }
                    }
                }
                if (e.byline != null) {
                    bylines++;
                    List<String> want = bylineWords(e.byline);
                    List<String> got = bylineWords(p.byline);
                    bylinesRight += want.equals(got) ? 1 : 0;
                    bylineF1 += overlapF1(want, got);
                    if (context.has("html-pages") && half.equals("all") && !want.equals(got)) {
                        context.out()
                                .printf(
                                        "   %s %s byline %s | expected %s%n",
                                        pages.get(i).half(), pages.get(i).name(), p.byline, e.byline);
                    }
                } else if (p.byline != null) {
                    bylinesWhereNoneExpected++;
                }
                if (e.publishedTime != null) {
                    times++;
                    boolean right = sameTime(e.publishedTime, p.publishedAt);
                    timesRight += right ? 1 : 0;
                    if (context.has("html-pages") && half.equals("all") && !right) {
                        context.out()
                                .printf(
                                        "   %s %s time %s | expected %s%n",
                                        pages.get(i).half(), pages.get(i).name(), p.publishedAt, e.publishedTime);
                    }
                }
            }
            context.out()
                    .printf(
                            "   %-4s title %3d/%3d = %.3f   byline equal %2d/%2d = %.3f, word F1 %.3f (%d given where"
                                    + " none expected)   published time %2d/%2d = %.3f%n",
                            half,
                            titlesRight,
                            titles,
                            ratio(titlesRight, titles),
                            bylinesRight,
                            bylines,
                            ratio(bylinesRight, bylines),
                            bylines == 0 ? 0 : bylineF1 / bylines,
                            bylinesWhereNoneExpected,
                            timesRight,
                            times,
                            ratio(timesRight, times));
        }
    }

    private static double ratio(int right, int all) {
        return all == 0 ? 0 : (double) right / all;
    }

    static String normalised(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return nfkc.replaceAll("[‘’‚′]", "'")
                .replaceAll("[“”„″]", "\"")
                .replaceAll("[‐‑‒–—―]", "-")
                .replaceAll("\\s+", " ")
                .strip();
    }

    static List<String> bylineWords(String byline) {
        if (byline == null) {
            return List.of();
        }
        List<String> words = ShingleScore.words(normalised(byline));
        return !words.isEmpty() && words.get(0).equals("by") ? words.subList(1, words.size()) : words;
    }

    static double overlapF1(List<String> want, List<String> got) {
        if (want.isEmpty() || got.isEmpty()) {
            return want.isEmpty() && got.isEmpty() ? 1 : 0;
        }
        Set<String> wanted = new HashSet<>(want);
        long common = new HashSet<>(got).stream().filter(wanted::contains).count();
        double p = (double) common / new HashSet<>(got).size();
        double r = (double) common / wanted.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static boolean sameTime(String expected, Instant predicted) {
        if (predicted == null) {
            return false;
        }
        String value = expected.strip();
        try {
            return OffsetDateTime.parse(value).toInstant().equals(predicted);
        } catch (DateTimeParseException e) {
            // No offset, or no time: below.
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value);
            return inSomeOffset(local, predicted, Duration.ZERO);
        } catch (DateTimeParseException e) {
            // Only a date: below.
        }
        try {
            LocalDate date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            return inSomeOffset(date.atStartOfDay(), predicted, Duration.ofDays(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** True when {@code predicted} is {@code local} (or within the day after it) at an offset of UTC−12..+14. */
    private static boolean inSomeOffset(LocalDateTime local, Instant predicted, Duration window) {
        for (int quarterHours = -12 * 4; quarterHours <= 14 * 4; quarterHours++) {
            Instant start = local.toInstant(ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60));
            if (window.isZero()
                    ? start.equals(predicted)
                    : !predicted.isBefore(start) && predicted.isBefore(start.plus(window))) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
