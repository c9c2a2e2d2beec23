package org.w3id.dmmkg.loader.vocab;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Constants for the terms of {@code ontology/dmm.ttl}, the graph contract. A test checks
 * that every {@code dmm:} term declared there has a constant here and the other way round.
 */
public final class DMM {
    /** The base of every IRI the project mints; a server answers for the paths below it. */
    public static final String BASE = "https://w3id.org/dmm-kg/";
    /** The ontology namespace. */
    public static final String NS = BASE + "def#";
    /** Base of every resource IRI ({@code id/letter/…}, {@code id/mission/…}, …). */
    public static final String ID = BASE + "id/";
    /** Base of the named graphs. */
    public static final String GRAPH = BASE + "graph/";

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static final IRI ONTOLOGY = VF.createIRI(BASE + "def");
    public static final IRI ONTOLOGY_GRAPH = VF.createIRI(GRAPH + "ontology");
    public static final IRI VOCABULARY_GRAPH = VF.createIRI(GRAPH + "vocabulary");
    /** What the letters' entities are (types, names, labels, numbers), stated once rather than in every letter. */
    public static final IRI ENTITIES_GRAPH = VF.createIRI(GRAPH + "entities");

    // classes
    public static final IRI Letter = term("Letter");
    public static final IRI Meeting = term("Meeting");
    public static final IRI Minister = term("Minister");
    public static final IRI Mission = term("Mission");
    public static final IRI Initiative = term("Initiative");
    public static final IRI Kamerstuk = term("Kamerstuk");
    public static final IRI Motion = term("Motion");
    public static final IRI Commitment = term("Commitment");
    public static final IRI Country = term("Country");
    public static final IRI Place = term("Place");
    public static final IRI Organisation = term("Organisation");
    public static final IRI LoadFailure = term("LoadFailure");
    public static final IRI OfficialRecord = term("OfficialRecord");

    // letters
    public static final IRI sourceFile = term("sourceFile");
    public static final IRI text = term("text");
    public static final IRI sourceText = term("sourceText");
    public static final IRI letterType = term("letterType");
    public static final IRI reportsOn = term("reportsOn");
    public static final IRI mentions = term("mentions");
    public static final IRI cites = term("cites");
    public static final IRI publishedAs = term("publishedAs");
    public static final IRI reference = term("reference");
    public static final IRI sha256 = term("sha256");
    public static final IRI loaderVersion = term("loaderVersion");
    public static final IRI reason = term("reason");

    // meetings
    public static final IRI meetingType = term("meetingType");
    public static final IRI startDate = term("startDate");
    public static final IRI endDate = term("endDate");
    public static final IRI location = term("location");
    public static final IRI sequenceNumber = term("sequenceNumber");
    public static final IRI participant = term("participant");
    public static final IRI partOf = term("partOf");

    // people and places
    public static final IRI country = term("country");
    public static final IRI portfolio = term("portfolio");
    public static final IRI adjective = term("adjective");

    // parliamentary papers
    public static final IRI dossierNumber = term("dossierNumber");
    public static final IRI documentNumber = term("documentNumber");
    public static final IRI submittedBy = term("submittedBy");

    // commitments
    public static final IRI statedIn = term("statedIn");
    public static final IRI quote = term("quote");
    public static final IRI concerns = term("concerns");
    public static final IRI committedBy = term("committedBy");
    public static final IRI amountEuro = term("amountEuro");
    public static final IRI personnel = term("personnel");
    public static final IRI rotations = term("rotations");
    public static final IRI gdpSharePercent = term("gdpSharePercent");
    public static final IRI durationMonths = term("durationMonths");
    public static final IRI year = term("year");

    // official metadata
    public static final IRI tkDocumentNumber = term("tkDocumentNumber");
    public static final IRI officialDate = term("officialDate");
    public static final IRI officialSigner = term("officialSigner");

    // curation
    public static final IRI portfolioName = term("portfolioName");
    public static final IRI eventNoun = term("eventNoun");
    public static final IRI participantsName = term("participantsName");
    public static final IRI compositionName = term("compositionName");
    public static final IRI convenedBy = term("convenedBy");
    public static final IRI discovered = term("discovered");
    public static final IRI wikidataClass = term("wikidataClass");

    // summaries
    public static final IRI mentionPair = term("mentionPair");
    public static final IRI pairMission = term("pairMission");
    public static final IRI pairInitiative = term("pairInitiative");
    public static final IRI letterCount = term("letterCount");
    public static final IRI firstLetterDate = term("firstLetterDate");
    public static final IRI lastLetterDate = term("lastLetterDate");
    public static final IRI meetingCount = term("meetingCount");
    public static final IRI calendarYear = term("calendarYear");
    public static final IRI reportCount = term("reportCount");
    public static final IRI readingOrder = term("readingOrder");
    public static final IRI timelineOrder = term("timelineOrder");
    public static final IRI commitmentOrder = term("commitmentOrder");
    public static final IRI citationOrder = term("citationOrder");
    public static final IRI motionOrder = term("motionOrder");
    public static final IRI mentionOrder = term("mentionOrder");
    public static final IRI firstMentionPlace = term("firstMentionPlace");
    public static final IRI lastMentionPlace = term("lastMentionPlace");
    public static final IRI missionCommitmentOrder = term("missionCommitmentOrder");
    public static final IRI firstCommitmentPlace = term("firstCommitmentPlace");
    public static final IRI lastCommitmentPlace = term("lastCommitmentPlace");

    private DMM() {
    }

    private static IRI term(String localName) {
        return VF.createIRI(NS, localName);
    }

    /** A resource IRI below {@link #ID}, e.g. {@code id("meeting", "dmm-2023-02-15")}. */
    public static IRI id(String kind, String name) {
        return VF.createIRI(ID + kind + "/" + name);
    }

    /** A named graph that is not a letter's: {@code graph/load-report}, {@code graph/queries}, … */
    public static IRI graph(String name) {
        return VF.createIRI(GRAPH + name);
    }

    /** A Kamerstuk's page on the official publications site: {@code …/kst-28676-426.html}. */
    public static String kamerstukPage(String dossier, String number) {
        return "https://zoek.officielebekendmakingen.nl/kst-" + dossier + "-" + number + ".html";
    }

    /** The named graph of what an official source says about one publication ({@code kst-28676-467}). */
    public static IRI recordGraph(String key) {
        return VF.createIRI(GRAPH + "record/" + key);
    }

    /** The named graph of one letter. */
    public static IRI letterGraph(String letterId) {
        return VF.createIRI(GRAPH + "letter/" + letterId);
    }
}
