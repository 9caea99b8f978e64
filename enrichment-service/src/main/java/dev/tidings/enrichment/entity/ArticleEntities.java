package dev.tidings.enrichment.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one article while they are being linked: one {@link EntityCluster} per entity,
 * in the order each is first named. Linkers merge clusters and add the mentions the CRF missed.
 */
final class ArticleEntities {

    private final String body;
    private final List<EntityCluster> clusters;

    private ArticleEntities(String body, List<EntityCluster> clusters) {
        this.body = body;
        this.clusters = clusters;
    }

    /** One cluster per id (type and name, spelled alike), before any linking. */
    static ArticleEntities of(String body, List<EntityMention> mentions) {
        return of(body, mentions, Set.of());
    }

    /** As {@link #of(String, List)}, names read without a leading title of {@code titles}. */
    static ArticleEntities of(String body, List<EntityMention> mentions, Set<String> titles) {
        Map<String, EntityCluster> byTypeAndName = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            byTypeAndName
                    .computeIfAbsent(
                            EntityId.of(mention.type(), EntityCluster.nameOf(mention, titles)),
                            key -> new EntityCluster(mention.type(), titles))
                    .add(mention);
        }
        return new ArticleEntities(body, new ArrayList<>(byTypeAndName.values()));
    }

    String body() {
        return body;
    }

    /** The clusters, in the order first named; a snapshot, safe to iterate while merging. */
    List<EntityCluster> clusters() {
        List<EntityCluster> snapshot = new ArrayList<>(clusters);
        snapshot.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        return snapshot;
    }

    boolean contains(EntityCluster cluster) {
        return clusters.contains(cluster);
    }

    /** Moves every mention of {@code from} into {@code into}; {@code from} is gone afterwards. */
    void merge(EntityCluster from, EntityCluster into) {
        if (from == into) {
            return;
        }
        into.absorb(from);
        clusters.remove(from);
    }

    /** Whether no mention covers any of {@code start..end}. */
    boolean isFree(int start, int end) {
        for (EntityCluster cluster : clusters) {
            if (MentionSpans.anyOverlaps(cluster.mentions(), start, end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the words at {@code start..end} a mention of {@code into}: a mention the CRF found
     * there moves over (with the rest of its cluster when that cluster has no other name), and
     * where there was none a new one is added. Nothing changes where another mention only partly
     * overlaps those words.
     */
    void claim(int start, int end, EntityCluster into) {
        for (EntityCluster cluster : new ArrayList<>(clusters)) {
            for (EntityMention mention : List.copyOf(cluster.mentions())) {
                if (!mention.overlaps(start, end)) {
                    continue;
                }
                if (mention.start() != start || mention.end() != end) {
                    return;
                }
                if (cluster == into) {
                    return;
                }
                if (cluster.names().size() == 1) {
                    merge(cluster, into);
                } else {
                    cluster.remove(mention);
                    into.add(mention);
                }
                return;
            }
        }
        into.add(EntityMention.of(body, into.type(), start, end));
    }

    /** Every place {@code name} stands as a word of its own in the body. */
    List<Integer> occurrences(String name) {
        List<Integer> starts = new ArrayList<>();
        int at = body.indexOf(name);
        while (at >= 0) {
            if (!MentionSpans.isWordCharAt(body, at - 1) && !MentionSpans.isWordCharAt(body, at + name.length())) {
                starts.add(at);
            }
            at = body.indexOf(name, at + name.length());
        }
        return starts;
    }

    List<EntityCluster> all() {
        return clusters;
    }
}
