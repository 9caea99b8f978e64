package dev.tidings.enrichment.entity;

import java.util.List;

/**
 * One correction of a mistake the CRF is known to make. Each fix is a pure function of the text and
 * the mentions found so far, so that it can be tested on a sentence written for it.
 */
interface MentionFix {

    /**
     * @param mentions in text order, none overlapping another
     * @return the corrected mentions, in text order, none overlapping another
     */
    List<EntityMention> apply(String text, List<EntityMention> mentions);
}
