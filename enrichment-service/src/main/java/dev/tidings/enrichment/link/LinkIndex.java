package dev.tidings.enrichment.link;

import dev.tidings.events.EntityType;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The link index built by {@link LinkIndexBuilder}: name-like anchor strings to the Wikipedia page
 * they most often link to, with that share (the prior), and each page's title, type and number of
 * distinct anchors (how well known it is). Kept in primitive arrays, anchors by a 64-bit hash of
 * their text ({@link AnchorKey}), looked up by binary search. Immutable, shared by all threads.
 */
public final class LinkIndex {

    static final String RESOURCE = "/dev/tidings/enrichment/link/wikipedia-anchors.bin";

    private static final int SURE = 0x10;
    private static final Pattern QUALIFIER = Pattern.compile(" \\([^()]+\\)$");
    private static final Pattern COMMA_QUALIFIER = Pattern.compile(", [A-Z][^,]*$");

    /** One page an anchor may mean, with the share of the anchor's links that go to it. */
    record Anchor(int page, double prior) {}

    private final byte[] titleBytes;
    private final int[] titleEnds;
    private final byte[] types;
    private final int[] popularity;
    private final long[] anchorKeys;
    private final int[] anchorPages;
    private final byte[] anchorPriors;
    private final long[] nameKeys;
    private final int[] namePages;

    private LinkIndex(DataInputStream in) throws IOException {
        if (in.readInt() != LinkIndexBuilder.MAGIC || in.readInt() != LinkIndexBuilder.VERSION) {
            throw new IllegalStateException("link index: unknown format");
        }
        // Read in chunks straight into the arrays: reading the 95 MB resource whole first doubled
        // the memory at start-up, and the heap kept that size.
        byte[] chunk = new byte[1 << 20];
        int pageCount = in.readInt();
        titleBytes = new byte[in.readInt()];
        in.readFully(titleBytes);
        titleEnds = readInts(in, new int[pageCount], chunk);
        types = new byte[pageCount];
        in.readFully(types);
        popularity = readInts(in, new int[pageCount], chunk);
        int anchorCount = in.readInt();
        anchorKeys = readLongs(in, new long[anchorCount], chunk);
        anchorPages = readInts(in, new int[anchorCount], chunk);
        anchorPriors = new byte[anchorCount];
        in.readFully(anchorPriors);
        int nameCount = in.readInt();
        nameKeys = readLongs(in, new long[nameCount], chunk);
        namePages = readInts(in, new int[nameCount], chunk);
    }

    private static int[] readInts(DataInputStream in, int[] target, byte[] chunk) throws IOException {
        int done = 0;
        while (done < target.length) {
            int count = Math.min(chunk.length / Integer.BYTES, target.length - done);
            in.readFully(chunk, 0, count * Integer.BYTES);
            ByteBuffer.wrap(chunk, 0, count * Integer.BYTES).asIntBuffer().get(target, done, count);
            done += count;
        }
        return target;
    }

    private static long[] readLongs(DataInputStream in, long[] target, byte[] chunk) throws IOException {
        int done = 0;
        while (done < target.length) {
            int count = Math.min(chunk.length / Long.BYTES, target.length - done);
            in.readFully(chunk, 0, count * Long.BYTES);
            ByteBuffer.wrap(chunk, 0, count * Long.BYTES).asLongBuffer().get(target, done, count);
            done += count;
        }
        return target;
    }

    /** Loads the index the build put on the classpath. */
    public static LinkIndex load() {
        try (InputStream in = LinkIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("link index missing from the classpath: " + RESOURCE);
            }
            return new LinkIndex(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page this exact anchor text most often links to, if it is in the index. */
    Anchor anchor(String text) {
        int at = Arrays.binarySearch(anchorKeys, AnchorKey.of(text));
        return at < 0 ? null : new Anchor(anchorPages[at], (anchorPriors[at] & 0xff) / 100.0);
    }

    /** The pages whose title, without its disambiguator, is this name ("Washington, D.C.", "Georgia (country)"). */
    List<Integer> pagesNamed(String name) {
        long key = AnchorKey.of(name);
        int at = Arrays.binarySearch(nameKeys, key);
        if (at < 0) {
            return List.of();
        }
        int first = at;
        while (first > 0 && nameKeys[first - 1] == key) {
            first--;
        }
        List<Integer> pages = new ArrayList<>();
        for (int i = first; i < nameKeys.length && nameKeys[i] == key; i++) {
            pages.add(namePages[i]);
        }
        return pages;
    }

    /** The page's title as Wikipedia writes it in URLs, with underscores: {@code Washington,_D.C.}. */
    String title(int page) {
        int start = page == 0 ? 0 : titleEnds[page - 1];
        return new String(titleBytes, start, titleEnds[page] - start, StandardCharsets.UTF_8);
    }

    PageType type(int page) {
        return decodeType(types[page]);
    }

    /** Whether a sure rule typed the page (see {@link PageTyper}). */
    boolean isTypeSure(int page) {
        return isSure(types[page]);
    }

    EntityType entityType(int page) {
        return type(page).entityType();
    }

    /** How many distinct anchor strings link to the page: how well known it is. */
    int popularity(int page) {
        return popularity[page];
    }

    /**
     * The type of the page with this title (with underscores) and whether it is sure, e.g. {@code
     * ORGANIZATION sure}; null when the page is not in the index. For the evaluation.
     */
    public String typeOf(String title) {
        String spaced = title.replace('_', ' ');
        for (int page : pagesNamed(baseName(spaced))) {
            if (title(page).equals(title)) {
                return type(page) + (isTypeSure(page) ? " sure" : " likely");
            }
        }
        return null;
    }

    public int pageCount() {
        return titleEnds.length;
    }

    public int anchorCount() {
        return anchorKeys.length;
    }

    /** A title (with spaces) without its disambiguator: "Washington, D.C." → "Washington". */
    static String baseName(String spacedTitle) {
        String base = QUALIFIER.matcher(spacedTitle).replaceFirst("");
        return COMMA_QUALIFIER.matcher(base).replaceFirst("");
    }

    static byte encodeType(PageType type, boolean sure) {
        return (byte) (type.ordinal() | (sure ? SURE : 0));
    }

    static PageType decodeType(byte code) {
        return PageType.values()[code & 0x0f];
    }

    static boolean isSure(byte code) {
        return (code & SURE) != 0;
    }
}
