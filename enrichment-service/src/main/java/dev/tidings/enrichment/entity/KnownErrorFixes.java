package dev.tidings.enrichment.entity;

import java.util.List;

/**
 * The corrections of a language's CRF's known mistakes, in the order they run. Order matters where
 * two could touch the same words: the place before "-based" is split off first, and other
 * hyphenated modifiers cut off next, so that the organisation after them is the one that may be
 * extended; demonyms are judged last, against the places found by then.
 *
 * <p>The English fixes are about English words ("-based", "St", "Office to …"); the other
 * languages have their own, where their CRFs were seen to err ("Wiener Linien").
 */
final class KnownErrorFixes implements MentionFix {

    private final List<MentionFix> fixes;

    /** The English fixes. */
    KnownErrorFixes() {
        this(NerLanguage.ENGLISH);
    }

    KnownErrorFixes(NerLanguage language) {
        this.fixes = switch (language) {
            case ENGLISH ->
                List.of(
                        new PlaceBeforeBasedFix(),
                        new HyphenatedModifierFix(),
                        new SaintPlaceFix(),
                        new TruncatedOrganizationFix(),
                        new EmployerAfterRoleFix(),
                        new DemonymFix());
            case GERMAN -> List.of(new PlaceAdjectiveOrganizationFix());
            case SPANISH -> List.of(new CountryNameFix(language));
            default -> List.of();
        };
    }

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = mentions;
        for (MentionFix fix : fixes) {
            result = fix.apply(text, result);
        }
        return result;
    }
}
