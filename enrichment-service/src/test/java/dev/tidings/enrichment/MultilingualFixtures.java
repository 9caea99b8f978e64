package dev.tidings.enrichment;

/**
 * Articles in German, French, Spanish and Chinese written for these tests, in the shape of news
 * stories; every person and event in them is made up (the German one is run.sh's sample).
 */
public final class MultilingualFixtures {

    /** As deploy/local/samples: run.sh's German article. */
    public static final String VIENNA_TITLE = "Wien stellt Busflotte auf Elektroantrieb um";

    public static final String VIENNA_BODY = "Die Stadt Wien will bis 2030 alle städtischen Busse auf Elektroantrieb"
            + " umstellen, sagte Bürgermeisterin Maria Huber am Montag.\nDie Wiener Linien sollen dafür 250 neue"
            + " Fahrzeuge bestellen. Die Kosten schätzt die Stadt auf rund 180 Millionen Euro.\n„Wir wollen, dass"
            + " die Luft in den Bezirken sauberer wird“, sagte Huber bei einer Pressekonferenz im Rathaus.";

    public static final String FRENCH_TITLE = "Macron reçoit Scholz à Paris";

    public static final String FRENCH_BODY = "Le président Emmanuel Macron a reçu lundi à Paris le chancelier allemand"
            + " Olaf Scholz. Les deux dirigeants ont parlé de la Corée du Nord et des sanctions.\nLa SNCF et la"
            + " Banque de France ont annoncé des mesures à Lyon. « Nous devons agir ensemble », a déclaré"
            + " M. Macron aux journalistes.";

    public static final String SPANISH_TITLE = "Sánchez viaja a Buenos Aires";

    public static final String SPANISH_BODY = "El presidente del Gobierno, Pedro Sánchez, viajó el lunes a Buenos Aires"
            + " para reunirse con empresarios argentinos.\n«Queremos más comercio con Argentina», dijo Sánchez en"
            + " la Casa Rosada. Telefónica y el Banco de España anunciaron un acuerdo con Corea del Norte.";

    public static final String CHINESE_TITLE = "习近平会见韩国总统";

    public static final String CHINESE_BODY =
            "国家主席习近平周一在北京会见了韩国总统尹锡悦。双方讨论了朝鲜半岛局势。\n" + "华为公司当天在上海发布了新手机。美国和日本的记者出席了发布会。";

    private MultilingualFixtures() {}
}
