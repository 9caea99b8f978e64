package dev.tidings.bench.archive;

/**
 * Where the archive loader takes its articles from: the generator ({@link ArchiveArticles}) or a
 * file of enriched articles ({@link ArchiveFile}). Read by index, from several threads at once.
 */
public interface ArchiveSource {
    long count();

    /** Article {@code i}, 0 ≤ i < {@link #count()}, and its near-duplicate flag. */
    ArchiveArticles.Generated article(long i);
}
