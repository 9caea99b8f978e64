package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "analysts at Drewry said": the name after a profession and "at" is where those people work, an
 * organisation. The English CRF reads a lone surname-like company name ("Drewry", "Lloyd") as a
 * person; the words before it say otherwise. Every person mention with the same text is retyped, so
 * that "Drewry expects…" later in the article is the same organisation, not a second entity.
 */
final class EmployerAfterRoleFix implements MentionFix {

    /** Professions that are said to work "at" a firm; people are not, so the name cannot be one. */
    private static final Pattern ROLE_AT = Pattern.compile(
            "\\b(?:analysts?|economists?|strategists?|researchers?|consultants?|experts?|scientists?"
                    + "|engineers?|traders?|executives?|bankers?|brokers?|lawyers?|staff) at $",
            Pattern.CASE_INSENSITIVE);
    /** Long enough for the longest profession, "researchers at ". */
    private static final int LOOK_BACK = 20;

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        Set<String> employers = new HashSet<>();
        for (EntityMention mention : mentions) {
            if (mention.type() == EntityType.PERSON && followsRoleAt(text, mention.start())) {
                employers.add(mention.text());
            }
        }
        if (employers.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(mention -> mention.type() == EntityType.PERSON && employers.contains(mention.text())
                        ? mention.withType(EntityType.ORGANIZATION)
                        : mention)
                .toList();
    }

    private static boolean followsRoleAt(String text, int start) {
        return ROLE_AT.matcher(text.substring(Math.max(0, start - LOOK_BACK), start))
                .find();
    }
}
