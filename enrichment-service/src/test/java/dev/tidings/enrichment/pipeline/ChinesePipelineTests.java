package dev.tidings.enrichment.pipeline;

import static dev.tidings.enrichment.pipeline.MultilingualPipelineTests.article;
import static dev.tidings.enrichment.pipeline.MultilingualPipelineTests.assertCovers;
import static dev.tidings.enrichment.pipeline.MultilingualPipelineTests.assertMentions;
import static dev.tidings.enrichment.pipeline.MultilingualPipelineTests.codes;
import static dev.tidings.enrichment.pipeline.MultilingualPipelineTests.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.MultilingualFixtures;
import dev.tidings.events.EntityType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A Chinese article through the whole pipeline: words segmented first, then entities with exact
 * UTF-16 offsets into the unspaced text, and countries by their Chinese names. Needs the Chinese
 * models: runs with {@code -Pchinese} (CI's build), see the README.
 */
@Tag("chinese")
class ChinesePipelineTests {

    @Test
    void aChineseArticleGetsItsEntitiesWithExactOffsetsAndItsCountries() {
        ArticleDocument document = ArticleFixtures.pipeline()
                .tag(article(MultilingualFixtures.CHINESE_TITLE, MultilingualFixtures.CHINESE_BODY));

        assertEquals("zh", document.language().code());
        assertEquals(EntityType.PERSON, entity(document, "person:习近平").type());
        assertMentions(MultilingualFixtures.CHINESE_BODY, entity(document, "person:习近平"), "习近平");
        assertMentions(MultilingualFixtures.CHINESE_BODY, entity(document, "person:尹锡悦"), "尹锡悦");
        assertMentions(MultilingualFixtures.CHINESE_BODY, entity(document, "organization:华为公司"), "华为公司");
        assertEquals("CN", entity(document, "location:上海").countryCode());
        assertEquals("KR", entity(document, "location:韩国").countryCode());
        // 北京 and 上海 name no country here: CLDR gives no Chinese name for Beijing (see the README).
        assertEquals(List.of("JP", "KP", "KR", "US"), codes(document.countries()));
        assertCovers(document, true, true);
    }
}
