package dev.tidings.enrichment.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every way German, French, Spanish or Chinese news names a country, for {@link CountryGazetteer}:
 *
 * <ul>
 *   <li>the country's name in that language from the JDK's CLDR data ({@code
 *       Locale.getDisplayCountry}): "Nordkorea", "Corée du Nord", "Corea del Norte", "朝鲜", "韩国";
 *   <li>its demonyms and adjectives, derived from that name by {@link DemonymRules};
 *   <li>the irregular ones and the short forms CLDR lacks ("französisch", "EE. UU.", "北韩"), from
 *       {@code geo/country-aliases-<language>.tsv}, in the format of the English table;
 *   <li>capitals: those of the city table named as the language names them ({@code
 *       geo/city-names.tsv}: "Wien", "Moscou") or as the table does ("Berlin", "Madrid").
 * </ul>
 */
final class LocalCountryForms {

    enum Kind {
        NAME,
        DEMONYM,
        AMBIGUOUS,
        CAPITAL,
        BLOCK
    }

    record Form(String text, String code, Kind kind) {}

    /** Capitals that are also common words or names in these languages, left out of text matching. */
    private static final Set<String> AMBIGUOUS_CAPITALS =
            Set.of("Kingston", "Georgetown", "Hamilton", "Victoria", "Male", "Saint-Denis", "Sucre", "Nassau", "Rom");

    private static final long MIN_CAPITAL_POPULATION = 100_000;

    private LocalCountryForms() {}

    static List<Form> of(String language, CityTable cities, Set<String> isoCodes) {
        Locale locale = Locale.forLanguageTag(language);
        List<Form> forms = new ArrayList<>();
        for (String code : isoCodes) {
            String name = new Locale("", code).getDisplayCountry(locale);
            // "Myanmar (Birma)", "Kongo - Kinshasa", "中国香港特别行政区" are not how text names them;
            // the alias table gives those countries their forms.
            if (name.isEmpty()
                    || name.equals(code)
                    || name.contains("(")
                    || name.contains(" - ")
                    || name.contains("特别行政区")) {
                continue;
            }
            forms.add(new Form(name, code, Kind.NAME));
            for (String demonym : DemonymRules.of(language, name)) {
                forms.add(new Form(demonym, code, Kind.DEMONYM));
                // An adjective opens a sentence with a capital: "Russische Soldaten …".
                forms.add(new Form(capitalised(demonym), code, Kind.DEMONYM));
            }
        }
        String aliases = "geo/country-aliases-" + language + ".tsv";
        if (exists(aliases)) {
            for (String[] row : TableResource.rows(aliases)) {
                if (!row[0].equals("-") && !isoCodes.contains(row[0])) {
                    throw new IllegalStateException(aliases + ": unknown country code " + row[0]);
                }
                Kind kind = switch (row[1]) {
                    case "name", "alias" -> Kind.NAME;
                    case "demonym" -> Kind.DEMONYM;
                    case "ambiguous" -> Kind.AMBIGUOUS;
                    case "block" -> Kind.BLOCK;
                    default -> throw new IllegalStateException(aliases + ": unknown kind " + row[1]);
                };
                for (String form : row[2].split("\\|")) {
                    forms.add(new Form(form, row[0], kind));
                    if (kind == Kind.DEMONYM) {
                        forms.add(new Form(capitalised(form), row[0], kind));
                    }
                }
            }
        }
        for (Map.Entry<String, CityTable.City> capital :
                cities.localNames(language).entrySet()) {
            if (capital.getValue().capital() && !AMBIGUOUS_CAPITALS.contains(capital.getKey())) {
                forms.add(new Form(capital.getKey(), capital.getValue().countryCode(), Kind.CAPITAL));
            }
        }
        for (CityTable.City city : cities.capitals()) {
            if (city.population() >= MIN_CAPITAL_POPULATION
                    && !AMBIGUOUS_CAPITALS.contains(city.name())
                    && isoCodes.contains(city.countryCode())) {
                forms.add(new Form(city.name(), city.countryCode(), Kind.CAPITAL));
            }
        }
        return forms;
    }

    private static String capitalised(String form) {
        return form.substring(0, 1).toUpperCase(Locale.forLanguageTag("und")) + form.substring(1);
    }

    private static boolean exists(String resource) {
        try (InputStream in = LocalCountryForms.class.getClassLoader().getResourceAsStream(resource)) {
            return in != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
