package org.w3id.dmmkg.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The files that failed to load, kept in the store ({@code graph/load-report}) so that the
 * coverage report can list them with their reasons; a file's record goes when it loads.
 */
final class LoadRecord {
    static final Node GRAPH = RdfBridge.node(DMM.graph("load-report"));
    private static final Node SOURCE_FILE = RdfBridge.node(DMM.sourceFile);

    private LoadRecord() {
    }

    static void failed(Store store, Path file, String reason) {
        Node record = node(file);
        store.replaceSubject(GRAPH, record, List.of(
                Quad.create(GRAPH, record, RDF.type.asNode(), RdfBridge.node(DMM.LoadFailure)),
                Quad.create(GRAPH, record, SOURCE_FILE, NodeFactory.createLiteralString(file.toString())),
                Quad.create(GRAPH, record, RdfBridge.node(DMM.reason), NodeFactory.createLiteralString(reason)),
                Quad.create(GRAPH, record, RdfBridge.node(org.eclipse.rdf4j.model.vocabulary.PROV.AT_TIME),
                        NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime))));
    }

    /** The files the load report lists as failed. */
    static java.util.Set<String> failedFiles(Store store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            store.dataset().asDatasetGraph().find(GRAPH, Node.ANY, SOURCE_FILE, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    /** The report's subjects for these files, to clear when they load. */
    static List<Node> subjects(List<Path> files) {
        return files.stream().map(LoadRecord::node).toList();
    }

    private static Node node(Path file) {
        String key = Integer.toHexString(file.toAbsolutePath().normalize().toString().hashCode());
        return RdfBridge.node(DMM.id("load-failure", key));
    }
}
