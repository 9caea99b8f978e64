package dev.tidings.enrichment.link;

import dev.tidings.enrichment.dedup.SimHashFingerprinter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Builds the link index at build time (a Maven step, see the pom) from CoreNLP's {@code
 * wikidict.tab.gz} (models-english-kbp jar: 21 million anchor strings from web pages that link to
 * English Wikipedia, each with the page it most often links to and the share of its links that go
 * there) and the KBP gazetteers of the CoreNLP models jar. It keeps what a news entity can use:
 *
 * <ul>
 *   <li>pages with at least {@value #MIN_ANCHORS} distinct anchors (the rest are too obscure to be
 *       worth their memory), that are not meta pages;
 *   <li>their anchors that look like names (capitalised, at most {@value #MAX_WORDS} words and
 *       {@value #MAX_LENGTH} characters, letters, digits and {@code .&'’-} only) and send at
 *       least {@value #MIN_PRIOR} of their links to the page.
 * </ul>
 *
 * <p>Usage: {@code LinkIndexBuilder WIKIDICT GAZETTEER_DIR OUTPUT [TYPES_TSV]}. Skips the work when
 * OUTPUT was built from the same inputs by the same rules (a fingerprint beside it).
 */
public final class LinkIndexBuilder {

    static final int MIN_ANCHORS = 5;
    static final int MAX_WORDS = 5;
    static final int MAX_LENGTH = 50;
    static final double MIN_PRIOR = 0.2;

    static final int MAGIC = 0x544c4e4b; // "TLNK"
    static final int VERSION = 1;

    private static final Pattern NAME_LIKE = Pattern.compile("[A-Z0-9][\\p{L}0-9 .&'’-]*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern META_PAGE = Pattern.compile(
            "^(Main_Page|Wikipedia:.*|Category:.*|File:.*|Image:.*|Template:.*|Portal:.*|Help:.*|Special:.*|"
                    + "Talk:.*|User:.*|Book:.*|Draft:.*|Module:.*|MediaWiki:.*)$");

    private LinkIndexBuilder() {}

    public static void main(String[] args) throws IOException {
        Path wikidict = Path.of(args[0]);
        Path gazetteers = Path.of(args[1]);
        Path output = Path.of(args[2]);
        // Beside the unpacked inputs, not in the output folder that the app ships.
        Path stamp = wikidict.resolveSibling("link-index.sha256");
        String fingerprint = fingerprint(wikidict, gazetteers);
        if (Files.exists(output)
                && Files.exists(stamp)
                && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("link index up to date: " + output);
            return;
        }
        long start = System.nanoTime();
        Map<String, String> gazetteer = readGazetteer(gazetteers);

        List<String> titles = new ArrayList<>();
        List<Integer> popularity = new ArrayList<>();
        // Anchors as parallel growable arrays: key, page, prior in hundredths.
        LongList keys = new LongList();
        IntList pages = new IntList();
        IntList priors = new IntList();
        long lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(wikidict), 1 << 16), StandardCharsets.UTF_8))) {
            String currentPage = null;
            List<String[]> group = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                if (tab1 <= 0 || tab2 <= tab1) {
                    continue;
                }
                String page = line.substring(tab1 + 1, tab2);
                if (!page.equals(currentPage)) {
                    flush(currentPage, group, titles, popularity, keys, pages, priors);
                    currentPage = page;
                    group.clear();
                }
                group.add(new String[] {line.substring(0, tab1), line.substring(tab2 + 1)});
            }
            flush(currentPage, group, titles, popularity, keys, pages, priors);
        }

        List<String> spacedTitles =
                titles.stream().map(t -> t.replace('_', ' ')).toList();
        PageTyper typer = new PageTyper(gazetteer, spacedTitles);
        byte[] types = new byte[titles.size()];
        int[] typeCounts = new int[PageType.values().length * 2];
        for (int p = 0; p < titles.size(); p++) {
            PageTyper.Typed typed = typer.type(spacedTitles.get(p));
            types[p] = LinkIndex.encodeType(typed.type(), typed.sure());
            typeCounts[typed.type().ordinal() * 2 + (typed.sure() ? 1 : 0)]++;
        }

        // Sorted by key, then by prior (higher first), so that a duplicate key keeps its best page.
        int n = keys.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byKey = Long.compare(keys.get(a), keys.get(b));
            return byKey != 0 ? byKey : Integer.compare(priors.get(b), priors.get(a));
        });
        LongList sortedKeys = new LongList();
        IntList sortedPages = new IntList();
        IntList sortedPriors = new IntList();
        for (int i = 0; i < n; i++) {
            int at = order[i];
            if (sortedKeys.size() > 0 && sortedKeys.get(sortedKeys.size() - 1) == keys.get(at)) {
                continue;
            }
            sortedKeys.add(keys.get(at));
            sortedPages.add(pages.get(at));
            sortedPriors.add(priors.get(at));
        }

        // Pages by their name without a disambiguator: the other candidates of an ambiguous name.
        LongList nameKeys = new LongList();
        IntList namePages = new IntList();
        for (int p = 0; p < spacedTitles.size(); p++) {
            nameKeys.add(AnchorKey.of(LinkIndex.baseName(spacedTitles.get(p))));
            namePages.add(p);
        }
        Integer[] nameOrder = new Integer[nameKeys.size()];
        for (int i = 0; i < nameOrder.length; i++) {
            nameOrder[i] = i;
        }
        Arrays.sort(nameOrder, (a, b) -> Long.compare(nameKeys.get(a), nameKeys.get(b)));

        Files.createDirectories(output.getParent());
        try (OutputStream file = Files.newOutputStream(output);
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(titles.size());
            ByteBuffer titleBytes = ByteBuffer.allocate(titles.stream()
                    .mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length)
                    .sum());
            int[] titleEnds = new int[titles.size()];
            for (int p = 0; p < titles.size(); p++) {
                titleBytes.put(titles.get(p).getBytes(StandardCharsets.UTF_8));
                titleEnds[p] = titleBytes.position();
            }
            out.writeInt(titleBytes.capacity());
            out.write(titleBytes.array());
            for (int end : titleEnds) {
                out.writeInt(end);
            }
            out.write(types);
            for (int count : popularity) {
                out.writeInt(count);
            }
            out.writeInt(sortedKeys.size());
            for (int i = 0; i < sortedKeys.size(); i++) {
                out.writeLong(sortedKeys.get(i));
            }
            for (int i = 0; i < sortedKeys.size(); i++) {
                out.writeInt(sortedPages.get(i));
            }
            for (int i = 0; i < sortedKeys.size(); i++) {
                out.writeByte(sortedPriors.get(i));
            }
            out.writeInt(nameOrder.length);
            for (Integer i : nameOrder) {
                out.writeLong(nameKeys.get(i));
            }
            for (Integer i : nameOrder) {
                out.writeInt(namePages.get(i));
            }
        }
        Files.writeString(stamp, fingerprint);
        System.out.printf(
                Locale.ROOT,
                "link index: %,d wikidict lines -> %,d pages, %,d anchors, %,d given names; %,d bytes in %s (%.1f s)%n",
                lines,
                titles.size(),
                sortedKeys.size(),
                typer.givenNameCount(),
                Files.size(output),
                output,
                (System.nanoTime() - start) / 1e9);
        StringBuilder counts = new StringBuilder("page types (sure/likely):");
        for (PageType type : PageType.values()) {
            counts.append(String.format(
                    Locale.ROOT,
                    " %s %,d/%,d",
                    type,
                    typeCounts[type.ordinal() * 2 + 1],
                    typeCounts[type.ordinal() * 2]));
        }
        System.out.println(counts);
        if (args.length > 3) {
            writeTypes(Path.of(args[3]), spacedTitles, types);
        }
    }

    /** For checking the typing by eye: every page with its type. */
    private static void writeTypes(Path file, List<String> titles, byte[] types) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int p = 0; p < titles.size(); p++) {
                out.write(titles.get(p) + "\t" + LinkIndex.decodeType(types[p]) + "\t" + LinkIndex.isSure(types[p])
                        + "\n");
            }
        }
    }

    private static void flush(
            String page,
            List<String[]> group,
            List<String> titles,
            List<Integer> popularity,
            LongList keys,
            IntList pages,
            IntList priors) {
        if (page == null
                || group.size() < MIN_ANCHORS
                || META_PAGE.matcher(page).matches()) {
            return;
        }
        int id = titles.size();
        boolean any = false;
        for (String[] anchor : group) {
            String text = anchor[0].strip().replaceAll("\\s+", " ");
            double prior;
            try {
                prior = Double.parseDouble(anchor[1]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (prior < MIN_PRIOR
                    || text.length() > MAX_LENGTH
                    || !NAME_LIKE.matcher(text).matches()
                    || !HAS_LETTER.matcher(text).matches()
                    || text.split(" ").length > MAX_WORDS) {
                continue;
            }
            keys.add(AnchorKey.of(text));
            pages.add(id);
            priors.add((int) Math.round(prior * 100));
            any = true;
        }
        if (any) {
            titles.add(page);
            popularity.add(group.size());
        }
    }

    /** Lower-case name to its KBP class, for COUNTRY, STATE_OR_PROVINCE and CITY entries typed LOCATION. */
    private static Map<String, String> readGazetteer(Path directory) throws IOException {
        Map<String, String> gazetteer = new HashMap<>();
        for (String file : List.of("regexner_cased.tab", "regexner_caseless.tab")) {
            for (String line : Files.readAllLines(directory.resolve(file), StandardCharsets.UTF_8)) {
                String[] columns = line.split("\t");
                if (columns.length < 3 || !columns[2].contains("LOCATION")) {
                    continue;
                }
                String kind = columns[1];
                if (kind.equals("COUNTRY") || kind.equals("STATE_OR_PROVINCE") || kind.equals("CITY")) {
                    String name = columns[0].toLowerCase(Locale.ROOT);
                    // A country or state wins over a city of the same name ("Georgia", "Washington").
                    gazetteer.merge(name, kind, (old, neu) -> old.equals("CITY") ? neu : old);
                }
            }
        }
        return gazetteer;
    }

    /**
     * What the index is built from: the table's size and date, and the compiled bytes of the classes
     * that decide what goes in (not their dates: Maven recompiles the whole module on any change).
     */
    private static String fingerprint(Path wikidict, Path gazetteers) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((Files.size(wikidict) + "/"
                            + Files.getLastModifiedTime(wikidict).toMillis() + "/"
                            + Files.size(gazetteers.resolve("regexner_caseless.tab")))
                    .getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : List.of(
                    LinkIndexBuilder.class,
                    PageTyper.class,
                    AnchorKey.class,
                    SimHashFingerprinter.class,
                    LinkIndex.class,
                    PageType.class)) {
                try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class LongList {
        private long[] values = new long[1 << 20];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    private static final class IntList {
        private int[] values = new int[1 << 20];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }
}
