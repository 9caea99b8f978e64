package dev.tidings.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles written for the end-to-end story tests, as ingest's submission JSON: several sources
 * reporting one event in their own words, a page shaped like the seed page (its main story, an
 * "Also see story:" line and four cut-off teasers, one with an ALL-CAPS kicker), and unrelated ones.
 */
final class StoryPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One report: its source, title and text. */
    record Report(String source, String title, String body) {}

    /** The main story of {@link #DOCK_STRIKE_PAGE}, and what the store keeps of that page. */
    static final String DOCK_STRIKE_STORY = String.join(
            "\n",
            "Some 2,400 dock workers at the Port of Gdansk walked off the job on Tuesday in protest against"
                    + " new shift rules, leaving 40 ships waiting at anchor in the Bay of Gdansk, union officials"
                    + " said.",
            "The strike was called by the port branch of the Solidarity trade union after talks with the port"
                    + " authority broke down late on Monday. Marek Kowalczyk, who leads the union at the port, said"
                    + " the new rules would force crane operators to work twelve-hour shifts without extra pay.",
            "\"We asked for a week of talks and were given an ultimatum,\" Kowalczyk told reporters at the gates"
                    + " of the container terminal. \"Nobody goes back until the rules are withdrawn.\"",
            "The Port of Gdansk handles about a fifth of Poland's container traffic. Shipping agents said the"
                    + " stoppage was already delaying grain exports and fuel deliveries to the refinery.",
            "Poland's infrastructure minister, Tomasz Wrona, called on both sides to return to the table and"
                    + " said the government would not intervene in the dispute for now.",
            "The port authority said in a statement that the shift rules were needed to handle rising traffic"
                    + " and that it remained open to talks.");

    /** A whole scraped page: the story, the related link and four teasers cut off mid-sentence. */
    static final Report DOCK_STRIKE_PAGE = new Report(
            "Baltic Courier",
            "Gdansk dock workers strike over new shift rules",
            String.join(
                    "\n",
                    DOCK_STRIKE_STORY,
                    "Also see story:",
                    "Polish ferry line orders two hybrid ships for its Baltic routes",
                    "PORTS: Rotterdam and Antwerp report record container volumes for the first quarter as"
                            + " shipping lines reroute their vessels and the terminals struggle to",
                    "Hamburg's harbour authority has approved a plan to deepen the Elbe channel once more, a move"
                            + " that environmental groups say will damage the river's fragile tidal",
                    "Lithuania's Klaipeda port says it will build a new gas jetty by 2028, backed by a loan that"
                            + " its chief executive described as",
                    "Fishermen in the Danish port of Esbjerg are counting the cost of a storm that sank three"
                            + " trawlers at their moorings overnight and left the harbour wall"));

    /** The same event in other words, as two other sources wrote it. */
    static final List<Report> DOCK_STRIKE_REWRITES = List.of(
            new Report(
                    "Northern Wire",
                    "Strike by 2,400 dockers halts the Port of Gdansk",
                    "Work at the Port of Gdansk came to a halt on Tuesday as about 2,400 dock workers went on"
                            + " strike over new shift rules, leaving some 40 vessels waiting at anchor.\nThe"
                            + " Solidarity union, whose port leader Marek Kowalczyk said crane operators were being"
                            + " forced into twelve-hour shifts without extra pay, called the walkout after talks with"
                            + " the port authority collapsed on Monday night.\nInfrastructure minister Tomasz Wrona"
                            + " urged both sides to resume talks. The port, which handles about a fifth of Poland's"
                            + " container trade, said grain exports and fuel deliveries were delayed."),
            new Report(
                    "Coast Times",
                    "Ships queue off Gdansk as dock workers walk out",
                    "Forty ships were queuing in the Bay of Gdansk on Tuesday after 2,400 workers at the Port of"
                            + " Gdansk walked out in a dispute over shift rules.\nMarek Kowalczyk of the Solidarity"
                            + " trade union said the port authority had tried to impose twelve-hour shifts on crane"
                            + " operators without paying them more. \"Nobody goes back until the rules are"
                            + " withdrawn,\" he said.\nThe port authority said it remained open to talks, while"
                            + " Poland's infrastructure minister Tomasz Wrona said the government would not step in"
                            + " for now."));

    /** Something else entirely. */
    static final Report CHERRY_HAIL = new Report(
            "Valley Herald",
            "Hail storm ruins cherry crop in Kent orchards",
            "Fruit growers in Kent say a hail storm on Sunday destroyed up to half of this year's cherry crop,"
                    + " days before the harvest was due to begin.\nSarah Whitcombe, who chairs the county's growers'"
                    + " association, said orchards around Faversham were worst hit and that many smaller farms had"
                    + " no insurance against hail.\nSupermarkets are expected to import more cherries from Spain and"
                    + " Turkey to fill the gap.");

    /** Three events, three reports each: for the replicas to store at once. */
    static final List<List<Report>> EVENTS = List.of(
            List.of(
                    new Report(
                            "Northern Wire",
                            "Etna eruption closes Catania airport",
                            "Mount Etna erupted overnight, sending a column of ash several kilometres into the sky"
                                    + " and forcing Catania airport to close on Thursday morning.\nItaly's National"
                                    + " Institute of Geophysics and Volcanology said lava was flowing down the"
                                    + " volcano's southeastern flank, away from villages.\nFlights were diverted to"
                                    + " Palermo while ash fell on Catania and nearby towns."),
                    new Report(
                            "Coast Times",
                            "Ash from Mount Etna grounds flights in Sicily",
                            "Flights to and from Catania were suspended on Thursday after Mount Etna threw ash high"
                                    + " over eastern Sicily.\nThe National Institute of Geophysics and Volcanology"
                                    + " reported a lava flow on the southeastern flank of the volcano but said no"
                                    + " village was in danger.\nAirlines sent their planes to Palermo instead."),
                    new Report(
                            "Baltic Courier",
                            "Catania airport shut as Etna spews ash and lava",
                            "Sicily's Mount Etna burst into activity during the night, and Catania airport"
                                    + " stopped all flights on Thursday as ash rained on the city.\nVolcanologists"
                                    + " at the National Institute of Geophysics and Volcanology said the lava was"
                                    + " running down the southeastern flank.\nSeveral flights landed in Palermo.")),
            List.of(
                    new Report(
                            "Northern Wire",
                            "Norges Bank raises its key rate to 4.75 percent",
                            "Norway's central bank, Norges Bank, raised its key interest rate by a quarter point"
                                    + " to 4.75 percent on Thursday to fight inflation.\nGovernor Ingrid Solheim"
                                    + " said the krone had weakened more than expected and that prices were rising"
                                    + " too fast.\nEconomists in Oslo had expected the rate to stay unchanged."),
                    new Report(
                            "Coast Times",
                            "Norway's central bank surprises with rate rise",
                            "Norges Bank lifted its policy rate to 4.75 percent on Thursday, a move few economists"
                                    + " in Oslo had predicted.\nIngrid Solheim, the governor, pointed to a weak"
                                    + " krone and inflation that was still too high.\nThe krone strengthened after"
                                    + " the decision."),
                    new Report(
                            "Valley Herald",
                            "Norges Bank lifts rate as krone weakens",
                            "The Norwegian central bank raised interest rates to 4.75 percent on Thursday, saying a"
                                    + " weak krone threatened to keep inflation high.\nGovernor Ingrid Solheim"
                                    + " said Norges Bank was ready to raise rates again if needed.\nThe decision"
                                    + " surprised most economists in Oslo.")),
            List.of(
                    new Report(
                            "Northern Wire",
                            "Lisbon tram derails on steep hill, injuring twelve",
                            "A historic tram derailed on a steep street in Lisbon's Alfama district on Thursday,"
                                    + " injuring twelve passengers, the city's transport company Carris said.\nThe"
                                    + " tram of line 28 left the rails on a bend and hit a wall.\nMayor Joana"
                                    + " Ferreira said the line would stay closed until inspectors had checked its"
                                    + " brakes."),
                    new Report(
                            "Coast Times",
                            "Twelve hurt as Lisbon's line 28 tram leaves the rails",
                            "Twelve people were hurt when a line 28 tram came off the rails in the Alfama"
                                    + " district of Lisbon on Thursday.\nCarris, which runs the trams, said the car"
                                    + " struck a wall on a bend of the steep street.\nLisbon's mayor Joana Ferreira"
                                    + " closed the line pending a check of the tram's brakes."),
                    new Report(
                            "Baltic Courier",
                            "Lisbon closes tram line after derailment in Alfama",
                            "Lisbon has closed tram line 28 after one of its historic trams derailed in Alfama"
                                    + " on Thursday and hit a wall, injuring twelve passengers.\nMayor Joana Ferreira"
                                    + " said inspectors would check the brakes of every tram on the line.\nCarris"
                                    + " said the tram had been serviced last month.")));

    private StoryPages() {}

    /** The report as ingest's submission JSON, under {@code url}, published at {@code publishedAt}. */
    static ObjectNode submission(Report report, String url, Instant publishedAt) {
        ObjectNode article = JSON.createObjectNode();
        article.put("url", url);
        article.put("title", report.title());
        article.put("body", report.body());
        article.put("source", report.source());
        article.put("publishedAt", publishedAt.toString());
        return article;
    }

    /** The reports of {@link #EVENTS} as submissions, an hour apart within an event, each under a URL of its own. */
    static List<List<ObjectNode>> eventSubmissions(String run, Instant start) {
        List<List<ObjectNode>> events = new ArrayList<>();
        for (int e = 0; e < EVENTS.size(); e++) {
            List<ObjectNode> reports = new ArrayList<>();
            for (int r = 0; r < EVENTS.get(e).size(); r++) {
                Report report = EVENTS.get(e).get(r);
                reports.add(submission(
                        report,
                        "https://" + report.source().toLowerCase().replace(' ', '-') + ".example/" + run + "/event-" + e
                                + "/" + r,
                        start.plus(Duration.ofHours(r))));
            }
            events.add(reports);
        }
        return events;
    }
}
