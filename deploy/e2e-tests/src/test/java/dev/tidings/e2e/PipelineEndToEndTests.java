package dev.tidings.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.client.enrichment.api.EnrichmentApi;
import dev.tidings.client.enrichment.model.ArticleEnriched;
import dev.tidings.client.enrichment.model.EnrichRequest;
import dev.tidings.client.ingest.model.AcceptedArticle;
import dev.tidings.client.ingest.model.ArticleSubmission;
import dev.tidings.client.query.api.ArticlesApi;
import dev.tidings.client.query.api.ArticlesApi.APIGetArticleRequest;
import dev.tidings.client.query.api.ArticlesApi.APISearchArticlesRequest;
import dev.tidings.client.query.api.SearchApi;
import dev.tidings.client.query.api.SearchApi.APICountFacetsRequest;
import dev.tidings.client.query.api.SearchApi.APISuggestEntitiesRequest;
import dev.tidings.client.query.model.ArticlePage;
import dev.tidings.client.query.model.EntitySuggestion;
import dev.tidings.client.query.model.FacetName;
import dev.tidings.client.query.model.FacetPage;
import dev.tidings.client.query.model.GetArticle200Response;
import dev.tidings.infra.ArticlePusher;
import dev.tidings.infra.ConsumerGroups;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.LongArticleTexts;
import dev.tidings.infra.ProjectPaths;
import dev.tidings.infra.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three packaged services on one real broker and one real database, started the way
 * deploy/local/run.sh starts them, with the sample articles of deploy/local/samples.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;
    private static List<ObjectNode> samples;

    @BeforeAll
    static void startStack() throws IOException {
        stack = LocalStack.start(LocalStack.Options.freePorts(Files.createTempDirectory("tidings-e2e")));
        samples = ArticlePusher.readJsonl(ProjectPaths.root().resolve("deploy/local/samples/articles.jsonl"));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void postedArticleBecomesQueryableWithItsEntities() throws Exception {
        HttpResponse<String> accepted = post(samples.get(0).toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = JSON.readTree(accepted.body()).path("id").asText();
        assertEquals(
                stack.queryUrl().replace("127.0.0.1", "localhost") + "/v1/articles/" + id,
                accepted.headers().firstValue("Location").orElseThrow());

        JsonNode article = awaitArticle(id);
        assertEquals("en", article.path("language").path("code").asText());
        Set<String> entities = names(article);
        assertTrue(entities.contains("PERSON Anna Lindqvist"), entities::toString);
        assertTrue(entities.contains("LOCATION Vientiane"), entities::toString);
        assertTrue(entities.stream().anyMatch(e -> e.startsWith("ORGANIZATION ")), entities::toString);
        String body = article.path("body").asText();
        for (JsonNode entity : article.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                assertEquals(
                        mention.path("text").asText(),
                        body.substring(
                                mention.path("start").asInt(),
                                mention.path("end").asInt()),
                        "mention offsets index into body");
            }
        }
    }

    @Test
    @Order(2)
    void postingTheSameArticleAgainChangesNothing() throws Exception {
        String id =
                JSON.readTree(post(samples.get(0).toString()).body()).path("id").asText();
        JsonNode before = awaitArticle(id);
        HttpResponse<String> again = post(samples.get(0).toString());
        assertEquals(202, again.statusCode());
        assertEquals(id, JSON.readTree(again.body()).path("id").asText());
        // The second event has gone through the pipeline once the enricher's consumer group has
        // caught up; the stored article must still be the first version.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(
                        before.path("version").asLong(),
                        awaitArticle(id).path("version").asLong()));
    }

    @Test
    @Order(3)
    void aGermanArticleGetsItsLanguageAndItsOwnEntities() throws Exception {
        HttpResponse<String> accepted = post(samples.get(2).toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode article =
                awaitArticle(JSON.readTree(accepted.body()).path("id").asText());
        assertEquals("de", article.path("language").path("code").asText());
        // run.sh's German sample: the German CRF and its fixes, through the whole pipeline.
        Set<String> entities = names(article);
        assertTrue(entities.contains("LOCATION Wien"), entities::toString);
        assertTrue(entities.contains("PERSON Maria Huber"), entities::toString);
        assertTrue(entities.contains("ORGANIZATION Wiener Linien"), entities::toString);
        for (JsonNode entity : article.path("entities")) {
            if (entity.path("name").asText().equals("Wien")) {
                assertEquals("AT", entity.path("countryCode").asText());
            }
        }
    }

    /**
     * Every operation but the stream (an endless response), called through the Java clients that
     * openapi-generator made from the services' own OpenAPI documents (see pom.xml): what a front-end
     * team's generated client gets, typed parameters and named methods included.
     */
    @Test
    @Order(4)
    void everyOperationAnswersTheClientGeneratedFromItsDocument() throws Exception {
        ObjectNode sample = samples.get(0);
        dev.tidings.client.ingest.ApiClient ingest = new dev.tidings.client.ingest.ApiClient();
        ingest.updateBaseUri(stack.ingestUrl());
        ingest.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + stack.ingestApiKey()));
        AcceptedArticle accepted = new dev.tidings.client.ingest.api.ArticlesApi(ingest)
                .submitArticle(new ArticleSubmission()
                        .url(sample.path("url").asText())
                        .title(sample.path("title").asText())
                        .body(sample.path("body").asText()));
        assertEquals(AcceptedArticle.StatusEnum.ACCEPTED, accepted.getStatus());
        UUID id = accepted.getId();

        dev.tidings.client.query.ApiClient query = new dev.tidings.client.query.ApiClient();
        query.updateBaseUri(stack.queryUrl());
        ArticlesApi articles = new ArticlesApi(query);
        GetArticle200Response article = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(
                        () -> articles.getArticle(
                                APIGetArticleRequest.newBuilder().id(id).build()),
                        stored -> stored.getVersion() >= accepted.getVersion());
        assertEquals("en", article.getLanguage().getCode());
        String lindqvist = article.getEntities().stream()
                .filter(entity -> "Anna Lindqvist".equals(entity.getName()))
                .findFirst()
                .orElseThrow()
                .getId();

        ArticlePage page = articles.searchArticles(APISearchArticlesRequest.newBuilder()
                .q("delta farmers")
                .person(List.of(lindqvist))
                .language(List.of("en"))
                .build());
        assertTrue(page.getItems().stream().anyMatch(hit -> hit.getId().equals(id)), page::toString);

        SearchApi search = new SearchApi(query);
        FacetPage facets = search.countFacets(APICountFacetsRequest.newBuilder()
                .facet(List.of(FacetName.LANGUAGE, FacetName.PERSON))
                .q("delta farmers")
                .build());
        assertTrue(
                facets.getFacets().get("language").stream()
                        .anyMatch(value -> value.getValue().equals("en") && value.getCount() >= 1),
                facets::toString);
        List<EntitySuggestion> suggestions = search.suggestEntities(APISuggestEntitiesRequest.newBuilder()
                .prefix("Anna Lind")
                .type("person")
                .build());
        assertTrue(suggestions.stream().anyMatch(entity -> entity.getId().equals(lindqvist)), suggestions::toString);

        dev.tidings.client.enrichment.ApiClient enrichment = new dev.tidings.client.enrichment.ApiClient();
        enrichment.updateBaseUri(stack.enrichmentUrl());
        ArticleEnriched preview = new EnrichmentApi(enrichment)
                .enrichArticle(new EnrichRequest()
                        .title(sample.path("title").asText())
                        .body(sample.path("body").asText()));
        assertEquals(0L, preview.getVersion());
        assertTrue(
                preview.getEntities().stream().anyMatch(entity -> entity.getId().equals(lindqvist)), preview::toString);
    }

    @Test
    @Order(5)
    void malformedArticleGetsProblemJson() throws Exception {
        HttpResponse<String> refused = post("{\"title\": \"No body and no url\"}");
        assertEquals(400, refused.statusCode());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        String problem = refused.body();
        assertTrue(problem.contains("url") && problem.contains("body"), problem);
    }

    /**
     * Long articles reach the store whole: 100 KB of English, and the longest body ingest takes,
     * 1,000,000 characters of Chinese (3 MB of UTF-8), which is over Kafka's default record size.
     */
    @Test
    @Order(5)
    void longArticlesAreStoredWhole() throws Exception {
        Map<String, String> bodies = Map.of(
                "https://news.example.com/long/harbour-report",
                LongArticleTexts.english(100_000),
                "https://news.example.com/long/harbour-report-zh",
                LongArticleTexts.chinese(LongArticleTexts.MAX_BODY_CHARACTERS));
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> article : bodies.entrySet()) {
            ObjectNode submission = JSON.createObjectNode()
                    .put("url", article.getKey())
                    .put("title", "Keelung ferry crews accept the harbour authority's offer")
                    .put("body", article.getValue());
            HttpResponse<String> accepted = post(submission.toString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            ids.put(article.getKey(), JSON.readTree(accepted.body()).path("id").asText());
        }
        for (Map.Entry<String, String> article : bodies.entrySet()) {
            JsonNode stored = awaitArticle(ids.get(article.getKey()), Duration.ofMinutes(3));
            String body = stored.path("body").asText();
            assertEquals(article.getValue().length(), body.length(), article.getKey());
            assertTrue(article.getValue().equals(body), article.getKey() + ": the stored body differs");
        }
    }

    /**
     * Issue 16's check: a page shaped like the seed page, two rewrites of its main story by other
     * sources and one unrelated article make one story of three and one of one.
     */
    @Test
    @Order(6)
    void aPageAndTwoRewritesOfItsStoryMakeOneStoryAndAnUnrelatedArticleAnother() throws Exception {
        Instant published = Instant.parse("2026-03-17T07:00:00Z");
        List<ObjectNode> submissions = new ArrayList<>();
        submissions.add(StoryPages.submission(
                StoryPages.DOCK_STRIKE_PAGE,
                "https://baltic-courier.example/2026/03/17/gdansk-dock-strike",
                published));
        for (int i = 0; i < StoryPages.DOCK_STRIKE_REWRITES.size(); i++) {
            submissions.add(StoryPages.submission(
                    StoryPages.DOCK_STRIKE_REWRITES.get(i),
                    "https://wire-" + i + ".example/2026/03/17/gdansk-strike",
                    published.plus(Duration.ofHours(1 + i))));
        }
        submissions.add(StoryPages.submission(
                StoryPages.CHERRY_HAIL,
                "https://valley-herald.example/2026/03/17/kent-cherries",
                published.plus(Duration.ofHours(2))));
        List<String> ids = new ArrayList<>();
        for (ObjectNode submission : submissions) {
            HttpResponse<String> accepted = post(submission.toString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            ids.add(JSON.readTree(accepted.body()).path("id").asText());
        }
        List<JsonNode> stored =
                ids.stream().map(PipelineEndToEndTests::awaitArticle).toList();

        // The page is stored as its main story: the related link and the teasers are cut off.
        assertEquals(StoryPages.DOCK_STRIKE_STORY, stored.get(0).path("body").asText());
        String strike = stored.get(0).path("story").path("id").asText();
        assertFalse(strike.isEmpty(), stored.get(0)::toString);
        List<String> stories =
                stored.stream().map(a -> a.path("story").path("id").asText()).toList();
        assertEquals(List.of(strike, strike, strike), stories.subList(0, 3), "the page and its two rewrites");
        assertFalse(strike.equals(stories.get(3)), "the unrelated article has a story of its own");
        assertEquals(
                3, getJson("/v1/stories/" + strike).path("story").path("size").asInt());
        JsonNode cherries = getJson("/v1/stories/" + stories.get(3));
        assertEquals(1, cherries.path("story").path("size").asInt());
        assertEquals(
                StoryPages.CHERRY_HAIL.title(),
                cherries.path("story").path("title").asText());
    }

    /**
     * Two query-service processes in one consumer group, each consuming its own partitions of
     * articles.enriched at the same time, group three events as one process does: each event one
     * story of its three reports.
     */
    @Test
    @Order(6)
    void twoQueryReplicasOnDifferentPartitionsGroupAsOne() throws Exception {
        ServiceProcess replica = stack.startQueryReplica();
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            Map<String, List<TopicPartition>> assigned = await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> groups.assignments("tidings-query", "articles.enriched"),
                            members -> members.size() == 2
                                    && members.values().stream().noneMatch(List::isEmpty));
            Map<TopicPartition, Long> before = committedOffsets(groups, "articles.enriched");

            List<List<ObjectNode>> events =
                    StoryPages.eventSubmissions("replicas", Instant.parse("2026-05-07T05:00:00Z"));
            List<ObjectNode> all = events.stream().flatMap(List::stream).toList();
            // Posted at once, so that both replicas store at the same time.
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
            for (ObjectNode submission : all) {
                posts.add(HTTP.sendAsync(postRequest(submission.toString()), HttpResponse.BodyHandlers.ofString()));
            }
            Map<String, String> idByUrl = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                HttpResponse<String> accepted = posts.get(i).get();
                assertEquals(202, accepted.statusCode(), accepted.body());
                idByUrl.put(
                        all.get(i).path("url").asText(),
                        JSON.readTree(accepted.body()).path("id").asText());
            }
            Set<String> storiesOfEvents = new java.util.HashSet<>();
            for (List<ObjectNode> event : events) {
                Set<String> stories = new java.util.HashSet<>();
                for (ObjectNode report : event) {
                    stories.add(awaitArticle(idByUrl.get(report.path("url").asText()))
                            .path("story")
                            .path("id")
                            .asText());
                }
                assertEquals(1, stories.size(), "one story for " + event.get(0).path("title") + ": " + stories);
                String story = stories.iterator().next();
                assertEquals(
                        3,
                        getJson("/v1/stories/" + story)
                                .path("story")
                                .path("size")
                                .asInt());
                storiesOfEvents.add(story);
            }
            assertEquals(events.size(), storiesOfEvents.size(), "a story per event");

            // Both replicas consumed: each committed past the offsets of before on one of its partitions.
            await().atMost(Duration.ofSeconds(30)).until(() -> groups.lag("tidings-query", "articles.enriched") == 0);
            Map<TopicPartition, Long> after = committedOffsets(groups, "articles.enriched");
            for (Map.Entry<String, List<TopicPartition>> member : assigned.entrySet()) {
                assertTrue(
                        member.getValue().stream().anyMatch(p -> after.get(p) > before.get(p)),
                        member.getKey() + " stored none of " + before + " → " + after);
            }
        } finally {
            replica.stop();
        }
    }

    private static Map<TopicPartition, Long> committedOffsets(ConsumerGroups groups, String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        var committed = groups.committed("tidings-query");
        for (TopicPartition partition : groups.partitions(topic)) {
            var offset = committed.get(partition);
            offsets.put(partition, offset == null ? 0L : offset.offset());
        }
        return offsets;
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.queryUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    @Test
    @Order(6)
    void aProducerWithoutAKnownKeyIsRefused() throws Exception {
        HttpResponse<String> anonymous = post(samples.get(1).toString(), null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(
                "Bearer realm=\"tidings-ingest\"",
                anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        HttpResponse<String> stranger = post(samples.get(1).toString(), "a-key-nobody-configured");
        assertEquals(403, stranger.statusCode(), stranger.body());
        assertEquals(
                "application/problem+json",
                stranger.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    }

    /**
     * The replay of deploy/local/replay.sh: with enrichment stopped, its group is reset to the start
     * of articles.ingested; started again with a higher enrichment version it re-tags every article
     * and query replaces the stored tags. Replayed through an older version, nothing changes.
     */
    @Test
    @Order(7)
    void aReplayThroughANewerEnricherReplacesTagsAndAnOlderOneNever() throws Exception {
        String id =
                JSON.readTree(post(samples.get(0).toString()).body()).path("id").asText();
        JsonNode before = awaitArticle(id);
        int shipped = before.path("enrichmentVersion").asInt();
        assertTrue(shipped >= 1, "enrichmentVersion " + shipped);

        replayWithEnrichmentVersion(shipped + 1);
        JsonNode replayed = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> awaitArticle(id),
                        article -> article.path("enrichmentVersion").asInt() == shipped + 1);
        // Same content: the replay re-tagged it. (Its version may be that of any submission of this
        // unchanged content: enrichment does not keep their order, and the stored version never goes down.)
        assertTrue(replayed.path("version").asLong() >= before.path("version").asLong());
        assertEquals(before.path("title").asText(), replayed.path("title").asText());
        assertEquals(before.path("body").asText(), replayed.path("body").asText());

        replayWithEnrichmentVersion(shipped);
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> groups.lag("tidings-enrichment", "articles.ingested") == 0
                            && groups.lag("tidings-query", "articles.enriched") == 0);
        }
        assertEquals(
                shipped + 1, awaitArticle(id).path("enrichmentVersion").asInt(), "older tags never replace newer ones");
    }

    private static void replayWithEnrichmentVersion(int version) throws IOException {
        stack.enrichment().stop();
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            groups.awaitEmpty("tidings-enrichment", Duration.ofSeconds(60));
            groups.resetToEarliest("tidings-enrichment", "articles.ingested");
        }
        stack.enrichment()
                .restart(Duration.ofMinutes(3), Map.of("TIDINGS_ENRICHMENT_VERSION", Integer.toString(version)));
    }

    @Test
    @Order(8)
    void stoppingTheStackLeavesNoProcessBehind() {
        List<ProcessHandle> processes = new ArrayList<>();
        for (long pid : stack.pids().values()) {
            ProcessHandle.of(pid).ifPresent(handle -> {
                processes.add(handle);
                handle.descendants().forEach(processes::add);
            });
        }
        assertFalse(processes.isEmpty());
        stack.close();
        stack = null;
        for (ProcessHandle process : processes) {
            assertFalse(process.isAlive(), () -> "still running: " + process.info());
        }
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return post(json, stack.ingestApiKey());
    }

    private static HttpResponse<String> post(String json, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest postRequest(String json) {
        return HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/v1/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + stack.ingestApiKey())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static JsonNode awaitArticle(String id) {
        return awaitArticle(id, Duration.ofSeconds(30));
    }

    private static JsonNode awaitArticle(String id, Duration atMost) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/v1/articles/" + id))
                .build();
        return await().atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            HttpResponse<String> response = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
                            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
                        },
                        article -> article != null);
    }

    private static Set<String> names(JsonNode article) {
        return StreamSupport.stream(article.path("entities").spliterator(), false)
                .map(e -> e.path("type").asText() + " " + e.path("name").asText())
                .collect(Collectors.toSet());
    }
}
