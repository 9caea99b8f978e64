package dev.tidings.enrichment.entity;

import dev.tidings.enrichment.salience.SalienceScorer;
import dev.tidings.events.Entity;
import dev.tidings.events.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one {@link Entity} of all the mentions of the same person, organisation or place in an
 * article. Mentions of the same type and name are one entity to begin with; then, in this order:
 *
 * <ol>
 *   <li>{@link AcronymLinker}: "Mainland Affairs Council (MAC)", and every later "MAC";
 *   <li>{@link NativeScriptAliasFinder}: "Chiu Chui-cheng (邱垂正)";
 *   <li>{@link ShortNameLinker}: "Miller" with "John Miller" (it reads the aliases found above);
 *   <li>{@link RepeatedNameFinder}: the same names where the CRF missed them.
 * </ol>
 *
 * <p>An entity's name is its longest name written out in full; its id is its type and that name
 * ({@link EntityId}), so the same in every article that names it in full; its aliases are its other
 * names. {@link SalienceScorer} ranks them.
 */
public final class EntityGrouper {

    private final AcronymLinker acronyms = new AcronymLinker();
    private final NativeScriptAliasFinder nativeNames = new NativeScriptAliasFinder();
    private final ShortNameLinker shortNames = new ShortNameLinker();
    private final RepeatedNameFinder repeatedNames = new RepeatedNameFinder();
    private final SalienceScorer salience = new SalienceScorer();
    private final Set<String> titles;

    /** The English grouper. */
    public EntityGrouper() {
        this(Set.of());
    }

    /** A grouper for a language whose names may start with one of {@code titles} ("M. Macron"). */
    EntityGrouper(Set<String> titles) {
        this.titles = titles;
    }

    /**
     * @param mentions in text order, none overlapping another
     * @return the entities, most salient first; ties in the order they are first named
     */
    public List<Entity> group(String body, String title, List<EntityMention> mentions) {
        ArticleEntities entities = ArticleEntities.of(body, mentions, titles);
        acronyms.link(entities);
        nativeNames.link(entities);
        shortNames.link(entities);
        repeatedNames.link(entities);

        mergeSameIds(entities);

        List<EntityCluster> clusters = entities.clusters();
        int mostMentions = clusters.stream()
                .mapToInt(cluster -> cluster.mentions().size())
                .max()
                .orElse(1);
        List<Entity> result = new ArrayList<>(clusters.size());
        for (EntityCluster cluster : clusters) {
            String name = cluster.name();
            result.add(new Entity(
                    id(cluster),
                    cluster.type(),
                    name,
                    cluster.aliases(),
                    cluster.mentions().stream()
                            .map(mention -> new Mention(mention.start(), mention.end(), mention.text()))
                            .toList(),
                    salience.score(
                            cluster.mentions().size(),
                            mostMentions,
                            cluster.firstStart(),
                            body.length(),
                            cluster.names(),
                            title)));
        }
        // Stable sort: equal salience keeps the order of first mention, so the output is deterministic.
        result.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return result;
    }

    /** Two entities that a link left with names spelled alike ("Kovács", "Kovacs") are one. */
    private static void mergeSameIds(ArticleEntities entities) {
        Map<String, EntityCluster> byId = new HashMap<>();
        for (EntityCluster cluster : entities.clusters()) {
            EntityCluster first = byId.putIfAbsent(id(cluster), cluster);
            if (first != null) {
                entities.merge(cluster, first);
            }
        }
    }

    private static String id(EntityCluster cluster) {
        return EntityId.of(cluster.type(), cluster.name());
    }
}
