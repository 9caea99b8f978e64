package dev.tidings.events;

/**
 * Which taggers ran on an article, so that a front end can tell "none found" (a tagger that ran and
 * found nothing: an empty list) from "not looked for" (a tagger that does not support the article's
 * language: {@code false} here). Language, segments and the fingerprint are made for every article
 * and are not listed.
 *
 * <p>Null on events published before this field existed: their readers cannot know what ran.
 */
public record Coverage(
        boolean entities,
        boolean countries,
        boolean quotes,
        boolean amounts,
        boolean topics,
        boolean keywords,
        boolean tone,
        boolean summary) {

    /** No language-dependent tagger ran (an undetermined or unsupported language). */
    public static final Coverage NONE = new Coverage(false, false, false, false, false, false, false, false);
}
