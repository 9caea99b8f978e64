package dev.tidings.enrichment.link;

import dev.tidings.events.EntityType;

/**
 * What a Wikipedia page is about, as far as its title and the gazetteers tell: Wikipedia pages
 * carry no type of their own. See {@link PageTyper} for the rules and how sure each is.
 */
enum PageType {
    /** No rule applies: the page may be anything. */
    UNKNOWN(null),
    PERSON(EntityType.PERSON),
    ORGANIZATION(EntityType.ORGANIZATION),
    LOCATION(EntityType.LOCATION),
    /** A work, an event, a ship, a concept: never what a person, organisation or place name means. */
    OTHER(null);

    private final EntityType entityType;

    PageType(EntityType entityType) {
        this.entityType = entityType;
    }

    /** The entity type of such a page, or null for UNKNOWN and OTHER. */
    EntityType entityType() {
        return entityType;
    }
}
