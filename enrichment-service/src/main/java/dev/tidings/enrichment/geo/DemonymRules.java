package dev.tidings.enrichment.geo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Demonyms and adjectives of a country in German, French, Spanish and Chinese, derived by rule from
 * its CLDR name rather than listed country by country: "Nordkorea" gives "nordkoreanisch" and
 * "Nordkoreaner", "Corée du Nord" gives "nord-coréen" and "Nord-Coréenne", "Corea del Norte" gives
 * "norcoreano", "朝鲜" gives "朝鲜人".
 *
 * <p>Each rule drops a usual ending of the name (German "-ien", "-land", "-ei"; French "-e",
 * "-ie", "-que"; Spanish "-a", "-ia", "-o") and adds each usual demonym suffix with its inflections.
 * That over-generates forms no one writes ("japanesisch"), which cost nothing since they never
 * occur; the few it makes that are other words ("kubisch", "cubo") are left out. Irregular ones
 * ("französisch", "allemand", "estadounidense") are in {@code geo/country-aliases-<language>.tsv}.
 * Names of several words get demonyms only where the language builds them from one word and a
 * compass point ("X du Nord" → "nord-X…", "X del Sur" → "surX…").
 */
final class DemonymRules {

    /** Generated forms that are ordinary words of the language. */
    private static final Set<String> NOT_DEMONYMS = Set.of(
            "kubisch",
            "kubische",
            "kubischen",
            "kubischer",
            "kubisches",
            "kubischem",
            "cubo",
            "cuba",
            "cubos",
            "cubas",
            "malta",
            "Malte",
            "Malter",
            "chile",
            "chiles",
            "pera",
            "peras",
            "guinea",
            "guineas");

    private DemonymRules() {}

    /** The demonyms and adjectives of the country named {@code name} in {@code language}. */
    static Set<String> of(String language, String name) {
        Set<String> forms = switch (language) {
            case "de" -> german(name);
            case "fr" -> french(name);
            case "es" -> spanish(name);
            case "zh" -> Set.of(name + "人");
            default -> Set.of();
        };
        Set<String> kept = new LinkedHashSet<>(forms);
        kept.removeAll(NOT_DEMONYMS);
        kept.remove(name);
        return kept;
    }

    // German: adjectives lower case ("nordkoreanisch", "-e", "-en", "-er", "-es", "-em"), people
    // capitalised ("Nordkoreaner", "Japaner", "Kanadier", "Chinesen", "Russen", "Türke").

    private static final List<String> GERMAN_ADJECTIVE_SUFFIXES =
            List.of("isch", "nisch", "anisch", "esisch", "erisch");
    private static final List<String> GERMAN_INFLECTIONS = List.of("", "e", "en", "er", "es", "em");
    private static final List<String> GERMAN_PEOPLE_SUFFIXES =
            List.of("er", "ern", "ner", "nern", "aner", "anern", "ier", "iern", "ese", "esen");

    private static Set<String> german(String name) {
        Set<String> forms = new LinkedHashSet<>();
        if (name.indexOf(' ') >= 0) {
            return forms;
        }
        for (String[] rule : new String[][] {
            {"", ""},
            {"a", ""},
            {"e", ""},
            {"en", ""},
            {"ien", ""},
            {"land", ""},
            {"enland", ""},
            {"ei", ""},
            {"o", ""},
            {"on", ""},
            {"istan", ""},
            {"n", ""}
        }) {
            String stem = drop(name, rule[0]);
            if (stem == null || stem.length() < 2) {
                continue;
            }
            for (String suffix : GERMAN_ADJECTIVE_SUFFIXES) {
                for (String inflection : GERMAN_INFLECTIONS) {
                    forms.add(lowerFirst(stem) + suffix + inflection);
                }
            }
            for (String suffix : GERMAN_PEOPLE_SUFFIXES) {
                forms.add(stem + suffix);
            }
            // "Deutsche", "Türke", "Pole", "Russe", "Schwede": the bare stem plus -e for names that drop
            // -land, -ei, -en or -ien; other stems would make common words ("Malte").
            if (!rule[0].isEmpty() && !rule[0].equals("a") && !rule[0].equals("o") && !rule[0].equals("n")) {
                forms.add(stem + "e");
                forms.add(stem + "en");
            }
        }
        return forms;
    }

    // French: "-ien(ne)(s)", "-ais(e)(s)", "-ois(e)(s)", "-ain(e)(s)", "-en(ne)(s)", "-an(e)(s)";
    // lower case as adjectives ("coréen"), capitalised as people ("les Coréens").

    private static final List<String> FRENCH_SUFFIXES = List.of(
            "ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises", "ain", "aine", "ains",
            "aines", "en", "enne", "ens", "ennes", "an", "ane", "ans", "anes", "lais", "laise", "laises");

    private static Set<String> french(String name) {
        for (String[] compass : new String[][] {{" du Nord", "nord-"}, {" du Sud", "sud-"}}) {
            if (name.endsWith(compass[0])) {
                String base = name.substring(0, name.length() - compass[0].length());
                Set<String> forms = new LinkedHashSet<>();
                for (String form : french(base)) {
                    forms.add(compass[1] + lowerFirst(form));
                    forms.add(upperFirst(compass[1]) + upperFirst(form));
                }
                return forms;
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        if (name.indexOf(' ') >= 0 || name.indexOf('-') >= 0) {
            return forms;
        }
        for (String[] rule : new String[][] {{"", ""}, {"e", ""}, {"ie", ""}, {"a", ""}, {"que", "c"}}) {
            String stem = drop(name, rule[0]);
            if (stem == null || stem.length() < 3) {
                continue;
            }
            stem = stem + rule[1];
            for (String suffix : FRENCH_SUFFIXES) {
                forms.add(lowerFirst(stem) + suffix);
                forms.add(stem + suffix);
            }
            // "Russie" → "russe", "russes", "Russes".
            if (rule[0].equals("ie")) {
                for (String ending : List.of("e", "es")) {
                    forms.add(lowerFirst(stem) + ending);
                    forms.add(stem + ending);
                }
            }
        }
        return forms;
    }

    // Spanish: lower case, as adjective and noun alike ("los norcoreanos"): "-ano", "-ino", "-eño",
    // "-és", "-ense", "-í" and their feminines and plurals; "-o/-a" where the name drops "-ia" ("Rusia"
    // → "ruso") or "-a" ("China" → "chino").

    private static final List<String> SPANISH_SUFFIXES = List.of(
            "ano", "ana", "anos", "anas", "iano", "iana", "ianos", "ianas", "ino", "ina", "inos", "inas", "eño", "eña",
            "eños", "eñas", "és", "esa", "eses", "esas", "ense", "enses", "iense", "ienses", "í", "íes", "án", "ana",
            "anes", "eno", "ena", "enos", "enas");

    private static Set<String> spanish(String name) {
        for (String[] compass : new String[][] {{" del Norte", "nor"}, {" del Sur", "sur"}}) {
            if (name.endsWith(compass[0])) {
                String base = name.substring(0, name.length() - compass[0].length());
                Set<String> forms = new LinkedHashSet<>();
                for (String form : spanish(base)) {
                    forms.add(compass[1] + form);
                }
                return forms;
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        if (name.indexOf(' ') >= 0) {
            return forms;
        }
        String plain = lowerFirst(withoutAccents(name));
        for (String ending : List.of("", "a", "ia", "o", "e", "on")) {
            String stem = drop(plain, ending);
            if (stem == null || stem.length() < 3) {
                continue;
            }
            for (String suffix : SPANISH_SUFFIXES) {
                forms.add(stem + suffix);
            }
            if (ending.equals("a") || ending.equals("ia")) {
                for (String suffix : List.of("o", "a", "os", "as")) {
                    forms.add(stem + suffix);
                }
            }
        }
        return forms;
    }

    private static String drop(String name, String ending) {
        if (ending.isEmpty()) {
            return name;
        }
        return name.endsWith(ending) ? name.substring(0, name.length() - ending.length()) : null;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "Japón" → "Japon": Spanish moves or drops the accent when a suffix follows ("japonés"). */
    private static String withoutAccents(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("(?<=[aeiouAEIOU])\\p{M}", "");
    }
}
