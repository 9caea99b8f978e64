package dev.tidings.enrichment.entity;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * A page written for these tests in the shape of a scraped news page: a main story in which a
 * person is named in full and then by family name, an organisation with its acronym, a place
 * before "-based", a demonym and an office whose name runs on after "to"; an "Also see story:" line;
 * a teaser with an ALL-CAPS kicker and a romanised name followed by the original. Every name in it
 * is made up or used only as a place.
 */
final class EntityFixtures {

    static final String TITLE = "Mekong fishing crews turned back, Lindqvist says";

    static final String PAGE = String.join(
            "\n",
            "Fishing crews from three countries were turned back on the Mekong this week, the Mekong River"
                    + " Commission (MRC) said on Thursday.",
            "\"We counted more than forty boats in a single night,\" said Anna Lindqvist, director of the UN"
                    + " Environment Programme's Office to Combat Illegal Fishing in River Basins, after two days of"
                    + " talks in Vientiane.",
            "Lindqvist said the MRC would ask its four member states to share their catch records. She said the"
                    + " figures were the worst since 2015, and he added that it would take years to recover.",
            "Officials in Phnom Penh told reporters they had not been consulted. The Washington-based Stimson"
                    + " Center said the dispute could spread downstream.",
            "Local traders, many of them Hong Kongers who moved south in the 1990s, said the price of fish had"
                    + " doubled. \"The river is emptier every year,\" Lindqvist told reporters.",
            "Also see story:",
            "Dams cut the sediment reaching the delta",
            "HARBOURS: Port director Lin Mei-hua (林美華) said on Monday that the new quay in Kaohsiung would open"
                    + " in June. Lin said the delay was caused by flooding.");

    /**
     * A story no longer than a teaser, in a teaser's shape (an ALL-CAPS kicker, then two or three
     * sentences): a romanised Chinese name with the original in parentheses and then the family name
     * alone, and an organisation defined with its acronym that is then named by the acronym alone.
     * Written for these tests.
     */
    static final String TEASER_STORY = "CROSS-STRAIT: Taiwan's Mainland Affairs Council (MAC) said on Thursday"
            + " that group tours to China would stay suspended. MAC minister Chiu Chui-cheng (邱垂正) told"
            + " lawmakers in Taipei that Beijing had shown no goodwill. Chiu said the ban would be reviewed in"
            + " March.";

    private EntityFixtures() {}

    /** The mention of the {@code nth} (from 0) occurrence of {@code surface} as whole words in {@code text}. */
    static EntityMention mention(String text, EntityType type, String surface, int nth) {
        int start = -1;
        int found = -1;
        while (found < nth) {
            start = text.indexOf(surface, start + 1);
            if (start < 0) {
                throw new IllegalArgumentException(surface + " is not in the text " + (nth + 1) + " times");
            }
            if (!MentionSpans.isWordCharAt(text, start - 1)
                    && !MentionSpans.isWordCharAt(text, start + surface.length())) {
                found++;
            }
        }
        return EntityMention.of(text, type, start, start + surface.length());
    }

    static EntityMention mention(String text, EntityType type, String surface) {
        return mention(text, type, surface, 0);
    }

    static Optional<Entity> find(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    static Entity get(List<Entity> entities, String id) {
        return find(entities, id).orElseThrow(() -> new AssertionError(id + " not in " + entities));
    }

    /** The mentions' texts, in text order. */
    static List<String> texts(Entity entity) {
        return entity.mentions().stream().map(m -> m.text()).toList();
    }
}
