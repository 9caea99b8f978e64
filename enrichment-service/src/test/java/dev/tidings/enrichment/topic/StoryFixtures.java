package dev.tidings.enrichment.topic;

/**
 * Main stories written for the tests of the topic, keyword, tone, summary and near-duplicate
 * taggers. They have the shape of the main story of a scraped news page (a lead, an official's
 * statements and quotes, a report, a related development), but every person, organisation and event
 * in them is made up.
 */
public final class StoryFixtures {

    public static final String TRAFFICKING_TITLE = "Smuggled migrants held in forced labour camps, rights group says";

    /** About human trafficking, an official's statements, a report on camps and rights activists. */
    public static final String TRAFFICKING_BODY = String.join(
            "\n",
            "Hundreds of migrants from the hill provinces of Marnovia are being held in forced labour camps across"
                    + " the border in Kestria, where traffickers sell them to plantation owners, a senior UN official"
                    + " said on Tuesday.",
            "After three days of meetings with Kestrian ministers, Helena Drossel, head of the UN Office on Migrant"
                    + " Smuggling, said most victims of the trafficking networks were young men lured by false job"
                    + " offers and women forced into domestic servitude.",
            "\"The smugglers take their passports at the border. Some local police officers are paid to look away,\""
                    + " Drossel told reporters in the capital. \"If the migrants try to escape, they are beaten and"
                    + " returned to the camps.\"",
            "Kestria treats the migrants as illegal workers who should be deported.",
            "But aid agencies and several neighbouring governments have urged Kestria to treat them as victims of"
                    + " human trafficking and to prosecute the traffickers.",
            "Drossel said there were no reliable figures on the number of Marnovian migrants trapped in the camps.",
            "A report by the Geneva-based Open Borders Watch said the trafficked workers were held in crowded"
                    + " barracks, denied medical care and paid nothing for months of work.",
            "\"We heard testimony of beatings, torture and deaths in custody,\" the report said. Migrants who"
                    + " complained were sent to prison for months without trial.",
            "In a related development, human rights activists meeting in Valmora called on Kestria to stop"
                    + " deporting migrants who had escaped the camps, where they face harsh punishment at home.",
            "\"Kestria must choose between protecting these victims and protecting the traffickers,\" said Tomas"
                    + " Reyk, director of the Valmora Rights Centre.");

    /** The page the trafficking story was scraped from: the main story, a related link and teasers. */
    public static final String TRAFFICKING_PAGE = TRAFFICKING_BODY
            + "\nAlso see story:\nKestria rejects criticism over migrant camps\n"
            + "HARBOURS: Port officials in Busan said on Monday that Mayor Han Seo-yun (韓瑞允) would open the new ferry"
            + " terminal in the spring.\n"
            + "SECURITY: Officials in Tallinn said the Baltic Cable Authority had found damage to a second undersea"
            + " line.";

    public static final String STORM_TITLE = "Storm brings heavy rain and gales to the north coast";

    public static final String STORM_BODY = "Forecasters issued a weather warning on Friday as a storm moved in from"
            + " the Atlantic, bringing heavy rain, gusts of up to 110 km/h and falling temperatures to the north"
            + " coast. The national meteorological service said rainfall of 80 millimetres was expected in the hills"
            + " by Saturday morning, with snow above 900 metres. Temperatures will drop to 2 degrees Celsius"
            + " overnight, and fog is expected on Sunday before sunshine returns on Monday. Meteorologist Ida Varga"
            + " said the storm was the wettest of the season so far.";

    public static final String COURT_TITLE = "Former mayor jailed for six years for bribery";

    public static final String COURT_BODY = "A court in Dunmere sentenced the town's former mayor, Piet Lomark, to"
            + " six years in prison on Wednesday after a jury found him guilty of bribery and money laundering."
            + " Prosecutors said Lomark took bribes worth 400,000 euros from building firms in return for city"
            + " contracts. The judge said the crimes had betrayed the voters' trust. Police arrested Lomark in 2023"
            + " after a two-year investigation. His lawyer said he would appeal against the verdict.";

    public static final String QUAKE_TITLE = "Earthquake kills dozens in mountain villages";

    public static final String QUAKE_BODY = "A magnitude 6.8 earthquake struck the mountains of the Tarsk region"
            + " before dawn on Sunday, killing at least 43 people and injuring hundreds, emergency officials said."
            + " Rescuers searched collapsed houses for survivors as aftershocks shook the area. The death toll is"
            + " expected to rise, the regional governor said. Landslides blocked the main road, and evacuated"
            + " families spent the night in tents.";

    public static final String MATCH_TITLE = "Late goal sends Riverton into the cup final";

    public static final String MATCH_BODY = "Riverton reached the cup final for the first time in 20 years after"
            + " striker Leo Mbeki scored in the last minute of extra time against Harbour City on Saturday. The"
            + " goalkeeper had saved a penalty in the first half, and the coach said the players never gave up."
            + " Riverton will face the league champions at the national stadium next month.";

    private StoryFixtures() {}
}
