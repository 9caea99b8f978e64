package dev.tidings.enrichment.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Hong Kong-listed", "Northern Ireland-born", "Saudi-led": the tokenizer keeps such a word whole,
 * and the CRF tags it with the name. The modifier is not part of the name, so the mention ends
 * before the hyphen. ("-based" is {@link PlaceBeforeBasedFix}'s, which also knows the name is a
 * place.) Only these modifiers: a lower-case word after a hyphen is also the second half of a
 * romanised given name ("Chui-cheng").
 */
final class HyphenatedModifierFix implements MentionFix {

    private static final Set<String> MODIFIERS = Set.of(
            "born",
            "bred",
            "listed",
            "owned",
            "led",
            "backed",
            "registered",
            "flagged",
            "made",
            "headquartered",
            "bound",
            "run",
            "controlled",
            "funded",
            "sponsored",
            "style",
            "area",
            "focused",
            "linked",
            "affiliated",
            "allied",
            "leaning",
            "oriented",
            "centric",
            "wide",
            "specific",
            "speaking",
            "era",
            "type",
            "brokered",
            "imposed",
            "inspired",
            "operated",
            "produced",
            "built",
            "dominated",
            "held",
            "friendly",
            "sized");

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            int hyphen = mention.text().lastIndexOf('-');
            if (hyphen > 0 && MODIFIERS.contains(mention.text().substring(hyphen + 1))) {
                if (result == null) {
                    result = new ArrayList<>(mentions);
                }
                result.set(i, EntityMention.of(text, mention.type(), mention.start(), mention.start() + hyphen));
            }
        }
        return result == null ? mentions : result;
    }
}
