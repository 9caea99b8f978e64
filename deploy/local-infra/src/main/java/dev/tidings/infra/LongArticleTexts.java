package dev.tidings.infra;

import java.util.List;

/**
 * Long article bodies for the tests and drills, written for Tidings: English or Chinese news text of
 * any length, and the longest body ingest accepts written the way Python's {@code json.dumps}
 * writes it. Long articles broke ingest once (anything over 10 KB was refused as "not valid JSON"),
 * so every layer is tested with them.
 */
public final class LongArticleTexts {
    /** The most characters ingest takes in a body. */
    public static final int MAX_BODY_CHARACTERS = 1_000_000;

    private static final List<String> ENGLISH = List.of(
            "Ferry crews in Keelung voted on Monday to accept the harbour authority's offer after a week of talks.",
            "The new battery-powered boats will run between the terminal and Heping Island from the autumn.",
            "Union leader Lin Mei-hua said the agreement kept every crew member on the same shift pattern.",
            "Commuters had queued for buses along the coast road while the morning crossings were cancelled.",
            "The city council expects the electric fleet to cut the port's diesel use by a third within two years.",
            "Engineers will test the chargers at the north pier at night, when no ferries are scheduled.");
    private static final List<String> CHINESE = List.of(
            "基隆港的渡輪船員週一投票接受港務局的方案。",
            "新的電動渡輪將於秋季在碼頭和和平島之間運行。",
            "工會領袖林美華表示，協議保留了每位船員的班次。",
            "早班渡輪停駛期間，通勤者在海岸公路沿線排隊等候公車。",
            "市議會預計電動船隊將在兩年內減少港口三分之一的柴油使用。");

    private LongArticleTexts() {}

    /** English news text of exactly {@code length} characters, in numbered paragraphs; ASCII only. */
    public static String english(int length) {
        return text(ENGLISH, length, " ");
    }

    /** Chinese news text of exactly {@code length} characters (3 bytes each in UTF-8), in numbered paragraphs. */
    public static String chinese(int length) {
        return text(CHINESE, length, "");
    }

    /**
     * A submission's JSON of exactly {@code jsonBytes} bytes whose body is the longest ingest takes,
     * {@value #MAX_BODY_CHARACTERS} characters of Chinese, every one escaped as a six-byte {@code
     * \\uXXXX} as Python's {@code json.dumps} writes it (6 MB), and padded with whitespace between
     * the fields, as a pretty-printer would. Its body is {@code chinese(MAX_BODY_CHARACTERS)}.
     */
    public static String largestEscapedJson(String url, int jsonBytes) {
        String body = chinese(MAX_BODY_CHARACTERS);
        StringBuilder escaped = new StringBuilder(body.length() * 6);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
                escaped.append(c);
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        String start = "{\"url\": \"" + url + "\", \"title\": \"Keelung ferry crews accept the offer\",";
        String end = "\"body\": \"" + escaped + "\"}";
        int padding = jsonBytes - start.length() - end.length();
        if (padding < 1) {
            throw new IllegalArgumentException("the largest body needs more than " + jsonBytes + " bytes of JSON");
        }
        return start + "\n" + " ".repeat(padding - 1) + end;
    }

    private static String text(List<String> sentences, int length, String space) {
        StringBuilder text = new StringBuilder(length + 200);
        for (int i = 0; text.length() < length; i++) {
            if (i % 12 == 0) {
                text.append(i == 0 ? "" : "\n\n").append(i / 12 + 1).append(". ");
            }
            text.append(sentences.get(i % sentences.size())).append(space);
        }
        return text.substring(0, length);
    }
}
