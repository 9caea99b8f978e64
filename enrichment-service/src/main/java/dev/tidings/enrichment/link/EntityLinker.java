package dev.tidings.enrichment.link;

import dev.tidings.enrichment.geo.CityTable;
import dev.tidings.enrichment.geo.CountryGazetteer;
import dev.tidings.enrichment.geo.Place;
import dev.tidings.enrichment.geo.PlaceResolver;
import dev.tidings.enrichment.salience.SalienceScorer;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Link;
import dev.tidings.events.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links each person, organisation and place of an article to its English Wikipedia page, when one
 * is found with enough confidence ({@value #MIN_SCORE}), and makes the entities that link to the
 * same page one: "U.S.", "US", "United States" and "America" become {@code wikipedia:United_States}
 * with aliases, in every article alike.
 *
 * <p>A candidate page's score, for an entity:
 *
 * <ul>
 *   <li><b>prior</b>: the share of web links with the entity's name (or one of its aliases, weighed
 *       down) as anchor text that go to the page ({@link LinkIndex}); only the most frequent page of
 *       each anchor is known, so the other pages of the same name ("Washington, D.C." beside
 *       "Washington") enter with no prior;
 *   <li><b>the words around it</b> (+{@value #CONTEXT_WEIGHT} × that anchor's prior): the mention
 *       with the word after or before it is itself an anchor of the page: "Washington state's
 *       wildfires" → "Washington state" → the state;
 *   <li><b>the place news means</b> (+{@value #PLACE_WEIGHT}): for a place name, the page of the
 *       place the geo gazetteer picks (a capital over a state, the most populous city otherwise), the
 *       same reading the country tagger makes: "Washington imposed sanctions" → Washington, D.C.;
 *   <li><b>the other entities</b>: another entity of the article links to the page by a name of its
 *       own (+{@value #COHERENCE_WEIGHT}); the page's disambiguator is another entity's place, as in
 *       "Rochester in Kent" → "Rochester, Kent" (+{@value #QUALIFIER_WEIGHT}: the article names the
 *       place that tells the two apart);
 *   <li><b>type</b>: an organisation's page for a place or the other way round costs {@value
 *       #ORGANIZATION_PLACE_PENALTY} and the mention keeps its type (news names a government by its
 *       capital and a club by its town); a page of another type than a person's, or a person's page
 *       for another type, is out, unless the page's type is sure and the prior alone is over {@value
 *       #RETYPE_PRIOR}, in which case the link corrects the mention's type ("Hudson Institute"
 *       tagged as a person); a page of unknown type costs {@value #UNKNOWN_TYPE_PENALTY}.
 * </ul>
 *
 * <p>Entities linked to one page and of one type become one entity; where entities of two types
 * link to one page (the team "Minnesota" and the state), the most named keeps the link.
 *
 * <p>A person named by a single word ("Miller") links only where its prior is over {@value
 * #RETYPE_PRIOR}: a surname is rarely one person's.
 */
public final class EntityLinker {

    static final String KB = "wikipedia";
    static final double MIN_SCORE = 0.5;
    static final double CONTEXT_WEIGHT = 0.5;
    static final double PLACE_WEIGHT = 0.8;
    static final double COHERENCE_WEIGHT = 0.2;
    static final double QUALIFIER_WEIGHT = 1.0;
    /** "Rochester in Kent", "Andalusia, Ala.", "Portland (Oregon)": at most this many characters between. */
    static final int QUALIFIER_DISTANCE = 5;

    static final double RETYPE_PRIOR = 0.9;
    static final double SINGLE_NAME_PRIOR = 0.85;
    static final double ORGANIZATION_PLACE_PENALTY = 0.2;
    static final double UNKNOWN_TYPE_PENALTY = 0.1;
    static final double ALIAS_WEIGHT = 0.9;
    static final double ACRONYM_WEIGHT = 0.6;

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern ALL_CAPS_WORDS = Pattern.compile("[A-Z][A-Z .&'-]{3,}");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** What a company's name ends in, and its page's title usually not: "Inco Ltd" is "Inco". */
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            ",? (Inc|Inc\\.|Corp|Corp\\.|Co|Co\\.|Ltd|Ltd\\.|Plc|PLC|plc|AG|SA|S\\.A\\.|NV|N\\.V\\.|LLC|Cos|Group|"
                    + "International|and Co|& Co)$");
    /** A title before a person's name, which page titles leave out: "Dame Angela Lansbury". */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(Dame|Sir|Lord|Lady|Mr|Mr\\.|Mrs|Mrs\\.|Ms|Ms\\.|Dr|Dr\\.|President|Prime Minister|Chancellor|King|"
                    + "Queen|Pope|Prince|Princess|Senator|Governor|General|Minister) (?=\\p{Lu})");

    private final LinkIndex index;
    private final PlaceResolver places;
    private final CountryGazetteer countries;
    private final SalienceScorer salience = new SalienceScorer();

    public EntityLinker() {
        this(LinkIndex.load());
    }

    EntityLinker(LinkIndex index) {
        this.index = index;
        CityTable cities = new CityTable();
        this.countries = new CountryGazetteer(cities);
        this.places = new PlaceResolver(countries, cities);
    }

    /** A page chosen for an entity, with its score and the type the entity takes. */
    record Choice(int page, double score, EntityType type) {}

    /**
     * @param entities as the entity grouper left them, most salient first
     * @return the same entities, linked where a page was found, those linked to one page made one,
     *     most salient first
     */
    public List<Entity> link(String body, String title, List<Entity> entities) {
        // First the entities' own evidence; then once more with the pages the others chose.
        Map<Entity, Choice> choices = new LinkedHashMap<>();
        for (Entity entity : entities) {
            Choice choice = choose(body, entity, Map.of());
            if (choice != null) {
                choices.put(entity, choice);
            }
        }
        Map<Entity, Choice> second = new LinkedHashMap<>();
        for (Entity entity : entities) {
            Map<Entity, Choice> others = new HashMap<>(choices);
            others.remove(entity);
            Choice choice = choose(body, entity, others);
            if (choice != null) {
                second.put(entity, choice);
            }
        }
        return consolidate(body, title, entities, second);
    }

    /**
     * The page a name most often links to on the web, when at least half its links go there, whatever
     * its type and context: the baseline the linker is measured against.
     */
    public Link priorOnly(String name) {
        LinkIndex.Anchor anchor = index.anchor(name);
        if (anchor == null || anchor.prior() < 0.5) {
            return null;
        }
        String page = index.title(anchor.page());
        return new Link(KB, page, page.replace('_', ' '), anchor.prior());
    }

    /** The index's size, for the evaluation's cost figures. */
    public LinkIndex index() {
        return index;
    }

    /** The best page for one entity, or null when none scores {@value #MIN_SCORE} or more. */
    Choice choose(String body, Entity entity, Map<Entity, Choice> others) {
        if (entity.type() == EntityType.MISC) {
            return null;
        }
        Map<Integer, Double> prior = new HashMap<>();
        List<String> forms = forms(entity);
        for (String form : forms) {
            double weight = isFullName(form, entity.name())
                    ? 1.0
                    : ACRONYM.matcher(form).matches() ? ACRONYM_WEIGHT : ALIAS_WEIGHT;
            LinkIndex.Anchor anchor = index.anchor(form);
            if (anchor != null) {
                prior.merge(anchor.page(), anchor.prior() * weight, Math::max);
            }
        }
        for (String form : forms) {
            if (!ACRONYM.matcher(form).matches()) {
                for (int page : index.pagesNamed(form)) {
                    prior.putIfAbsent(page, 0.0);
                }
            }
        }
        if (entity.type() == EntityType.LOCATION) {
            // The place the gazetteer reads the name as is a candidate under its own name too:
            // "New York" → "New York City".
            for (String form : forms) {
                Place place = places.resolve(form).orElse(null);
                if (place != null) {
                    LinkIndex.Anchor named = index.anchor(place.name());
                    if (named != null) {
                        prior.putIfAbsent(named.page(), 0.0);
                    }
                    for (int page : index.pagesNamed(place.name())) {
                        prior.putIfAbsent(page, 0.0);
                    }
                }
            }
        }
        if (prior.isEmpty()) {
            return null;
        }
        Map<Integer, Double> context = contextEvidence(body, entity, prior.keySet());
        Set<Integer> placePages = entity.type() == EntityType.LOCATION ? placePages(forms, prior.keySet()) : Set.of();
        Set<Integer> otherPages = new LinkedHashSet<>();
        for (Choice other : others.values()) {
            otherPages.add(other.page());
        }
        boolean singleWordPerson =
                entity.type() == EntityType.PERSON && forms.stream().noneMatch(form -> form.contains(" "));

        Choice best = null;
        for (Map.Entry<Integer, Double> candidate : prior.entrySet()) {
            int page = candidate.getKey();
            double p = candidate.getValue();
            EntityType type = entity.type();
            EntityType pageType = index.entityType(page);
            PageType kind = index.type(page);
            if (kind == PageType.OTHER) {
                continue;
            }
            double score = p;
            if (pageType != null && pageType != entity.type()) {
                if (isOrganizationAndPlace(pageType, entity.type())) {
                    // A country or city for its government, a club for its town: news names one
                    // for the other, so neither type is wrong and the CRF's stays.
                    score -= ORGANIZATION_PLACE_PENALTY;
                } else if (index.isTypeSure(page) && p >= RETYPE_PRIOR) {
                    // A person that the web's links say is a firm or a place is not a metonymy.
                    type = pageType;
                } else {
                    continue;
                }
            }
            if (kind == PageType.UNKNOWN) {
                score -= UNKNOWN_TYPE_PENALTY;
            }
            if (singleWordPerson && p < SINGLE_NAME_PRIOR) {
                continue;
            }
            score += CONTEXT_WEIGHT * context.getOrDefault(page, 0.0);
            if (placePages.contains(page)) {
                score += PLACE_WEIGHT;
            }
            if (otherPages.contains(page)) {
                score += COHERENCE_WEIGHT;
            }
            if (qualifierNamesAnother(page, entity, others)) {
                score += QUALIFIER_WEIGHT;
            }
            if (best == null || score > best.score() || (score == best.score() && page < best.page())) {
                best = new Choice(page, score, type);
            }
        }
        if (best == null || best.score() < MIN_SCORE) {
            return null;
        }
        return best;
    }

    /** The entity's name itself, or it without a title or a company suffix. */
    private static boolean isFullName(String form, String name) {
        return form.equals(name) || form.equals(withoutTitle(name)) || form.equals(withoutCorporateSuffix(name));
    }

    private static String withoutTitle(String name) {
        return HONORIFIC.matcher(name).replaceFirst("");
    }

    /** "Morgan Stanley Co Ltd" → "Morgan Stanley". */
    private static String withoutCorporateSuffix(String name) {
        String stripped = name;
        while (true) {
            String shorter = CORPORATE_SUFFIX.matcher(stripped).replaceFirst("");
            if (shorter.equals(stripped) || shorter.isBlank()) {
                return stripped;
            }
            stripped = shorter;
        }
    }

    private static boolean isOrganizationAndPlace(EntityType a, EntityType b) {
        return (a == EntityType.ORGANIZATION && b == EntityType.LOCATION)
                || (a == EntityType.LOCATION && b == EntityType.ORGANIZATION);
    }

    /**
     * Whether the page's disambiguator names a place that another entity of the article is linked
     * to or named as, right after a mention of this one: "Rochester, Kent" for "Rochester in Kent",
     * "Andalusia, Alabama" for "Andalusia, Ala.". Only right after it: an article that names New
     * York somewhere does not make its Alabama a hamlet of New York.
     */
    private boolean qualifierNamesAnother(int page, Entity entity, Map<Entity, Choice> others) {
        String title = index.title(page).replace('_', ' ');
        String base = LinkIndex.baseName(title);
        if (base.length() == title.length()) {
            return false;
        }
        String qualifier = title.substring(base.length()).replaceAll("^[ ,(]+|[)]$", "");
        for (Map.Entry<Entity, Choice> other : others.entrySet()) {
            boolean named = other.getKey().name().equals(qualifier)
                    || index.title(other.getValue().page()).replace('_', ' ').equals(qualifier);
            if (named && follows(other.getKey(), entity)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention of {@code next} starts within a few characters after one of {@code entity}. */
    private static boolean follows(Entity next, Entity entity) {
        for (Mention mention : entity.mentions()) {
            for (Mention after : next.mentions()) {
                int gap = after.start() - mention.end();
                if (gap >= 0 && gap <= QUALIFIER_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names to look up: the name and the aliases that are not a part of it, as written and as a
     * headline or dateline writes them. A short name ("Lindqvist" of "Anna Lindqvist", "Hudson" of
     * "Hudson Institute") says less than the full name and is left out: alone it would link a
     * surname to its most famous bearer.
     */
    private static List<String> forms(Entity entity) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(entity.name());
        Set<String> nameWords = new HashSet<>(List.of(entity.name().split(" ")));
        for (String alias : entity.aliases()) {
            if (!nameWords.containsAll(List.of(alias.split(" ")))) {
                names.add(alias);
            }
        }
        for (String name : names) {
            String form = POSSESSIVE
                    .matcher(LEADING_THE.matcher(name.strip()).replaceFirst(""))
                    .replaceFirst("");
            if (form.isEmpty()) {
                continue;
            }
            forms.add(form);
            if (entity.type() == EntityType.ORGANIZATION) {
                forms.add(withoutCorporateSuffix(form));
            }
            if (entity.type() == EntityType.PERSON) {
                forms.add(withoutTitle(form));
            }
            if (ALL_CAPS_WORDS.matcher(form).matches() && form.length() > 5) {
                forms.add(titleCase(form));
            }
        }
        return List.copyOf(forms);
    }

    /**
     * For each candidate page, the best prior of an anchor made of a mention and the word right after
     * or before it, where that anchor links to the page: the text names the page more fully than the
     * mention does ("Washington state", "Georgia's capital").
     */
    private Map<Integer, Double> contextEvidence(String body, Entity entity, Set<Integer> candidates) {
        Map<Integer, Double> evidence = new HashMap<>();
        for (Mention mention : entity.mentions()) {
            String next = wordAfter(body, mention.end());
            String previous = wordBefore(body, mention.start());
            for (String phrase : List.of(
                    next == null ? "" : mention.text() + " " + next,
                    previous == null ? "" : previous + " " + mention.text())) {
                if (phrase.isEmpty()) {
                    continue;
                }
                LinkIndex.Anchor anchor = index.anchor(phrase);
                if (anchor != null && candidates.contains(anchor.page())) {
                    evidence.merge(anchor.page(), anchor.prior(), Math::max);
                }
            }
        }
        return evidence;
    }

    /** The candidate pages that are the place the gazetteer reads the name as. */
    private Set<Integer> placePages(List<String> forms, Set<Integer> candidates) {
        Set<Integer> found = new LinkedHashSet<>();
        for (String form : forms) {
            Place place = places.resolve(form).orElse(null);
            if (place == null) {
                continue;
            }
            for (int page : candidates) {
                PageType type = index.type(page);
                if ((type == PageType.LOCATION || type == PageType.UNKNOWN) && isPage(page, place)) {
                    found.add(page);
                }
            }
        }
        return found;
    }

    /** Whether the page's title is the place: its name, or "Name (country)", or "Name, Region" in its country. */
    private boolean isPage(int page, Place place) {
        String title = index.title(page).replace('_', ' ');
        if (title.equals(place.name())) {
            return true;
        }
        if (place.kind() == Place.Kind.COUNTRY) {
            return title.equals(place.name() + " (country)")
                    || countries.codeOf(title).map(place.countryCode()::equals).orElse(false) && !title.contains("(");
        }
        int comma = title.indexOf(", ");
        if (comma > 0 && title.substring(0, comma).equals(place.name())) {
            return places.resolve(title.substring(comma + 2))
                    .map(region -> region.countryCode().equals(place.countryCode()))
                    .orElse(false);
        }
        return false;
    }

    /** Makes entities linked to one page one entity, and writes each link and its id. */
    private List<Entity> consolidate(String body, String title, List<Entity> entities, Map<Entity, Choice> choices) {
        // One entity per page and type: a team named after its city ("Minnesota" beat ...) is
        // not the state, though the web links both names to the state's page.
        Map<Object, List<Entity>> groups = new LinkedHashMap<>();
        for (Entity entity : entities) {
            Choice choice = choices.get(entity);
            Object key = choice == null ? entity : List.of(choice.page(), choice.type());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
        }
        // A page goes to one entity per article, the most named one; the others keep their names.
        Map<Integer, Integer> mostMentionsOfPage = new HashMap<>();
        for (Map.Entry<Object, List<Entity>> group : groups.entrySet()) {
            if (group.getKey() instanceof List<?> key) {
                int count = group.getValue().stream()
                        .mapToInt(e -> e.mentions().size())
                        .sum();
                mostMentionsOfPage.merge((Integer) key.get(0), count, Math::max);
            }
        }
        List<Merged> merged = new ArrayList<>();
        Set<Integer> pagesGiven = new HashSet<>();
        for (Map.Entry<Object, List<Entity>> group : groups.entrySet()) {
            List<Entity> members = group.getValue();
            Choice best = members.stream()
                    .map(choices::get)
                    .filter(choice -> choice != null)
                    .max(Comparator.comparingDouble(Choice::score))
                    .orElse(null);
            int count = members.stream().mapToInt(e -> e.mentions().size()).sum();
            if (best != null && (count < mostMentionsOfPage.get(best.page()) || !pagesGiven.add(best.page()))) {
                members.forEach(entity -> merged.add(merge(List.of(entity), null)));
            } else {
                merged.add(merge(members, best));
            }
        }
        int mostMentions =
                merged.stream().mapToInt(m -> m.mentions.size()).max().orElse(1);
        List<Entity> result = new ArrayList<>();
        for (Merged m : merged) {
            Entity first = m.entities.get(0);
            if (m.choice == null) {
                List<String> names = new ArrayList<>();
                names.add(first.name());
                names.addAll(first.aliases());
                result.add(new Entity(
                        first.id(),
                        first.type(),
                        first.name(),
                        first.aliases(),
                        first.mentions(),
                        salience.score(
                                m.mentions.size(),
                                mostMentions,
                                m.mentions.get(0).start(),
                                body.length(),
                                names,
                                title),
                        first.countryCode(),
                        first.coordinates()));
                continue;
            }
            String pageTitle = index.title(m.choice.page());
            Set<String> names = new LinkedHashSet<>();
            for (Mention mention : m.mentions) {
                names.add(nameOf(mention.text()));
            }
            List<String> allNames = new ArrayList<>();
            for (Entity entity : m.entities) {
                allNames.add(entity.name());
                allNames.addAll(entity.aliases());
            }
            names.addAll(allNames);
            String name = m.entities.stream()
                    .map(Entity::name)
                    .max(Comparator.comparingInt(String::length))
                    .orElse(first.name());
            List<String> aliases =
                    names.stream().filter(alias -> !alias.equals(name)).toList();
            double score = Math.round(Math.min(1.0, m.choice.score()) * 1000) / 1000.0;
            result.add(new Entity(
                    KB + ":" + pageTitle,
                    m.choice.type(),
                    name,
                    aliases,
                    m.mentions,
                    salience.score(
                            m.mentions.size(), mostMentions, m.mentions.get(0).start(), body.length(), names, title),
                    first.countryCode(),
                    first.coordinates(),
                    new Link(KB, pageTitle, pageTitle.replace('_', ' '), score)));
        }
        result.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return result;
    }

    private record Merged(List<Entity> entities, List<Mention> mentions, Choice choice) {}

    private static Merged merge(List<Entity> group, Choice choice) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity entity : group) {
            mentions.addAll(entity.mentions());
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return new Merged(group, mentions, choice);
    }

    /** "NEW YORK" → "New York", as a dateline's name is written elsewhere. */
    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static String nameOf(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String wordAfter(String body, int end) {
        int start = end;
        while (start < body.length() && body.charAt(start) == ' ') {
            start++;
        }
        if (start == end || start >= body.length() || !Character.isLetter(body.charAt(start))) {
            return null;
        }
        int stop = start;
        while (stop < body.length() && Character.isLetter(body.charAt(stop))) {
            stop++;
        }
        return body.substring(start, stop);
    }

    private static String wordBefore(String body, int start) {
        int stop = start;
        while (stop > 0 && body.charAt(stop - 1) == ' ') {
            stop--;
        }
        if (stop == start || stop == 0 || !Character.isLetter(body.charAt(stop - 1))) {
            return null;
        }
        int begin = stop;
        while (begin > 0 && Character.isLetter(body.charAt(begin - 1))) {
            begin--;
        }
        return body.substring(begin, stop).toLowerCase(Locale.ROOT).equals("the") ? null : body.substring(begin, stop);
    }
}
