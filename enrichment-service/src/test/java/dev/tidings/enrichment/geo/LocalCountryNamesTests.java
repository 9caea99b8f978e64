package dev.tidings.enrichment.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Country names, short forms, demonyms, adjectives and capitals in German, French, Spanish and
 * Chinese, on sentences written for this test: every form in them must be found, with its country,
 * in text order, and nothing else.
 */
class LocalCountryNamesTests {

    private static final CityTable CITIES = new CityTable();
    private static final Map<String, CountryGazetteer> GAZETTEERS = Map.of(
            "de", new CountryGazetteer(CITIES, "de"),
            "fr", new CountryGazetteer(CITIES, "fr"),
            "es", new CountryGazetteer(CITIES, "es"),
            "zh", new CountryGazetteer(CITIES, "zh"));

    static Stream<Arguments> sentences() {
        return Stream.of(
                // German
                Arguments.of("de", "Nordkorea hat erneut Raketen getestet.", List.of("KP")),
                Arguments.of(
                        "de",
                        "Die nordkoreanische Armee und die südkoreanischen Truppen stehen an der Grenze.",
                        List.of("KP", "KR")),
                Arguments.of("de", "Nordkoreaner fliehen über China nach Südkorea.", List.of("KP", "CN", "KR")),
                Arguments.of("de", "Die USA und das Vereinigte Königreich verhängen Sanktionen.", List.of("US", "GB")),
                Arguments.of(
                        "de", "Amerikanische und britische Diplomaten trafen sich in Wien.", List.of("US", "GB", "AT")),
                Arguments.of(
                        "de", "Der französische Präsident sprach mit der deutschen Kanzlerin.", List.of("FR", "DE")),
                Arguments.of(
                        "de", "Die Franzosen, die Deutschen und die Italiener stimmten zu.", List.of("FR", "DE", "IT")),
                Arguments.of("de", "Russland und die Ukraine verhandeln in der Türkei.", List.of("RU", "UA", "TR")),
                Arguments.of(
                        "de",
                        "Russische Soldaten und ukrainische Zivilisten, sagte ein türkischer Vermittler.",
                        List.of("RU", "UA", "TR")),
                Arguments.of("de", "Japanische Firmen investieren in Indien und Brasilien.", List.of("JP", "IN", "BR")),
                Arguments.of(
                        "de", "Ein Japaner, ein Inder und ein Kanadier gewannen den Preis.", List.of("JP", "IN", "CA")),
                Arguments.of(
                        "de",
                        "Chinesische Banken finanzieren Häfen in Österreich und der Schweiz.",
                        List.of("CN", "AT", "CH")),
                Arguments.of("de", "Österreichische und schweizerische Behörden prüfen den Fall.", List.of("AT", "CH")),
                Arguments.of(
                        "de",
                        "Spanien, Polen und Schweden schicken Hilfe nach Syrien.",
                        List.of("ES", "PL", "SE", "SY")),
                Arguments.of(
                        "de",
                        "Spanische, polnische und schwedische Helfer sind in Moskau.",
                        List.of("ES", "PL", "SE", "RU")),
                Arguments.of(
                        "de",
                        "Die mexikanische Regierung und kubanische Ärzte arbeiten zusammen.",
                        List.of("MX", "CU")),
                Arguments.of("de", "In Lateinamerika wächst die Wirtschaft.", List.of()),
                // French
                Arguments.of("fr", "La Corée du Nord a tiré des missiles.", List.of("KP")),
                Arguments.of("fr", "Le régime nord-coréen menace la Corée du Sud.", List.of("KP", "KR")),
                Arguments.of("fr", "Les Nord-Coréens et les Sud-Coréens ne se parlent plus.", List.of("KP", "KR")),
                Arguments.of("fr", "Les États-Unis et le Royaume-Uni ont réagi.", List.of("US", "GB")),
                Arguments.of(
                        "fr",
                        "Des diplomates américains et britanniques sont arrivés à Vienne.",
                        List.of("US", "GB", "AT")),
                Arguments.of(
                        "fr", "Le président français et le chancelier allemand se sont parlé.", List.of("FR", "DE")),
                Arguments.of(
                        "fr",
                        "Les Chinois, les Japonais et les Italiens investissent en Afrique.",
                        List.of("CN", "JP", "IT")),
                Arguments.of("fr", "La Russie et l'Ukraine négocient en Turquie.", List.of("RU", "UA", "TR")),
                Arguments.of(
                        "fr",
                        "Des soldats russes et des civils ukrainiens, selon un médiateur turc.",
                        List.of("RU", "UA", "TR")),
                Arguments.of(
                        "fr",
                        "Les entreprises japonaises investissent en Inde et au Brésil.",
                        List.of("JP", "IN", "BR")),
                Arguments.of("fr", "Un Canadien, une Indienne et un Brésilien ont gagné.", List.of("CA", "IN", "BR")),
                Arguments.of("fr", "Les banques chinoises financent des ports en Espagne.", List.of("CN", "ES")),
                Arguments.of("fr", "Le gouvernement mexicain et des médecins cubains coopèrent.", List.of("MX", "CU")),
                Arguments.of(
                        "fr",
                        "Les autorités syriennes et iraniennes ont démenti, a dit Moscou.",
                        List.of("SY", "IR", "RU")),
                Arguments.of("fr", "En Amérique latine, la croissance reprend.", List.of()),
                // Spanish
                Arguments.of("es", "Corea del Norte disparó misiles.", List.of("KP")),
                Arguments.of("es", "El régimen norcoreano amenaza a Corea del Sur.", List.of("KP", "KR")),
                Arguments.of("es", "Los norcoreanos y los surcoreanos no se hablan.", List.of("KP", "KR")),
                Arguments.of("es", "Estados Unidos y el Reino Unido reaccionaron.", List.of("US", "GB")),
                Arguments.of(
                        "es", "EE. UU. y los diplomáticos británicos llegaron a Viena.", List.of("US", "GB", "AT")),
                Arguments.of("es", "El presidente francés habló con el canciller alemán.", List.of("FR", "DE")),
                Arguments.of(
                        "es",
                        "Los chinos, los japoneses y los italianos invierten en Argentina.",
                        List.of("CN", "JP", "IT", "AR")),
                Arguments.of("es", "Rusia y Ucrania negocian en Turquía.", List.of("RU", "UA", "TR")),
                Arguments.of(
                        "es",
                        "Soldados rusos y civiles ucranianos, según un mediador turco.",
                        List.of("RU", "UA", "TR")),
                Arguments.of("es", "Las empresas japonesas invierten en México y Brasil.", List.of("JP", "MX", "BR")),
                Arguments.of(
                        "es", "Un mexicano, una peruana y un brasileño ganaron el premio.", List.of("MX", "PE", "BR")),
                Arguments.of(
                        "es", "Los bancos chinos financian puertos en Colombia y Chile.", List.of("CN", "CO", "CL")),
                Arguments.of(
                        "es",
                        "El Gobierno colombiano y los médicos cubanos cooperan, dijo Moscú.",
                        List.of("CO", "CU", "RU")),
                Arguments.of("es", "En América Latina la economía crece.", List.of()),
                // Chinese
                Arguments.of("zh", "朝鲜再次发射导弹。", List.of("KP")),
                Arguments.of("zh", "韩国和日本表示抗议。", List.of("KR", "JP")),
                Arguments.of("zh", "美国人和中国人在维也纳会面。", List.of("US", "CN", "AT")),
                Arguments.of("zh", "朝鲜人逃往韩国。", List.of("KP", "KR")),
                Arguments.of("zh", "俄罗斯与乌克兰在土耳其谈判。", List.of("RU", "UA", "TR")),
                Arguments.of("zh", "英国、法国和德国发表联合声明。", List.of("GB", "FR", "DE")),
                Arguments.of("zh", "印度和巴西的企业在莫斯科签约。", List.of("IN", "BR", "RU")),
                Arguments.of("zh", "香港和台湾的游客增加。", List.of("HK", "TW")),
                Arguments.of("zh", "政府将增加纳税人的负担。", List.of()),
                Arguments.of("zh", "加纳总统访问日本。", List.of("GH", "JP")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void everyFormIsFound(String language, String sentence, List<String> codes) {
        List<String> found = GAZETTEERS.get(language).find(sentence).stream()
                .map(CountryMention::code)
                .toList();

        assertEquals(codes, found);
    }
}
