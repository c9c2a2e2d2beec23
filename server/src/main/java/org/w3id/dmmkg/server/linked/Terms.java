package org.w3id.dmmkg.server.linked;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.OA;
import org.w3id.dmmkg.loader.vocab.Prefixes;
import org.w3id.dmmkg.store.RdfBridge;
import org.w3id.dmmkg.store.describe.CorpusSummary;

/** The terms the pages read, as Jena nodes. */
public final class Terms {
    private static final String RDFS = Prefixes.MAP.get("rdfs");
    private static final String SKOS = Prefixes.MAP.get("skos");
    private static final String DCTERMS = Prefixes.MAP.get("dcterms");
    private static final String FOAF = Prefixes.MAP.get("foaf");

    /** The counts over every letter, written after every load. */
    public static final String SUMMARY_GRAPH = CorpusSummary.GRAPH.getURI();
    /** The summary's node for the letters without a date. */
    public static final String UNDATED = DMM.ID + "year/undated";
    public static final Node TYPE = NodeFactory.createURI(Prefixes.MAP.get("rdf") + "type");
    public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node COMMENT = NodeFactory.createURI(RDFS + "comment");
    public static final Node PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node DEFINITION = NodeFactory.createURI(SKOS + "definition");
    public static final Node NOTATION = NodeFactory.createURI(SKOS + "notation");
    public static final Node DATE = NodeFactory.createURI(DCTERMS + "date");
    public static final Node CREATOR = NodeFactory.createURI(DCTERMS + "creator");
    public static final Node NAME = NodeFactory.createURI(FOAF + "name");
    public static final Node PAGE = NodeFactory.createURI(FOAF + "page");
    public static final Node SAME_AS = NodeFactory.createURI(Prefixes.MAP.get("owl") + "sameAs");

    public static final Node LETTER = RdfBridge.node(DMM.Letter);
    public static final Node MEETING = RdfBridge.node(DMM.Meeting);
    public static final Node KAMERSTUK = RdfBridge.node(DMM.Kamerstuk);
    public static final Node MOTION = RdfBridge.node(DMM.Motion);
    public static final Node COMMITMENT = RdfBridge.node(DMM.Commitment);
    public static final Node MINISTER = RdfBridge.node(DMM.Minister);
    public static final Node SOURCE_TEXT = RdfBridge.node(DMM.sourceText);
    public static final Node SOURCE_FILE = RdfBridge.node(DMM.sourceFile);
    public static final Node TEXT = RdfBridge.node(DMM.text);
    public static final Node LETTER_TYPE = RdfBridge.node(DMM.letterType);
    public static final Node REPORTS_ON = RdfBridge.node(DMM.reportsOn);
    public static final Node PUBLISHED_AS = RdfBridge.node(DMM.publishedAs);
    public static final Node MEETING_TYPE = RdfBridge.node(DMM.meetingType);
    public static final Node START_DATE = RdfBridge.node(DMM.startDate);
    public static final Node END_DATE = RdfBridge.node(DMM.endDate);
    public static final Node LOCATION = RdfBridge.node(DMM.location);
    public static final Node SEQUENCE = RdfBridge.node(DMM.sequenceNumber);
    public static final Node DOSSIER = RdfBridge.node(DMM.dossierNumber);
    public static final Node DOCUMENT = RdfBridge.node(DMM.documentNumber);
    public static final Node SUBMITTED_BY = RdfBridge.node(DMM.submittedBy);
    public static final Node QUOTE = RdfBridge.node(DMM.quote);
    public static final Node REFERENCE = RdfBridge.node(DMM.reference);
    public static final Node SHA256 = RdfBridge.node(DMM.sha256);
    public static final Node MENTIONS = RdfBridge.node(DMM.mentions);
    public static final Node CITES = RdfBridge.node(DMM.cites);
    public static final Node PARTICIPANT = RdfBridge.node(DMM.participant);
    public static final Node PART_OF = RdfBridge.node(DMM.partOf);
    public static final Node CONCERNS = RdfBridge.node(DMM.concerns);
    public static final Node STATED_IN = RdfBridge.node(DMM.statedIn);

    public static final Node HAS_BODY = RdfBridge.node(OA.hasBody);
    public static final Node HAS_TARGET = RdfBridge.node(OA.hasTarget);
    public static final Node HAS_SOURCE = RdfBridge.node(OA.hasSource);
    public static final Node HAS_SELECTOR = RdfBridge.node(OA.hasSelector);
    public static final Node START = RdfBridge.node(OA.start);
    public static final Node END = RdfBridge.node(OA.end);

    private Terms() {
    }
}
