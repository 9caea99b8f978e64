package dev.tidings.query.stream;

/**
 * One Server-Sent Event: an article (id = its store sequence number), a story that an article just
 * started or joined (no id: a client resumes by articles), a control event, or a comment line.
 */
public record StreamEvent(String id, String name, String data, String comment) {
    public static final String ARTICLE = "article";
    public static final String DROPPED = "dropped";
    public static final String TRUNCATED = "truncated";
    public static final String STORY = "story";

    public static StreamEvent article(long storeSeq, String json) {
        return new StreamEvent(Long.toString(storeSeq), ARTICLE, json, null);
    }

    public static StreamEvent control(String name, String json) {
        return new StreamEvent(null, name, json, null);
    }

    public static StreamEvent comment(String text) {
        return new StreamEvent(null, null, null, text);
    }

    public boolean isArticle() {
        return ARTICLE.equals(name);
    }
}
