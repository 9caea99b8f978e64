package dev.tidings.events;

/**
 * The knowledge-base entry an entity was linked to.
 *
 * @param kb the knowledge base, e.g. {@code wikipedia} (English Wikipedia)
 * @param id the entry's id in it, e.g. {@code Washington,_D.C.} (a Wikipedia page title as in its URL)
 * @param title the entry's title for people, e.g. {@code Washington, D.C.}
 * @param score 0..1, how sure the linker is
 */
public record Link(String kb, String id, String title, double score) {}
