package dev.tidings.enrichment.link;

import dev.tidings.enrichment.dedup.SimHashFingerprinter;

/**
 * The 64-bit key the link index stores instead of an anchor's text: the index holds millions of
 * anchors, and their strings would take several times the memory of their hashes. With 64 bits the
 * chance that any two of five million keys collide is under one in a million.
 */
final class AnchorKey {

    private AnchorKey() {}

    /** FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser to spread the bits. */
    static long of(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return SimHashFingerprinter.mix(hash);
    }
}
