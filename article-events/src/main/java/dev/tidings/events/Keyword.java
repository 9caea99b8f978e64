package dev.tidings.events;

/** A key phrase of the main story, with its weight (higher is more characteristic). */
public record Keyword(String term, double score) {}
