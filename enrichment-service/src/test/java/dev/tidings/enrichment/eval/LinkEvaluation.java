package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.link.EntityLinker;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Link;
import dev.tidings.events.Mention;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity linking against a gold set labelled for this project ({@code link-gold.tsv} beside this
 * class's resources: file, document id, offset, length, Wikipedia page or {@code -} for a name with
 * no page; pointers into the shared news texts, no text of theirs). Each gold mention's document goes
 * through the whole pipeline; the mention's link is the link of the entity with a mention over the
 * same words. Precision = right links / links given on gold mentions; recall = right links / gold
 * mentions that have a page. Beside it, the prior-only baseline: the page the mention's words most
 * often link to on the web, when that is at least half their links.
 *
 * <p>Also: how many distinct ids the LOCATION entities of all Reuters-21578 stories have, with the
 * entity tagger before linking (slug ids) and with it.
 *
 * <p>{@code --option link-candidates} writes every PER/ORG/LOC mention of the sampled documents with
 * both systems' links to {@code target/eval/link-candidates.tsv}: the sheet the gold set was
 * labelled on (each page decided by reading the text, not taken from either column), and nothing
 * else.
 */
final class LinkEvaluation implements Measurement {

    static final String GOLD = "/eval/link-gold.tsv";
    static final String REUTERS = "news/reuters21578.jsonl";
    static final String MASAKHANEWS = "news/masakhanews-eng.jsonl";
    static final String UNER = "ner/uner-en-pud.iob2.txt";

    private record Document(String file, String id, String title, String body) {}

    private record GoldMention(String file, String id, int start, int length, String page) {}

    @Override
    public String name() {
        return "links";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        context.out().println("== Entity links (English Wikipedia, pages of CoreNLP's KBP anchor table)");
        EnrichmentPipeline pipeline = context.models().pipeline();
        long heapBefore = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        EntityLinker linker = new EntityLinker();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long heapAfter = usedHeapAfterGc();
        context.out()
                .printf(
                        "  link index: %,d pages, %,d anchors; linker loaded in %,d ms, +%,d MiB of heap after a full GC%n",
                        linker.index().pageCount(),
                        linker.index().anchorCount(),
                        loadMillis,
                        (heapAfter - heapBefore) >> 20);
        if (context.has("link-candidates")) {
            writeCandidates(context, pipeline, linker);
            return;
        }
        List<GoldMention> gold = readGold();
        Map<String, Document> documents = new LinkedHashMap<>();
        for (GoldMention mention : gold) {
            documents.putIfAbsent(mention.file() + "\t" + mention.id(), null);
        }
        loadDocuments(context, documents);
        Map<String, List<Entity>> tagged = new LinkedHashMap<>();
        for (Map.Entry<String, Document> entry : documents.entrySet()) {
            tagged.put(entry.getKey(), entities(pipeline, entry.getValue()));
        }
        int withPage = 0;
        int[] ours = new int[2]; // given, right
        int[] prior = new int[2];
        int found = 0;
        List<String> errors = new ArrayList<>();
        for (GoldMention mention : gold) {
            String key = mention.file() + "\t" + mention.id();
            Document document = documents.get(key);
            String text = document.body().substring(mention.start(), mention.start() + mention.length());
            boolean hasPage = !mention.page().equals("-");
            if (hasPage) {
                withPage++;
            }
            Entity entity = covering(tagged.get(key), mention);
            Link link = entity == null ? null : entity.link();
            if (entity != null) {
                found++;
            }
            count(ours, link, mention);
            count(prior, linker.priorOnly(text), mention);
            String got = link == null ? "-" : link.id();
            if (!got.equals(mention.page())) {
                errors.add(String.format(
                        "%s %s %s: gold %s, linked %s", mention.file(), mention.id(), text, mention.page(), got));
            }
        }
        context.out()
                .printf(
                        "  gold: %d mentions in %d documents, %d with a page; the entity tagger found %d of them%n",
                        gold.size(), documents.size(), withPage, found);
        context.out().printf("  %-28s %7s %7s %7s %7s%n", "", "links", "P", "R", "F1");
        print(context, "prior only (>= 0.5)", prior, withPage);
        print(context, "EntityLinker (pipeline)", ours, withPage);
        Path errorFile = context.outputFile("link-errors.txt");
        Files.write(errorFile, errors, StandardCharsets.UTF_8);
        context.out().printf("  %d mentions not linked as the gold says: %s%n", errors.size(), errorFile);
        pageTypes(context, linker, gold, documents, tagged);
        seedPage(context, pipeline);
        reutersLocations(context, linker);
    }

    /**
     * How often a gold page's type (from its title, {@code PageTyper}) is the type of the entity the
     * tagger found for the mention, by how sure the typing is; each distinct (page, type) once.
     */
    private static void pageTypes(
            EvaluationContext context,
            EntityLinker linker,
            List<GoldMention> gold,
            Map<String, Document> documents,
            Map<String, List<Entity>> tagged) {
        Map<String, int[]> byCertainty = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int notInIndex = 0;
        for (GoldMention mention : gold) {
            if (mention.page().equals("-")) {
                continue;
            }
            Entity entity = covering(tagged.get(mention.file() + "\t" + mention.id()), mention);
            if (entity == null || !seen.add(mention.page() + "\t" + entity.type())) {
                continue;
            }
            String type = linker.index().typeOf(mention.page());
            if (type == null) {
                notInIndex++;
                continue;
            }
            String[] parts = type.split(" ");
            String key = parts[0].equals("UNKNOWN") ? "untyped" : parts[1];
            int[] counts = byCertainty.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            if (parts[0].equals(entity.type().name())) {
                counts[1]++;
            }
        }
        StringBuilder line = new StringBuilder("  gold pages' types against the tagger's entity type:");
        byCertainty.forEach(
                (key, counts) -> line.append(String.format(" %s %d of %d agree;", key, counts[1], counts[0])));
        context.out().println(line + " " + notInIndex + " gold pages not in the index");
    }

    /** The pages the seed page's main story must link to (issue 15). */
    static final List<String> SEED_PAGES = List.of(
            "China",
            "United_States",
            "North_Korea",
            "London",
            "Seoul",
            "Washington,_D.C.",
            "United_Nations",
            "Hudson_Institute",
            "Anti-Slavery_International");

    /** The seed page through the pipeline: its entities' links, and which expected pages are among them. */
    private static void seedPage(EvaluationContext context, EnrichmentPipeline pipeline) throws IOException {
        String page = Files.readString(context.dataFile("seed/seed-page.txt"), StandardCharsets.UTF_8);
        ArticleDocument document = pipeline.tag(article("Seed page", page));
        Set<String> linked = new HashSet<>();
        StringBuilder list = new StringBuilder();
        for (Entity entity : document.entities()) {
            if (entity.type() == EntityType.MISC) {
                continue;
            }
            if (entity.link() != null) {
                linked.add(entity.link().id());
            }
            list.append(String.format(
                    "%n    %-13s %-40s %s",
                    entity.type(),
                    entity.name() + (entity.aliases().isEmpty() ? "" : " " + entity.aliases()),
                    entity.link() == null
                            ? "-"
                            : entity.link().id() + " " + entity.link().score()));
        }
        List<String> missing =
                SEED_PAGES.stream().filter(p -> !linked.contains(p)).toList();
        context.out()
                .printf(
                        "  seed page (seed/seed-page.txt, main story): %d of %d expected pages linked%s; entities:%s%n",
                        SEED_PAGES.size() - missing.size(),
                        SEED_PAGES.size(),
                        missing.isEmpty() ? "" : ", missing " + missing,
                        list);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void count(int[] counts, Link link, GoldMention mention) {
        if (link == null) {
            return;
        }
        counts[0]++;
        if (link.id().equals(mention.page())) {
            counts[1]++;
        }
    }

    private static void print(EvaluationContext context, String label, int[] counts, int withPage) {
        double precision = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
        double recall = (double) counts[1] / withPage;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        context.out()
                .printf("  %-28s %7d %7.2f %7.2f %7.2f%n", label, counts[0], 100 * precision, 100 * recall, 100 * f1);
    }

    /** The entity with a mention over the gold mention's words (the same span, or overlapping it). */
    private static Entity covering(List<Entity> entities, GoldMention gold) {
        int start = gold.start();
        int end = gold.start() + gold.length();
        Entity overlapping = null;
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                if (mention.start() == start && mention.end() == end) {
                    return entity;
                }
                if (mention.start() < end && start < mention.end() && overlapping == null) {
                    overlapping = entity;
                }
            }
        }
        return overlapping;
    }

    /** How many distinct ids the LOCATION entities of the Reuters stories have, before and with linking. */
    private static void reutersLocations(EvaluationContext context, EntityLinker linker) throws IOException {
        // The CRF once per story: the tagger without linking, then the linker on its entities.
        EntityTagger before = EntityTagger.withoutLinking();
        Set<String> beforeIds = new HashSet<>();
        Set<String> afterIds = new HashSet<>();
        // Each slug id of before, with the ids its LOCATION mentions have after linking.
        Map<String, Map<String, Integer>> idsOfSlug = new TreeMap<>();
        int limit = Integer.getInteger("links.reuters.limit", 0);
        long beforeMentions = 0;
        long afterMentions = 0;
        int stories = 0;
        long start = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(context.dataFile(REUTERS), StandardCharsets.UTF_8)) {
            ObjectMapper json = new ObjectMapper();
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode story = json.readTree(line);
                String body = story.path("body").asText("");
                if (body.isBlank()) {
                    continue;
                }
                stories++;
                String title = story.path("title").asText("");
                List<Entity> unlinked = tag(before, title, body);
                Map<Mention, String> slugs = new HashMap<>();
                for (Entity entity : unlinked) {
                    if (entity.type() == EntityType.LOCATION) {
                        beforeIds.add(entity.id());
                        beforeMentions += entity.mentions().size();
                    }
                    for (Mention mention : entity.mentions()) {
                        slugs.put(mention, entity.id());
                    }
                }
                for (Entity entity : linker.link(body, title, unlinked)) {
                    if (entity.type() == EntityType.LOCATION) {
                        afterIds.add(entity.id());
                        afterMentions += entity.mentions().size();
                        for (Mention mention : entity.mentions()) {
                            String slug = slugs.get(mention);
                            if (slug != null) {
                                idsOfSlug
                                        .computeIfAbsent(slug, k -> new TreeMap<>())
                                        .merge(entity.id(), 1, Integer::sum);
                            }
                        }
                    }
                }
                if (limit > 0 && stories >= limit) {
                    break;
                }
            }
        }
        context.out()
                .printf(
                        "  Reuters-21578, %,d stories (entity tagger, language set to English): LOCATION entities"
                                + " have %,d distinct ids before linking (%,d mentions), %,d with linking (%,d"
                                + " mentions) (%.0f s)%n",
                        stories,
                        beforeIds.size(),
                        beforeMentions,
                        afterIds.size(),
                        afterMentions,
                        (System.nanoTime() - start) / 1e9);
        long split = idsOfSlug.values().stream().filter(ids -> ids.size() > 1).count();
        long splitLinkedAndNot = idsOfSlug.values().stream()
                .filter(ids -> ids.size() > 1
                        && ids.keySet().stream().anyMatch(id -> id.startsWith("wikipedia:"))
                        && ids.keySet().stream().anyMatch(id -> !id.startsWith("wikipedia:")))
                .count();
        Map<String, Integer> slugsOfId = new HashMap<>();
        idsOfSlug.values().forEach(ids -> ids.keySet().forEach(id -> slugsOfId.merge(id, 1, Integer::sum)));
        long merged = slugsOfId.values().stream().filter(n -> n > 1).count();
        context.out()
                .printf(
                        "    %,d linked ids gather two or more names' slugs; %,d slugs spread over two or more ids"
                                + " (%,d of them linked in some stories and not in others): %s%n",
                        merged, split, splitLinkedAndNot, context.outputFile("reuters-location-ids.tsv"));
        List<String> lines = new ArrayList<>();
        idsOfSlug.forEach((slug, ids) -> lines.add(slug + "\t" + ids));
        Files.write(context.outputFile("reuters-location-ids.tsv"), lines, StandardCharsets.UTF_8);
    }

    private static List<Entity> tag(EntityTagger tagger, String title, String body) {
        ArticleDocument document = new ArticleDocument(article(title, body));
        document.setLanguage(new DetectedLanguage("en", 1.0));
        tagger.tag(document);
        return document.entities();
    }

    /** The pipeline's entities, with offsets into the document's body (the segmenter may cut it). */
    private static List<Entity> entities(EnrichmentPipeline pipeline, Document document) {
        return PipelineRun.of(pipeline, document.title(), document.body()).entities();
    }

    private static ArticleIngested article(String title, String body) {
        return PipelineRun.article(title, body);
    }

    private static List<GoldMention> readGold() throws IOException {
        List<GoldMention> gold = new ArrayList<>();
        try (InputStream in = LinkEvaluation.class.getResourceAsStream(GOLD)) {
            if (in == null) {
                throw new IOException("missing " + GOLD);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                gold.add(new GoldMention(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
            }
        }
        return gold;
    }

    /** Fills in each wanted (file, id) document from the shared data. */
    private static void loadDocuments(EvaluationContext context, Map<String, Document> wanted) throws IOException {
        for (Document document : sample(context, null)) {
            String key = document.file() + "\t" + document.id();
            if (wanted.containsKey(key)) {
                wanted.put(key, document);
            }
        }
        for (Map.Entry<String, Document> entry : wanted.entrySet()) {
            if (entry.getValue() == null) {
                throw new IOException("gold document not in the sample: " + entry.getKey());
            }
        }
    }

    /**
     * The documents the gold set was drawn from: every 400th Reuters story, every 60th MasakhaNEWS
     * article, every 20th sentence of UNER en-pud's news half (ids n...). With {@code limit} null, all.
     */
    private static List<Document> sample(EvaluationContext context, Integer limit) throws IOException {
        List<Document> documents = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of(REUTERS, MASAKHANEWS)) {
            int every = file.equals(REUTERS) ? 400 : 60;
            int n = 0;
            try (BufferedReader reader = Files.newBufferedReader(context.dataFile(file), StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (n++ % every != 0) {
                        continue;
                    }
                    JsonNode story = json.readTree(line);
                    String body = story.path("body").asText("");
                    if (!body.isBlank()) {
                        documents.add(new Document(
                                file,
                                story.path("id").asText(),
                                story.path("title").asText(""),
                                body));
                    }
                }
            }
        }
        int n = 0;
        String id = null;
        for (String line : Files.readAllLines(context.dataFile(UNER), StandardCharsets.UTF_8)) {
            if (line.startsWith("# sent_id = ")) {
                id = line.substring("# sent_id = ".length()).strip();
            } else if (line.startsWith("# text = ") && id != null && id.startsWith("n") && n++ % 20 == 0) {
                documents.add(new Document(UNER, id, "News", line.substring("# text = ".length())));
            }
        }
        return documents;
    }

    private static void writeCandidates(EvaluationContext context, EnrichmentPipeline pipeline, EntityLinker linker)
            throws IOException {
        Path file = context.outputFile("link-candidates.tsv");
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("file\tid\tstart\tlength\ttext\ttype\tlinker\tprior-only\tcontext\n");
            for (Document document : sample(context, null)) {
                for (Entity entity : entities(pipeline, document)) {
                    if (entity.type() == EntityType.MISC) {
                        continue;
                    }
                    for (Mention mention : entity.mentions()) {
                        Link prior = linker.priorOnly(mention.text());
                        String around = document.body()
                                .substring(
                                        Math.max(0, mention.start() - 60),
                                        Math.min(document.body().length(), mention.end() + 60))
                                .replaceAll("\\s+", " ");
                        out.write(String.join(
                                "\t",
                                document.file(),
                                document.id(),
                                Integer.toString(mention.start()),
                                Integer.toString(mention.end() - mention.start()),
                                mention.text().replaceAll("\\s+", " "),
                                entity.type().name(),
                                entity.link() == null ? "-" : entity.link().id(),
                                prior == null ? "-" : prior.id(),
                                around));
                        out.write('\n');
                        rows++;
                    }
                }
            }
        }
        context.out().printf("  %d candidate mentions written to %s%n", rows, file);
    }
}
