package org.w3id.dmmkg.server.linked;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * What the graph says about one resource: its own triples, those of its hash resources
 * ({@code …/7#target}) and of blank nodes they reach; for a concept scheme, its concepts too.
 */
final class Describer {
    private static final Node IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");

    private Describer() {
    }

    static Model describe(Graph union, String iri) {
        Model out = ModelFactory.createDefaultModel();
        Graph g = out.getGraph();
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> done = new HashSet<>();
        todo.add(NodeFactory.createURI(iri));
        union.find(Node.ANY, IN_SCHEME, NodeFactory.createURI(iri)).forEachRemaining(t -> todo.add(t.getSubject()));
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!done.add(s)) {
                continue;
            }
            ExtendedIterator<Triple> it = union.find(s, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Triple t = it.next();
                g.add(t);
                Node o = t.getObject();
                if (o.isBlank() || o.isURI() && o.getURI().startsWith(iri + "#")) {
                    todo.add(o);
                }
            }
        }
        return out;
    }

}
