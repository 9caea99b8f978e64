package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A short name joins the one full name it stands for: "Miller" joins "John Miller", "Chiu" joins
 * "Chiu Chui-cheng", "Hudson" joins "Hudson Institute". When it could stand for two names ("Lee"
 * with "Alan Lee" and "Lee Hsien Loong"), it stays an entity of its own: a wrong merge hides a
 * person, a missed one only repeats a name.
 *
 * <ul>
 *   <li>A person named by one word joins the longer person whose last word that is, or whose
 *       first word for East Asian names, which put the family name first: those with a hyphenated
 *       given name ("Chui-cheng"), with a native-script alias, or with a common East Asian family
 *       name first ("Xi Jinping").
 *   <li>An organisation joins the longer organisation whose first words it is ("Hudson" in "Hudson
 *       Institute"), unless it is a generic word ("the Institute") or the article also names a
 *       place or person by it ("Taipei").
 * </ul>
 */
final class ShortNameLinker {

    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /** The commonest Chinese, Korean and Vietnamese family names, as romanised in the press. */
    private static final Set<String> EAST_ASIAN_FAMILY_NAMES = Set.of(
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
            "Guo", "He", "Lin", "Luo", "Gao", "Xi", "Han", "Tsai", "Lai", "Chiu", "Kim", "Lee", "Park", "Choi", "Jung",
            "Kang", "Cho", "Yoon", "Jang", "Lim", "Moon", "Yoo", "Nguyen", "Tran", "Pham", "Hoang", "Vu");

    /** Words that name a kind of organisation, not one organisation. */
    private static final Set<String> GENERIC_ORGANIZATION_WORDS = Set.of(
            "Institute",
            "Council",
            "Office",
            "Ministry",
            "Department",
            "University",
            "Party",
            "Bank",
            "Group",
            "Company",
            "Corporation",
            "Commission",
            "Committee",
            "Agency",
            "Association",
            "Court",
            "Army",
            "Navy",
            "Government",
            "Police",
            "Union",
            "League",
            "Fund",
            "Bureau",
            "Centre",
            "Center",
            "Foundation",
            "Board",
            "Authority",
            "Service",
            "Federation",
            "Organization",
            "Organisation",
            "Club",
            "Parliament",
            "Congress",
            "Senate",
            "House",
            "Church",
            "School",
            "College",
            "Society",
            "Assembly",
            "Front",
            "Movement",
            "Alliance",
            "Coalition",
            "Times",
            "News",
            "Post",
            "Administration",
            "Cabinet",
            "Force",
            "Forces");

    void link(ArticleEntities entities) {
        Set<String> otherNames = new HashSet<>();
        for (EntityCluster cluster : entities.all()) {
            if (cluster.type() != EntityType.ORGANIZATION) {
                otherNames.addAll(cluster.names());
            }
        }
        for (EntityCluster shortName : entities.clusters()) {
            if (!entities.contains(shortName)
                    || (shortName.type() != EntityType.PERSON && shortName.type() != EntityType.ORGANIZATION)) {
                continue;
            }
            List<EntityCluster> candidates = new ArrayList<>();
            String name = shortName.name();
            for (EntityCluster full : entities.all()) {
                if (full != shortName && full.type() == shortName.type() && standsFor(name, full, otherNames)) {
                    candidates.add(full);
                }
            }
            if (candidates.size() == 1) {
                entities.merge(shortName, candidates.get(0));
            }
        }
    }

    private static boolean standsFor(String name, EntityCluster full, Set<String> otherNames) {
        for (String fullName : full.fullNames()) {
            String[] words = fullName.split(" ");
            if (words.length < 2) {
                continue;
            }
            if (full.type() == EntityType.PERSON) {
                if (name.indexOf(' ') < 0
                        && (name.equals(words[words.length - 1])
                                || (name.equals(words[0]) && isEastAsian(full, words)))) {
                    return true;
                }
            } else if (fullName.startsWith(name + " ")
                    && !GENERIC_ORGANIZATION_WORDS.contains(lastWord(name))
                    && !otherNames.contains(name)
                    && !fullName.startsWith(name + " of ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person's name puts the family name first, as Chinese, Korean and Vietnamese do. */
    static boolean isEastAsian(EntityCluster person, String[] words) {
        if (HYPHENATED_GIVEN_NAME.matcher(words[words.length - 1]).matches()
                || EAST_ASIAN_FAMILY_NAMES.contains(words[0])) {
            return true;
        }
        for (String alias : person.names()) {
            if (person.isDerivedName(alias) && alias.codePoints().anyMatch(ShortNameLinker::isEastAsianLetter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEastAsianLetter(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
