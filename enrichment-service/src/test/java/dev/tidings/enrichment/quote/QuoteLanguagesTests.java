package dev.tidings.enrichment.quote;

import static dev.tidings.enrichment.quote.QuoteExtractorTests.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Quote;
import dev.tidings.events.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotations in German, French, Spanish and Chinese news prose, each language with its own marks
 * and reporting shapes, with the entities the entity tagger would give. Every text is made up for
 * these tests (and none is in the quote gold sets).
 */
class QuoteLanguagesTests {

    @Test
    void germanQuotesWithLowAndHighMarksAndTheSpeakerAfterTheVerb() {
        String text = "Der Hamburger Hafen hat im dritten Quartal weniger Container umgeschlagen als im Vorjahr.\n"
                + "„Die Lage im Roten Meer trifft uns direkt“, sagte Hafenchef Jens Albers am Dienstag."
                + " „Viele Reedereien fahren inzwischen um Afrika herum.“\n"
                + "Die Gewerkschaft Verdi warnte vor einem Stellenabbau. Sprecherin Anke Roth sagte:"
                + " »Wir werden keine Entlassungen hinnehmen.«\n"
                + "„Die Beschäftigten haben in der Pandemie alles gegeben“, fügte sie hinzu.\n";
        Entity albers = entity("person:jens-albers", EntityType.PERSON, "Jens Albers", text, "Jens Albers");
        Entity roth = entity("person:anke-roth", EntityType.PERSON, "Anke Roth", text, "Anke Roth");
        Entity verdi = entity("organization:verdi", EntityType.ORGANIZATION, "Verdi", text, "Verdi");

        List<Quote> quotes = extract(QuoteLanguage.GERMAN, text, albers, roth, verdi);

        assertEquals(4, quotes.size(), quotes::toString);
        assertQuote(text, quotes.get(0), "Die Lage im Roten Meer trifft uns direkt", albers);
        assertQuote(text, quotes.get(1), "Viele Reedereien fahren inzwischen um Afrika herum.", albers);
        assertQuote(text, quotes.get(2), "Wir werden keine Entlassungen hinnehmen.", roth);
        assertQuote(text, quotes.get(3), "Die Beschäftigten haben in der Pandemie alles gegeben", roth);
    }

    @Test
    void frenchGuillemetsWithNoBreakSpacesAndTheAttributionInsideThem() {
        String text = "La grève des contrôleurs aériens a perturbé lundi le trafic à Marseille.\n"
                + "«\u00A0Nous n’avons pas eu le choix\u00A0», a déclaré Sophie Marchand, secrétaire générale du"
                + " syndicat. «\u00A0La direction refuse de nous recevoir depuis six mois.\u00A0»\n"
                + "Le ministre des Transports, Paul Girard, a jugé le mouvement «\u00A0irresponsable\u00A0».\n"
                + "«\u00A0Les passagers ne doivent pas être pris en otage, a-t-il ajouté, et le service minimum"
                + " sera assuré.\u00A0»\n";
        Entity marchand =
                entity("person:sophie-marchand", EntityType.PERSON, "Sophie Marchand", text, "Sophie Marchand");
        Entity girard = entity("person:paul-girard", EntityType.PERSON, "Paul Girard", text, "Paul Girard");

        List<Quote> quotes = extract(QuoteLanguage.FRENCH, text, marchand, girard);

        assertEquals(5, quotes.size(), quotes::toString);
        assertQuote(text, quotes.get(0), "Nous n’avons pas eu le choix", marchand);
        assertQuote(text, quotes.get(1), "La direction refuse de nous recevoir depuis six mois.", marchand);
        assertQuote(text, quotes.get(2), "irresponsable", girard);
        assertQuote(text, quotes.get(3), "Les passagers ne doivent pas être pris en otage", girard);
        assertQuote(text, quotes.get(4), "et le service minimum sera assuré.", girard);
    }

    @Test
    void spanishAngleQuotesDialogueDashesAndSegun() {
        String text = "El Ayuntamiento de Valencia aprobó ayer un plan para reducir el tráfico en el centro.\n"
                + "«Queremos una ciudad para las personas, no para los coches», dijo la alcaldesa, Lucía Ferrer,"
                + " durante el pleno.\n"
                + "La oposición criticó la medida. «Es un castigo para los comerciantes», afirmó el portavoz del"
                + " Partido Popular, Andrés Molina.\n"
                + "—No vamos a dar marcha atrás —respondió Ferrer—. El plan entrará en vigor en marzo.\n"
                + "Según Molina, el plan es «improvisado».\n";
        Entity ferrer =
                entity("person:lucia-ferrer", EntityType.PERSON, "Lucía Ferrer", text, "Lucía Ferrer", "Ferrer");
        Entity molina =
                entity("person:andres-molina", EntityType.PERSON, "Andrés Molina", text, "Andrés Molina", "Molina");
        Entity pp = entity(
                "organization:partido-popular", EntityType.ORGANIZATION, "Partido Popular", text, "Partido Popular");

        List<Quote> quotes = extract(QuoteLanguage.SPANISH, text, ferrer, molina, pp);

        assertEquals(5, quotes.size(), quotes::toString);
        assertQuote(text, quotes.get(0), "Queremos una ciudad para las personas, no para los coches", ferrer);
        assertQuote(text, quotes.get(1), "Es un castigo para los comerciantes", molina);
        assertQuote(text, quotes.get(2), "No vamos a dar marcha atrás", ferrer);
        assertQuote(text, quotes.get(3), "El plan entrará en vigor en marzo.", ferrer);
        assertQuote(text, quotes.get(4), "improvisado", molina);
    }

    @Test
    void chineseQuotesInSimplifiedAndTraditionalMarks() {
        String text = "国家统计局周二公布了十月份经济数据。\n"
                + "国家统计局新闻发言人张建国在发布会上表示：“国民经济延续恢复向好态势。”\n"
                + "“消费市场保持稳定增长。”张建国说。\n"
                + "经济学家刘颖认为，部分行业“仍面临较大压力”。\n"
                + "台北市長林志偉週一在記者會上說：「我們會全力配合中央的防疫政策。」\n";
        Entity bureau = entity("organization:国家统计局", EntityType.ORGANIZATION, "国家统计局", text, "国家统计局");
        Entity zhang = entity("person:张建国", EntityType.PERSON, "张建国", text, "张建国");
        Entity liu = entity("person:刘颖", EntityType.PERSON, "刘颖", text, "刘颖");
        Entity lin = entity("person:林志偉", EntityType.PERSON, "林志偉", text, "林志偉");

        List<Quote> quotes = extract(QuoteLanguage.CHINESE, text, bureau, zhang, liu, lin);

        assertEquals(4, quotes.size(), quotes::toString);
        assertQuote(text, quotes.get(0), "国民经济延续恢复向好态势。", zhang);
        assertQuote(text, quotes.get(1), "消费市场保持稳定增长。", zhang);
        assertQuote(text, quotes.get(2), "仍面临较大压力", liu);
        assertQuote(text, quotes.get(3), "我們會全力配合中央的防疫政策。", lin);
    }

    @Test
    void aQuotedNameOrTitleIsNotAQuotation() {
        String german =
                "Das Theater zeigt ab Freitag ein neues Stück. Kritiker nannten das Stück „Die Wand“ schon jetzt das"
                        + " Ereignis der Saison.\n";
        String chinese = "据商务部介绍，“双十一”期间线上销售额同比增长百分之八。\n";

        assertTrue(
                extract(QuoteLanguage.GERMAN, german).stream()
                        .noneMatch(q -> q.text().equals("Die Wand")),
                () -> extract(QuoteLanguage.GERMAN, german).toString());
        assertTrue(
                extract(QuoteLanguage.CHINESE, chinese).isEmpty(),
                () -> extract(QuoteLanguage.CHINESE, chinese).toString());
    }

    @Test
    void englishMarksInOtherLanguagesAreReadToo() {
        String text = "Die Bank hob den Leitzins an. \"Die Inflation ist noch nicht besiegt\", sagte Notenbankchef"
                + " Karl Weiß.\n";
        Entity weiss = entity("person:karl-weiss", EntityType.PERSON, "Karl Weiß", text, "Karl Weiß");

        List<Quote> quotes = extract(QuoteLanguage.GERMAN, text, weiss);

        assertEquals(1, quotes.size(), quotes::toString);
        assertQuote(text, quotes.get(0), "Die Inflation ist noch nicht besiegt", weiss);
    }

    private static List<Quote> extract(QuoteLanguage language, String text, Entity... entities) {
        return new QuoteExtractor(language).extract(text, List.of(entities));
    }

    /** The quote's words at its exact offsets, and its speaker the entity. */
    private static void assertQuote(String text, Quote quote, String expected, Entity speaker) {
        int at = text.indexOf(expected);
        assertEquals(expected, quote.text());
        assertEquals(at, quote.start(), expected);
        assertEquals(at + expected.length(), quote.end(), expected);
        assertEquals(new Speaker(speaker.name(), speaker.id()), quote.speaker(), expected);
    }
}
