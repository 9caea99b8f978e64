package dev.tidings.events;

/** A related story named on the page, e.g. after an "Also see story:" line. */
public record RelatedLink(String title) {}
