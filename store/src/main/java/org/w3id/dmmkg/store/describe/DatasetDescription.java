package org.w3id.dmmkg.store.describe;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dmmkg.loader.vocab.DMM;
import org.w3id.dmmkg.loader.vocab.Prefixes;

/**
 * The dataset's VoID and DCAT description, counted from the store: triples, letters, entities
 * per class, the SPARQL endpoint, example resources, dumps, and the linksets to Wikidata and
 * officielebekendmakingen. Call it inside a read transaction.
 */
public final class DatasetDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DATASET = DMM.ID + "dataset";
    public static final String GRAPH = DMM.GRAPH + "void";
    static final String PREFIXES = Prefixes.SPARQL;
    /** Graphs about the store rather than of it: not counted. */
    static final String NOT_DATA = "FILTER(?g NOT IN (<" + GRAPH + ">, <" + DMM.graph("load-report") + ">, <"
            + CorpusSummary.GRAPH.getURI() + ">) && !STRSTARTS(STR(?g), \"" + DMM.GRAPH + "report/\"))";
    /** The most mentioned mission, initiative and meeting: the examples a visitor is shown first. */
    static final String EXAMPLES = PREFIXES + "SELECT ?c ?e (COUNT(DISTINCT ?l) AS ?n) { VALUES ?c { dmm:Mission "
            + "dmm:Initiative dmm:Meeting } GRAPH ?g { ?l dmm:mentions ?e } ?e a ?c } GROUP BY ?c ?e ORDER BY DESC(?n) ?e";
    /** Whether a graph holds data, as {@link #NOT_DATA} says. */
    static boolean isData(org.apache.jena.graph.Node graph) {
        String g = graph.getURI();
        return !g.equals(GRAPH) && !g.equals(DMM.graph("load-report").stringValue()) && !g.equals(CorpusSummary.GRAPH.getURI())
                && !g.startsWith(DMM.GRAPH + "report/");
    }

    public static final String TRIPLES = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + NOT_DATA + " }";
    public static final String LETTERS = PREFIXES + "SELECT (COUNT(DISTINCT ?l) AS ?n) { GRAPH ?g { ?l a dmm:Letter } }";
    public static final String CLASSES = PREFIXES + "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ?c } "
            + NOT_DATA + " FILTER(STRSTARTS(STR(?c), STR(dmm:))) } GROUP BY ?c ORDER BY ?c";
    public static final String WIKIDATA = PREFIXES + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g "
            + "{ ?s owl:sameAs ?o } FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) } }";
    public static final String KST = PREFIXES + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g "
            + "{ ?s foaf:page ?o } FILTER(STRSTARTS(STR(?o), \"https://zoek.officielebekendmakingen.nl/\")) } }";

    private DatasetDescription() {
    }

    /** @param server the server's base URL, for the endpoint and dump locations */
    public static Model describe(DatasetGraph dsg, String server) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("dmm", DMM.NS);
        Resource ds = m.createResource(DATASET).addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, m.createLiteral("dmm-kg: letters of the Dutch Minister of Defence about NATO "
                + "meetings, as a knowledge graph", "en"));
        ds.addProperty(DCTerms.description, m.createLiteral("Meetings, missions, initiatives, ministers, cited "
                + "parliamentary papers and the commitments of the Netherlands, extracted from the letters, each fact "
                + "traceable to its words.", "en"));
        ds.addProperty(DCTerms.license, m.createResource("https://creativecommons.org/publicdomain/zero/1.0/"));
        ds.addProperty(DCTerms.rights, m.createLiteral("The source letters are official publications of the Dutch "
                + "government, free of copyright under article 11 of the Dutch Copyright Act (Auteurswet).", "en"));
        ds.addProperty(DCTerms.created, m.createTypedLiteral(LocalDate.now().toString(), XSDDatatype.XSDdate));
        ds.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(server + "/dmm/sparql"));
        ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(DMM.NS));
        ds.addProperty(m.createProperty(VOID, "uriSpace"), DMM.ID);
        for (String example : examples(dsg)) {
            ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(example));
        }
        dumps(m, ds, server);
        ds.addLiteral(m.createProperty(VOID, "triples"), org.w3id.dmmkg.store.stats.QuadCounts.quadsIn(dsg, DatasetDescription::isData));
        ds.addLiteral(m.createProperty(VOID, "documents"), count(dsg, LETTERS));
        long entities = 0;
        for (Map.Entry<String, Long> e : classes(dsg).entrySet()) {
            entities += e.getValue();
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(e.getKey()))
                    .addLiteral(m.createProperty(VOID, "entities"), e.getValue().longValue()));
        }
        ds.addLiteral(m.createProperty(VOID, "entities"), entities);
        linkset(m, ds, "wikidata", "http://www.wikidata.org/", OWL.sameAs, count(dsg, WIKIDATA));
        linkset(m, ds, "officielebekendmakingen", "https://zoek.officielebekendmakingen.nl/",
                m.createProperty("http://xmlns.com/foaf/0.1/page"), count(dsg, KST));
        return m;
    }

    /**
     * The description the last load stored (graph/void), with its server addresses moved to
     * {@code server}; null when the store holds none. Reading it costs a few hundred triples,
     * where counting anew scans the whole store. Call it inside a read transaction.
     */
    public static Model stored(DatasetGraph dsg, String server) {
        org.apache.jena.graph.Graph g = dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(GRAPH));
        var endpoint = g.find(org.apache.jena.graph.NodeFactory.createURI(DATASET),
                org.apache.jena.graph.NodeFactory.createURI(VOID + "sparqlEndpoint"), org.apache.jena.graph.Node.ANY);
        if (!endpoint.hasNext()) {
            return null;
        }
        String old = endpoint.next().getObject().getURI().replaceFirst("/dmm/sparql$", "");
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("dmm", DMM.NS);
        g.find().forEachRemaining(t -> m.getGraph().add(org.apache.jena.graph.Triple.create(t.getSubject(),
                t.getPredicate(), moved(t.getObject(), old, server))));
        return m;
    }

    private static org.apache.jena.graph.Node moved(org.apache.jena.graph.Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from + "/")
                ? org.apache.jena.graph.NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    private static void dumps(Model m, Resource ds, String server) {
        for (String[] dump : new String[][] {{"dmm-kg.trig", "application/trig"}, {"dmm-kg.nq", "application/n-quads"},
            {"dmm-kg.jsonld", "application/ld+json"}}) {
            Resource url = m.createResource(server + "/dumps/" + dump[0]);
            ds.addProperty(m.createProperty(VOID, "dataDump"), url);
            ds.addProperty(DCAT.distribution, m.createResource().addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, url).addProperty(DCAT.mediaType, dump[1]));
        }
    }

    private static void linkset(Model m, Resource ds, String name, String target, Property p, long triples) {
        m.createResource(DMM.ID + "linkset/" + name)
                .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                .addProperty(m.createProperty(VOID, "subjectsTarget"), ds)
                .addProperty(m.createProperty(VOID, "objectsTarget"), m.createResource(target))
                .addProperty(m.createProperty(VOID, "linkPredicate"), p)
                .addLiteral(m.createProperty(VOID, "triples"), triples);
    }

    /** The most mentioned entity of each example class, in the order of the query's results. */
    static java.util.List<String> examples(DatasetGraph dsg) {
        Map<String, String> firstPerClass = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(EXAMPLES).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> firstPerClass.putIfAbsent(s.getResource("c").getURI(),
                    s.getResource("e").getURI()));
        }
        return java.util.List.copyOf(firstPerClass.values());
    }

    public static long count(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    public static Map<String, Long> classes(DatasetGraph dsg) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(CLASSES).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.put(s.getResource("c").getURI(),
                    s.getLiteral("n").getLong()));
        }
        return out;
    }
}
