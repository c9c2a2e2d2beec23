package org.w3id.dmmkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Collects the loader's statements as Jena quads, so that one letter can be written to the
 * store in one transaction after its extraction has finished.
 */
public final class QuadCollector extends AbstractRDFHandler {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void handleStatement(Statement st) {
        quads.add(RdfBridge.quad(st));
    }

    public List<Quad> quads() {
        return quads;
    }
}
