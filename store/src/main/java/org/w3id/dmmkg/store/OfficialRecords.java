package org.w3id.dmmkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Official records in the store: each in its own graph ({@code graph/record/{key}}) that names
 * the letter it describes, so that a publication whose file changed replaces its old letter,
 * and one the source deleted takes its letter with it.
 */
public final class OfficialRecords {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final Node PRIMARY_TOPIC = RdfBridge.node(FOAF.PRIMARY_TOPIC);

    private OfficialRecords() {
    }

    /** The record's graph, describing {@code letter}. */
    public static List<Quad> quads(OfficialRecord record, IRI letter) {
        IRI g = DMM.recordGraph(record.key());
        List<Statement> out = new ArrayList<>();
        add(out, g, g, RDF.TYPE, DMM.OfficialRecord);
        add(out, g, g, DCTERMS.IDENTIFIER, VF.createLiteral(record.key()));
        add(out, g, g, FOAF.PRIMARY_TOPIC, letter);
        for (String source : record.sources()) {
            add(out, g, g, PROV.WAS_DERIVED_FROM, VF.createIRI(source));
            add(out, g, letter, PROV.WAS_DERIVED_FROM, VF.createIRI(source));
        }
        if (record.title() != null) {
            add(out, g, letter, DCTERMS.TITLE, VF.createLiteral(record.title()));
        }
        if (record.tkDocumentNumber() != null) {
            add(out, g, letter, DMM.tkDocumentNumber, VF.createLiteral(record.tkDocumentNumber()));
        }
        if (record.date() != null) {
            add(out, g, letter, DMM.officialDate, VF.createLiteral(record.date().toString(), XSD.DATE));
        }
        for (String signer : record.signers()) {
            add(out, g, letter, DMM.officialSigner, VF.createLiteral(signer));
        }
        if (record.page() != null) {
            add(out, g, letter, FOAF.PAGE, VF.createIRI(record.page()));
        }
        if (record.number() != null && !record.dossiers().isEmpty()) {
            paper(out, g, record, letter);
        }
        return out.stream().map(RdfBridge::quad).toList();
    }

    /** The letter's own Kamerstuk, described as the letter head's is. */
    private static void paper(List<Statement> out, IRI g, OfficialRecord record, IRI letter) {
        String first = record.dossiers().get(0);
        IRI paper = DMM.id("kamerstuk", first + "-" + record.number());
        add(out, g, letter, DMM.publishedAs, paper);
        add(out, g, paper, RDF.TYPE, DMM.Kamerstuk);
        record.dossiers().forEach(d -> add(out, g, paper, DMM.dossierNumber, VF.createLiteral(d)));
        add(out, g, paper, DMM.documentNumber, VF.createLiteral(record.number()));
        add(out, g, paper, FOAF.PAGE, VF.createIRI(DMM.kamerstukPage(first, record.number())));
        add(out, g, paper, RDFS.LABEL, VF.createLiteral("Kamerstuk " + String.join(" en ", record.dossiers())
                + ", nr. " + record.number(), "nl"));
    }

    private static void add(List<Statement> out, IRI g, org.eclipse.rdf4j.model.Resource s, IRI p, Value o) {
        out.add(VF.createStatement(s, p, o, g));
    }

    /** The graphs of the letters the stored record {@code key} describes; call inside a transaction. */
    static Set<Node> letterGraphs(DatasetGraph dsg, String key) {
        Node g = RdfBridge.node(DMM.recordGraph(key));
        Set<Node> out = new HashSet<>();
        dsg.find(g, g, PRIMARY_TOPIC, Node.ANY).forEachRemaining(q -> out.add(letterGraph(q.getObject())));
        return out;
    }

    /** Whether the store holds exactly these quads as the record's graph. */
    static boolean holds(Store store, String key, List<Quad> quads) {
        Node g = RdfBridge.node(DMM.recordGraph(key));
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Set<Quad> stored = new HashSet<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stored::add);
            return stored.equals(new HashSet<>(quads));
        });
    }

    /**
     * Removes a publication the source deleted: its record and the letter it describes, in one
     * write transaction. Returns whether the store held it.
     */
    public static boolean remove(Store store, String key) {
        Node g = RdfBridge.node(DMM.recordGraph(key));
        return Txn.calculateWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Set<Node> letters = letterGraphs(dsg, key);
            boolean held = dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
            letters.forEach(l -> dsg.deleteAny(l, Node.ANY, Node.ANY, Node.ANY));
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return held;
        });
    }

    /**
     * The letter graphs that the batch's records described before and no longer do: the old
     * versions of letters whose file changed.
     */
    static Set<Node> replacedLetters(Store store, List<Outcome> batch) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> out = new HashSet<>();
            for (Outcome o : batch) {
                if (o.record() != null) {
                    Set<Node> before = letterGraphs(store.dataset().asDatasetGraph(), o.record().key());
                    before.remove(letterGraph(RdfBridge.node(o.letterIri())));
                    out.addAll(before);
                }
            }
            return out;
        });
    }

    /** {@code id/letter/X} → {@code graph/letter/X}. */
    private static Node letterGraph(Node letter) {
        String iri = letter.getURI();
        return RdfBridge.node(DMM.letterGraph(iri.substring(iri.lastIndexOf('/') + 1)));
    }
}
