package dev.tidings.bench.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Country codes for the archive: the corpus's place names to ISO codes, and a skewed draw. */
final class ArchiveCountries {
    private static final Map<String, String> BY_PLACE = byPlace();

    /** Roughly how often the largest news countries come up, most frequent first. */
    private static final List<String> FREQUENT = List.of(
            "US", "GB", "CN", "DE", "FR", "IN", "JP", "RU", "UA", "BR", "CA", "AU", "IT", "ES", "NG", "ZA", "KE", "MX",
            "TR", "IL", "IR", "SA", "KR", "ID", "PK", "EG", "AR", "NL", "SE", "PL", "CH", "BE", "NO", "GH", "VN", "TH",
            "PH", "MY", "SG", "NZ", "IE", "PT", "GR", "AT", "DK", "FI", "CZ", "HU", "RO", "CL");

    private ArchiveCountries() {}

    static String code(String place) {
        return BY_PLACE.get(place.toLowerCase(Locale.ROOT));
    }

    private static final Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    static String name(String code) {
        return NAMES.computeIfAbsent(code, c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH));
    }

    static String draw(SplittableRandom random) {
        return FREQUENT.get(ArchiveArticles.skewed(random, FREQUENT.size(), 2.5));
    }

    /** Reuters places ("usa", "west-germany") through the JDK's English country names. */
    private static Map<String, String> byPlace() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            codes.put(name.toLowerCase(Locale.ROOT).replace(' ', '-'), code);
        }
        codes.putAll(Map.of(
                "usa", "US",
                "uk", "GB",
                "west-germany", "DE",
                "east-germany", "DE",
                "ussr", "RU",
                "hong-kong", "HK",
                "south-korea", "KR",
                "north-korea", "KP",
                "taiwan", "TW",
                "china", "CN"));
        return Map.copyOf(codes);
    }
}
