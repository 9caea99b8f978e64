package dev.tidings.query.story;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code tidings.query.stories.*}: the numbers of story assignment (see {@link StoryRules}). */
@ConfigMapping(prefix = "tidings.query.stories")
public interface StoryConfig {

    /** Off, articles are stored without a story (the benchmark compares the two). */
    @WithDefault("true")
    boolean enabled();

    /** A story silent this long (by publication time, else ingestion time) takes no more articles. */
    @WithDefault("P3D")
    Duration silence();

    @WithDefault("0.6")
    double vectorWeight();

    @WithDefault("0.45")
    double threshold();

    @WithDefault("0.2")
    double keysThreshold();

    @WithDefault("20")
    int retrievalKeys();

    @WithDefault("30")
    int storiesPerKey();

    /** 10, not 20: the same grouping on the evaluation set (README, "Story evaluation") at half the stories read. */
    @WithDefault("10")
    int candidates();

    /**
     * How often articles without a story (stored while stories were off, or imported) are looked
     * for and given one (see article.StoryBackfill).
     */
    @WithDefault("PT1M")
    Duration backfillInterval();

    default StoryRules rules() {
        return new StoryRules(
                silence(),
                vectorWeight(),
                threshold(),
                keysThreshold(),
                retrievalKeys(),
                storiesPerKey(),
                candidates());
    }
}
