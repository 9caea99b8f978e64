package dev.tidings.enrichment.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesTopicModelTests {

    private static final List<String> CLASSES = List.of("medtop:15000000", "medtop:04000000");

    private final TopicTerms terms = new TopicTerms();

    @Test
    void prefersTheTopicWhoseWordsTheArticleUses() {
        NaiveBayesTopicModel model = trained(10);

        double[] posterior = model.posterior(terms.of("The striker scored twice as the club won the league"));

        assertTrue(posterior[0] > 0.8, () -> "sport " + posterior[0]);
        assertEquals(1.0, posterior[0] + posterior[1], 1e-9);
    }

    @Test
    void aLongArticleIsReadAsIfItHadOnlyLengthTerms() {
        String sporty = "The striker scored and the club won the league. ".repeat(20);

        double capped = trained(10).posterior(terms.of(sporty))[0];
        double uncapped = trained(1e9).posterior(terms.of(sporty))[0];

        assertTrue(capped < uncapped, "the cap keeps the model from being certain on repetition alone");
        assertTrue(capped > 0.5);
    }

    @Test
    void writtenModelReadsBackToTheSameBytesAndPosteriors() throws IOException {
        NaiveBayesTopicModel model = trained(10);
        StringBuilder written = new StringBuilder();
        model.write(written, List.of("test model"));

        NaiveBayesTopicModel read = NaiveBayesTopicModel.read(new BufferedReader(new StringReader(written.toString())));
        StringBuilder rewritten = new StringBuilder();
        read.write(rewritten, List.of("test model"));

        assertEquals(written.toString(), rewritten.toString());
        List<String> article = terms.of("Shares in the bank fell after its profit warning");
        assertArrayEquals(model.posterior(article), read.posterior(article), 1e-12);
    }

    @Test
    void shippedModelKnowsTheSixMasakhaNewsTopics() {
        NaiveBayesTopicModel model = NaiveBayesTopicModel.load();

        assertEquals(6, model.classes().size());
        assertTrue(model.vocabularySize() > 5_000);
        int business = model.classes().indexOf("medtop:04000000");
        double[] posterior = model.posterior(terms.of("Shares fell as the bank cut its profit forecast for investors"));
        for (double p : posterior) {
            assertTrue(posterior[business] >= p);
        }
    }

    private NaiveBayesTopicModel trained(double length) {
        List<List<String>> articles = List.of(
                terms.of("The club won the league after the striker scored"),
                terms.of("The coach praised the players after the match and the goal"),
                terms.of("Shares in the bank rose as profit beat forecasts"),
                terms.of("Investors sold shares after the company cut its profit forecast"));
        return NaiveBayesTopicModel.train(CLASSES, articles, new int[] {0, 0, 1, 1}, 0.5, length, 1);
    }
}
