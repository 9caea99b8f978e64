package dev.tidings.events;

/** The kinds of named entity an article is tagged with. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
