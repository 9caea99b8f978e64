package dev.tidings.enrichment.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold NER file read into documents of sentences of tokens and tags. Two layouts: CoNLL-2003
 * ({@code token POS chunk NER}, {@code -DOCSTART-} lines between documents) and UNER ({@code
 * idx<TAB>token<TAB>tag<TAB>…}, or {@code token<TAB>tag}, with {@code # newdoc} comments). Blank
 * lines end sentences. The order of tokens is the file's, which is what {@code conlleval.py} aligns
 * a prediction file by.
 */
record BioCorpus(String name, Path file, List<Document> documents) {

    record Sentence(List<String> tokens, List<String> tags) {}

    record Document(List<Sentence> sentences) {}

    static BioCorpus read(String name, Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean newDocument = line.startsWith("-DOCSTART-") || line.startsWith("# newdoc");
            if (line.isBlank() || newDocument || isComment(line)) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
                    tokens.clear();
                    tags.clear();
                }
                if (newDocument && !sentences.isEmpty()) {
                    documents.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            String[] columns = line.contains("\t") ? line.split("\t") : line.split(" ");
            if (columns.length >= 3 && line.contains("\t")) {
                // UNER: idx, token, tag, ...
                tokens.add(columns[1]);
                tags.add(columns[2]);
            } else {
                tokens.add(columns[0]);
                tags.add(columns[columns.length - 1]);
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
        }
        if (!sentences.isEmpty()) {
            documents.add(new Document(List.copyOf(sentences)));
        }
        return new BioCorpus(name, file, documents);
    }

    /** A CoNLL-U comment ("# sent_id = …"), skipped as conlleval.py skips it. */
    private static boolean isComment(String line) {
        String stripped = line.strip();
        return stripped.startsWith("#") && stripped.contains(" = ");
    }

    int tokenCount() {
        return documents.stream()
                .flatMap(d -> d.sentences().stream())
                .mapToInt(s -> s.tokens().size())
                .sum();
    }

    int sentenceCount() {
        return documents.stream().mapToInt(d -> d.sentences().size()).sum();
    }
}
