package dev.tidings.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The one check of an {@link ArticleEnriched} that its JSON Schema cannot express: every offset a
 * tag carries lies inside the text it indexes, with its start before its end. Mentions, quotes and
 * amounts index into {@code body}; a teaser's entities index into the teaser's own text. A tag
 * pointing outside its text would show readers the wrong words.
 */
final class TagOffsets {
    private TagOffsets() {}

    static List<String> violations(ArticleEnriched article) {
        List<String> problems = new ArrayList<>();
        int body = article.body().length();
        entities(article.entities(), "entities", body, "body", problems);
        for (int i = 0; i < article.quotes().size(); i++) {
            Quote quote = article.quotes().get(i);
            check("quotes[" + i + "]", quote.start(), quote.end(), body, "body", problems);
        }
        for (int i = 0; i < article.amounts().size(); i++) {
            Amount amount = article.amounts().get(i);
            check("amounts[" + i + "]", amount.start(), amount.end(), body, "body", problems);
        }
        List<Teaser> teasers = article.segments().teasers();
        for (int i = 0; i < teasers.size(); i++) {
            Teaser teaser = teasers.get(i);
            int text = teaser.text() == null ? 0 : teaser.text().length();
            entities(teaser.entities(), "segments.teasers[" + i + "].entities", text, "the teaser's text", problems);
        }
        return problems;
    }

    private static void entities(List<Entity> entities, String at, int length, String text, List<String> problems) {
        for (int i = 0; i < entities.size(); i++) {
            List<Mention> mentions = entities.get(i).mentions();
            for (int j = 0; j < mentions.size(); j++) {
                Mention mention = mentions.get(j);
                check(at + "[" + i + "].mentions[" + j + "]", mention.start(), mention.end(), length, text, problems);
            }
        }
    }

    private static void check(String at, int start, int end, int length, String text, List<String> problems) {
        if (start < 0 || end < start || end > length) {
            problems.add(at + ": start " + start + " and end " + end + " must be offsets into " + text + " (length "
                    + length + ") with start <= end");
        }
    }
}
