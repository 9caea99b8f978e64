package dev.tidings.enrichment.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types Wikipedia pages by their titles, at build time. Wikipedia carries no type, but its titles
 * follow conventions that do:
 *
 * <ul>
 *   <li><b>sure</b>: a disambiguator in parentheses names what the page is ("Drew Barrymore
 *       (actress)", "Georgia (country)", "Apple (company)", "Titanic (film)"); a head word that only
 *       organisations or only places end in ("Hudson Institute", "Bank of England", "Yangtze
 *       River"); "Town, State" ("Vancouver, Washington"); a country or state of CoreNLP's KBP
 *       gazetteers ("North Korea"); events and lists by their words ("2004 Indian Ocean
 *       earthquake", "List of ...");
 *   <li><b>likely</b>: a city of the KBP gazetteers ("Seoul", but also many small places named like
 *       people); two to four capitalised words opening with a given name ("John Miller"), where the
 *       given names are the first words of the pages whose disambiguator says they are people
 *       (at least {@value #GIVEN_NAME_MIN_PAGES} such pages).
 * </ul>
 *
 * <p>Only a sure type may correct the CRF's type of a mention; a likely one only keeps a mention
 * of another type from linking to it.
 */
final class PageTyper {

    static final int GIVEN_NAME_MIN_PAGES = 3;

    /** A type and whether a sure rule gave it. */
    record Typed(PageType type, boolean sure) {
        static final Typed UNKNOWN = new Typed(PageType.UNKNOWN, false);
    }

    private static final Pattern QUALIFIER = Pattern.compile("^(.+?) \\(([^()]+)\\)$");
    private static final Pattern COMMA_FORM = Pattern.compile("^([^,]+), ([A-Z][^,]*)$");
    private static final Pattern YEARS = Pattern.compile("^(born |died |c\\. )?\\d{3,4}.*");

    private static final Set<String> PERSON_QUALIFIERS =
            words("footballer politician actor actress singer musician writer author novelist poet boxer cricketer"
                    + " baseball basketball football rugby hockey golfer tennis athlete journalist businessman"
                    + " businesswoman businessperson entrepreneur artist painter sculptor composer conductor"
                    + " director producer rapper wrestler jockey cyclist swimmer coach judge general bishop"
                    + " archbishop cardinal priest rabbi imam economist scientist physicist chemist mathematician"
                    + " philosopher historian engineer lawyer activist model comedian entertainer presenter"
                    + " broadcaster driver manager soldier officer admiral governor senator mayor king queen"
                    + " emperor saint pope guitarist drummer bassist pianist violinist player skier sprinter"
                    + " runner referee umpire psychologist physician surgeon biologist astronomer architect"
                    + " designer photographer filmmaker screenwriter playwright dancer chef diplomat ambassador"
                    + " minister president statesman lord baronet earl duke prince princess investor criminal"
                    + " explorer astronaut aviator pilot sailor professor academic scholar theologian linguist"
                    + " anthropologist sociologist botanist zoologist geologist inventor gymnast rower fencer"
                    + " canoeist sportsman politican cleric monk nun missionary businessmen banker executive"
                    + " commentator columnist editor illustrator cartoonist animator"
                    + " singer-songwriter songwriter vocalist producer radio"
                    + " judoka karateka sport shooter swimmer triathlete biathlete"
                    + " bobsledder luger skater snowboarder curler weightlifter");
    private static final Set<String> ORGANIZATION_QUALIFIERS =
            words("company band group organization organisation party newspaper magazine club bank airline university"
                    + " college school agency firm publisher label retailer charity union channel network brand"
                    + " manufacturer corporation team foundation institute society association station"
                    + " broadcaster store restaurant chain studio studios orchestra choir ensemble duo trio"
                    + " quartet militia business conglomerate automaker carmaker holding ministry"
                    + " department council committee court legislature parliament league federation"
                    + " tabloid website");
    private static final Set<String> LOCATION_QUALIFIERS =
            words("city town village country state province region county district river island islands mountain"
                    + " mountains lake municipality borough neighbourhood neighborhood suburb parish commune"
                    + " department prefecture oblast governorate territory capital valley peninsula sea ocean bay"
                    + " desert volcano continent area settlement hamlet township locality emirate canton"
                    + " voivodeship krai republic kingdom archipelago strait gulf");
    private static final Set<String> OTHER_QUALIFIERS =
            words("film album song novel book play musical opera series miniseries game ship episode comics comic"
                    + " character software language horse dog disambiguation word name surname mythology deity"
                    + " god goddess sculpture painting poem single ep soundtrack ballet event aircraft car"
                    + " automobile vehicle train locomotive rocket satellite spacecraft missile gun rifle tank"
                    + " franchise sport dance dish food drink plant genus species fish bird mineral element"
                    + " disease drug medication chemical compound unit constellation star planet moon"
                    + " hurricane storm typhoon cyclone battle war election treaty law act"
                    + " festival tournament award prize manga anime video fictional"
                    + " soap sitcom tv program programme show");

    /** Last words that only organisations end in. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of(
            "Inc.",
            "Inc",
            "Ltd",
            "Ltd.",
            "Limited",
            "plc",
            "PLC",
            "LLC",
            "L.P.",
            "Corporation",
            "Corp.",
            "Company",
            "Co.",
            "Group",
            "Institute",
            "Institution",
            "University",
            "College",
            "School",
            "Party",
            "Council",
            "Bank",
            "Association",
            "Agency",
            "Ministry",
            "Department",
            "Committee",
            "Commission",
            "Organization",
            "Organisation",
            "Foundation",
            "Society",
            "League",
            "Federation",
            "Club",
            "F.C.",
            "A.F.C.",
            "FC",
            "Airlines",
            "Airways",
            "Motors",
            "Holdings",
            "Exchange",
            "Court",
            "Parliament",
            "Congress",
            "Assembly",
            "Army",
            "Navy",
            "Police",
            "Service",
            "Network",
            "Records",
            "Studios",
            "Consultants",
            "Systems",
            "Technologies",
            "Communications",
            "Industries",
            "International",
            "Partners",
            "Trust",
            "Authority",
            "Board",
            "Office",
            "Bureau",
            "Fund",
            "Reserve",
            "Senate",
            "Cabinet",
            "Corps",
            "Guard",
            "Brigade",
            "Regiment",
            "Battalion",
            "Division",
            "Command",
            "Force",
            "Forces",
            "Times",
            "Post",
            "Journal",
            "Herald",
            "Tribune",
            "Gazette",
            "Telegraph",
            "Guardian",
            "Chronicle",
            "Inquirer",
            "Broadcasting",
            "Television",
            "Radio",
            "Press",
            "Media",
            "Entertainment",
            "Pictures",
            "Capital",
            "Securities",
            "Investments",
            "Insurance",
            "Energy",
            "Petroleum",
            "Oil",
            "Airport",
            "Railway",
            "Railways",
            "Railroad",
            "Church",
            "Orchestra",
            "Band",
            "Team",
            "Centre",
            "Center",
            "Museum",
            "Library",
            "Hospital",
            "Academy",
            "Seminary",
            "Directorate",
            "Secretariat",
            "Alliance",
            "Coalition",
            "Front",
            "Movement",
            "Brotherhood",
            "Agencies",
            "Ltda",
            "GmbH",
            "AG",
            "S.A.",
            "SA",
            "N.V.",
            "NV",
            "AB",
            "ASA",
            "Oyj",
            "S.p.A.",
            "KK",
            "Tribunal",
            "Commissioner",
            "Chamber");

    /** Words that open an organisation's title: "University of Tokyo", "Bank of England". */
    private static final Pattern ORGANIZATION_OPENING = Pattern.compile(
            "^(University|Bank|Ministry|Department|Government|Federal government|Council|Office|Church|Party|"
                    + "Royal|House|Supreme Court|Court|Board|Committee|Commission|Institute|Museum|Academy|"
                    + "National Bank|Central Bank|Organisation|Organization|League|Union|Federation) of .+");

    /** Last words that only places end in. */
    private static final Set<String> LOCATION_HEADS = Set.of(
            "River",
            "Mountains",
            "Mountain",
            "Mount",
            "Island",
            "Islands",
            "Isles",
            "Lake",
            "Sea",
            "Ocean",
            "Bay",
            "Valley",
            "Peninsula",
            "Desert",
            "Province",
            "County",
            "District",
            "Region",
            "Street",
            "Square",
            "Avenue",
            "Road",
            "Bridge",
            "Park",
            "Port",
            "Harbour",
            "Harbor",
            "Strait",
            "Canal",
            "Gulf",
            "Coast",
            "Hills",
            "Falls",
            "Beach",
            "City",
            "Town",
            "Village",
            "Basilica",
            "Cathedral",
            "Palace",
            "Castle",
            "Stadium",
            "Arena",
            "Prefecture",
            "Oblast",
            "Governorate",
            "Territory",
            "Territories",
            "Plateau",
            "Range",
            "Basin",
            "Delta",
            "Archipelago",
            "Channel",
            "Glacier",
            "Forest",
            "Reservoir",
            "Emirate");

    private static final Pattern OTHER_TITLE = Pattern.compile(
            "^(List of|Lists of|Timeline of|History of|Geography of|Politics of|Economy of|Demographics of|"
                    + "Culture of|Battle of|Siege of|Treaty of|Invasion of|Death of|Assassination of)\\b.*"
                    + "|.*\\b(election|elections|War|war|attacks|attack|earthquake|Olympics|Olympic Games|Cup|"
                    + "Championships|Games|Awards|Award|Prize|protests|crisis|scandal|riots|"
                    + "massacre|bombing|bombings|tsunami|Hurricane|hurricane|Act|Agreement|Declaration|Summit|"
                    + "Convention|Conference|Festival|season|Season|Tour|Grand Prix|referendum|shooting|"
                    + "disaster|pandemic|epidemic|outbreak|crash|Open|Marathon|Derby|Bowl|Series)$");

    private final Map<String, String> gazetteer;
    private final Set<String> givenNames;

    /**
     * @param gazetteer lower-case place name to its KBP class (COUNTRY, STATE_OR_PROVINCE or CITY)
     * @param titles every page title, with spaces, to learn the given names from
     */
    PageTyper(Map<String, String> gazetteer, Iterable<String> titles) {
        this.gazetteer = gazetteer;
        Map<String, Integer> firstWords = new HashMap<>();
        for (String title : titles) {
            Matcher qualified = QUALIFIER.matcher(title);
            if (qualified.matches() && isQualifiedAs(qualified.group(2), PERSON_QUALIFIERS)) {
                String[] words = qualified.group(1).split(" ");
                if (words.length >= 2 && words.length <= 4 && isCapitalisedWord(words[0])) {
                    firstWords.merge(words[0], 1, Integer::sum);
                }
            }
        }
        Set<String> names = new HashSet<>();
        firstWords.forEach((word, count) -> {
            if (count >= GIVEN_NAME_MIN_PAGES && !gazetteer.containsKey(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        });
        this.givenNames = Set.copyOf(names);
    }

    int givenNameCount() {
        return givenNames.size();
    }

    /** The type of the page with this title (spaces, not underscores). */
    Typed type(String title) {
        Matcher qualified = QUALIFIER.matcher(title);
        if (qualified.matches()) {
            String qualifier = qualified.group(2);
            if (YEARS.matcher(qualifier).matches() || isQualifiedAs(qualifier, PERSON_QUALIFIERS)) {
                return new Typed(PageType.PERSON, true);
            }
            if (isQualifiedAs(qualifier, OTHER_QUALIFIERS)) {
                return new Typed(PageType.OTHER, true);
            }
            if (isQualifiedAs(qualifier, ORGANIZATION_QUALIFIERS)) {
                return new Typed(PageType.ORGANIZATION, true);
            }
            if (isQualifiedAs(qualifier, LOCATION_QUALIFIERS) || isStateOrCountry(qualifier)) {
                return new Typed(PageType.LOCATION, true);
            }
            return byName(qualified.group(1));
        }
        Matcher comma = COMMA_FORM.matcher(title);
        if (comma.matches() && isStateOrCountry(comma.group(2))) {
            return new Typed(PageType.LOCATION, true);
        }
        return byName(title);
    }

    private Typed byName(String name) {
        if (Character.isDigit(name.charAt(0)) || OTHER_TITLE.matcher(name).matches()) {
            return new Typed(PageType.OTHER, true);
        }
        if (isStateOrCountry(name)) {
            return new Typed(PageType.LOCATION, true);
        }
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        if (words.length > 1
                && (ORGANIZATION_HEADS.contains(last)
                        || ORGANIZATION_OPENING.matcher(name).matches())) {
            return new Typed(PageType.ORGANIZATION, true);
        }
        if (words.length > 1 && LOCATION_HEADS.contains(last)) {
            return new Typed(PageType.LOCATION, true);
        }
        if ("CITY".equals(gazetteer.get(name.toLowerCase(Locale.ROOT)))) {
            return new Typed(PageType.LOCATION, false);
        }
        if (words.length >= 2 && words.length <= 4 && givenNames.contains(words[0]) && allNameWords(words)) {
            return new Typed(PageType.PERSON, false);
        }
        return Typed.UNKNOWN;
    }

    private boolean isStateOrCountry(String name) {
        String kind = gazetteer.get(name.toLowerCase(Locale.ROOT));
        return "COUNTRY".equals(kind) || "STATE_OR_PROVINCE".equals(kind);
    }

    /** Whether the disambiguator's last word (or the whole of it) is one of {@code words}. */
    private static boolean isQualifiedAs(String qualifier, Set<String> words) {
        String lower = qualifier.toLowerCase(Locale.ROOT);
        if (words.contains(lower)) {
            return true;
        }
        String[] parts = lower.split("[ -]");
        return words.contains(parts[parts.length - 1]);
    }

    private static boolean allNameWords(String[] words) {
        for (String word : words) {
            if (!isCapitalisedWord(word) && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PARTICLES =
            Set.of("de", "da", "di", "del", "van", "von", "der", "bin", "al", "la", "le", "du");

    private static boolean isCapitalisedWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static Set<String> words(String spaced) {
        return Set.copyOf(new HashSet<>(List.of(spaced.trim().split("\\s+"))));
    }
}
