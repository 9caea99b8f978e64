package dev.tidings.enrichment.dedup;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/** SimHash of the main story, by which query-service finds near-duplicates under other URLs. Any language. */
public final class FingerprintTagger implements Tagger {
    private final SimHashFingerprinter fingerprinter = new SimHashFingerprinter();

    @Override
    public String name() {
        return "fingerprint";
    }

    @Override
    public void tag(ArticleDocument document) {
        document.setFingerprint(fingerprinter.fingerprint(document.body()).orElse(null));
    }
}
