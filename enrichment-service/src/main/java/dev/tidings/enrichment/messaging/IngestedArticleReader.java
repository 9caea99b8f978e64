package dev.tidings.enrichment.messaging;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.enrichment.segment.HtmlPageCleaner;
import dev.tidings.events.ArticleIngested;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads the value of an {@code articles.ingested} record, refusing what enrichment cannot use. */
@ApplicationScoped
public class IngestedArticleReader {

    private final ObjectMapper mapper;

    IngestedArticleReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws UnprocessableArticleException with the reason, for the dead-letter topic */
    public ArticleIngested read(String value) {
        if (value == null || value.isBlank()) {
            throw new UnprocessableArticleException("record has no value");
        }
        ArticleIngested article;
        try {
            article = mapper.readValue(value, ArticleIngested.class);
        } catch (JsonParseException e) {
            throw new UnprocessableArticleException("not valid JSON: " + e.getOriginalMessage());
        } catch (JsonMappingException e) {
            throw new UnprocessableArticleException(
                    "not an ArticleIngested at " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new UnprocessableArticleException("unreadable JSON: " + e.getOriginalMessage());
        }
        if (article == null) {
            throw new UnprocessableArticleException("record value is JSON null");
        }
        List<String> missing = missingFields(article);
        if (!missing.isEmpty()) {
            throw new UnprocessableArticleException("missing required field(s): " + String.join(", ", missing));
        }
        return article;
    }

    /** What the enriched event must carry (see article-enriched.v1.json) and enrichment reads. */
    private static List<String> missingFields(ArticleIngested article) {
        List<String> missing = new ArrayList<>();
        if (article.id() == null) {
            missing.add("id");
        }
        if (article.url() == null) {
            missing.add("url");
        }
        // An HTML page may come without a title: the page tagger takes the page's own.
        if (article.title() == null && !HtmlPageCleaner.isHtml(article.body(), article.contentType())) {
            missing.add("title");
        }
        if (article.body() == null) {
            missing.add("body");
        }
        if (article.contentHash() == null) {
            missing.add("contentHash");
        }
        if (article.ingestedAt() == null) {
            missing.add("ingestedAt");
        }
        return missing;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }
}
