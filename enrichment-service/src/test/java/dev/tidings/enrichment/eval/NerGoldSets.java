package dev.tidings.enrichment.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The German, Spanish, French and Chinese dev sets, each read into documents of sentences with tags
 * reduced to BIO over PER, ORG and LOC, so that every language is scored the same way. Each layout
 * is described in {@code shared/data/README.md}:
 *
 * <ul>
 *   <li>GermEval 2014: {@code idx token outer inner}, a {@code #} line with its source before each
 *       sentence; outer tags only, and only PER, ORG and LOC (OTH and the {@code deriv} and {@code
 *       part} variants, "EU-Budget", are not names of ours). Its sentences are single sentences from
 *       unrelated pages, so each is a document of its own.
 *   <li>CoNLL-2002 Spanish: {@code idx token tag}; no document marks, so a new document starts at
 *       each EFE dateline ("Sao Paulo (Brasil), 23 may (EFECOM).").
 *   <li>HIPE-2020 French: {@code TOKEN NE-COARSE-LIT …} with {@code # document_id = …} comments;
 *       {@code pers}, {@code org}, {@code loc} (not {@code prod}, {@code time}); sentences end at
 *       {@code PySBDSegment} and a token is glued to the next at {@code NoSpaceAfter}.
 *   <li>UNER Chinese GSD: {@code idx token tag …} with {@code # newdoc}; tokens are words, written
 *       without spaces between them.
 * </ul>
 */
final class NerGoldSets {

    /** One gold set: its language, file, and whether its text puts spaces between tokens. */
    record GoldSet(String language, String file, boolean spaced) {}

    static final List<GoldSet> SETS = List.of(
            new GoldSet("de", "ner/de-germeval2014-dev.tsv", true),
            new GoldSet("fr", "ner/fr-hipe2020-dev.tsv", true),
            new GoldSet("es", "ner/es-conll2002-dev.conllu", true),
            new GoldSet("zh", "ner/zh-uner-gsdsimp-dev.iob2", false));

    /**
     * A sentence with, per token, whether a space follows it in running text (HIPE says; elsewhere a
     * space follows every token of a spaced language).
     */
    record Sentence(List<String> tokens, List<String> tags, List<Boolean> spaceAfter) {}

    record Document(List<Sentence> sentences) {}

    private static final Map<String, String> HIPE_TYPES = Map.of("pers", "PER", "org", "ORG", "loc", "LOC");

    private NerGoldSets() {}

    static List<Document> read(GoldSet set, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return switch (set.language()) {
            case "de" -> germEval(lines);
            case "fr" -> hipe(lines);
            case "es" -> conll2002(lines);
            default -> uner(lines);
        };
    }

    private static List<Document> germEval(List<String> lines) {
        List<Document> documents = new ArrayList<>();
        SentenceBuilder sentence = new SentenceBuilder();
        for (String line : lines) {
            if (line.startsWith("#\t") || line.isBlank()) {
                sentence.finish().ifPresent(s -> documents.add(new Document(List.of(s))));
                continue;
            }
            String[] columns = line.split("\t");
            sentence.add(columns[1], keep(columns[2]), true);
        }
        sentence.finish().ifPresent(s -> documents.add(new Document(List.of(s))));
        return documents;
    }

    private static List<Document> conll2002(List<String> lines) {
        List<List<Sentence>> documents = new ArrayList<>();
        SentenceBuilder sentence = new SentenceBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                sentence.finish().ifPresent(s -> {
                    if (documents.isEmpty() || isDateline(s)) {
                        documents.add(new ArrayList<>());
                    }
                    documents.get(documents.size() - 1).add(s);
                });
                continue;
            }
            String[] columns = line.split("\\s+");
            sentence.add(columns[1], keep(columns[2]), true);
        }
        sentence.finish().ifPresent(s -> documents.get(documents.size() - 1).add(s));
        return documents.stream().map(Document::new).toList();
    }

    /** "Madrid , 23 may ( EFE ) ." opens an EFE story. */
    private static boolean isDateline(Sentence sentence) {
        List<String> tokens = sentence.tokens();
        for (int i = 1; i + 1 < tokens.size() && i < 15; i++) {
            if (tokens.get(i - 1).equals("(")
                    && tokens.get(i).startsWith("EFE")
                    && tokens.get(i + 1).equals(")")) {
                return true;
            }
        }
        return false;
    }

    private static List<Document> hipe(List<String> lines) {
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        SentenceBuilder sentence = new SentenceBuilder();
        for (String line : lines.subList(1, lines.size())) {
            boolean comment = line.startsWith("# ") && line.contains(" = ");
            if (comment && line.startsWith("# document_id") || line.isBlank()) {
                sentence.finish().ifPresent(sentences::add);
                if (!sentences.isEmpty()) {
                    documents.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            if (comment) {
                continue;
            }
            String[] columns = line.split("\t");
            String tag = columns[1];
            String type = tag.equals("O") ? null : HIPE_TYPES.get(tag.substring(2));
            String misc = columns[columns.length - 1];
            sentence.add(columns[0], type == null ? "O" : tag.substring(0, 2) + type, !misc.contains("NoSpaceAfter"));
            if (misc.contains("PySBDSegment")) {
                sentence.finish().ifPresent(sentences::add);
            }
        }
        sentence.finish().ifPresent(sentences::add);
        if (!sentences.isEmpty()) {
            documents.add(new Document(List.copyOf(sentences)));
        }
        return documents;
    }

    private static List<Document> uner(List<String> lines) {
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        SentenceBuilder sentence = new SentenceBuilder();
        for (String line : lines) {
            if (line.startsWith("# newdoc")) {
                sentence.finish().ifPresent(sentences::add);
                if (!sentences.isEmpty()) {
                    documents.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            if (line.isBlank() || (line.startsWith("#") && line.contains(" = "))) {
                sentence.finish().ifPresent(sentences::add);
                continue;
            }
            String[] columns = line.split("\t");
            sentence.add(columns[1], keep(columns[2]), false);
        }
        sentence.finish().ifPresent(sentences::add);
        if (!sentences.isEmpty()) {
            documents.add(new Document(List.copyOf(sentences)));
        }
        return documents;
    }

    /** B-/I- PER, ORG or LOC as they are; anything else (OTH, LOCderiv, ORGpart, MISC) O. */
    private static String keep(String tag) {
        String upper = tag.toUpperCase(Locale.ROOT);
        return upper.matches("[BI]-(PER|ORG|LOC)") ? upper : "O";
    }

    private static final class SentenceBuilder {
        private final List<String> tokens = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Boolean> spaces = new ArrayList<>();

        void add(String token, String tag, boolean spaceAfter) {
            tokens.add(token);
            tags.add(tag);
            spaces.add(spaceAfter);
        }

        java.util.Optional<Sentence> finish() {
            if (tokens.isEmpty()) {
                return java.util.Optional.empty();
            }
            Sentence sentence = new Sentence(List.copyOf(tokens), List.copyOf(tags), List.copyOf(spaces));
            tokens.clear();
            tags.clear();
            spaces.clear();
            return java.util.Optional.of(sentence);
        }
    }
}
