package org.w3id.dmmkg.loader.vocab;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** The terms of the W3C Web Annotation vocabulary the loader writes. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final IRI Annotation = term("Annotation");
    public static final IRI TextQuoteSelector = term("TextQuoteSelector");
    public static final IRI TextPositionSelector = term("TextPositionSelector");
    public static final IRI hasBody = term("hasBody");
    public static final IRI hasTarget = term("hasTarget");
    public static final IRI hasSource = term("hasSource");
    public static final IRI hasSelector = term("hasSelector");
    public static final IRI exact = term("exact");
    public static final IRI prefix = term("prefix");
    public static final IRI suffix = term("suffix");
    public static final IRI start = term("start");
    public static final IRI end = term("end");

    private OA() {
    }

    private static IRI term(String name) {
        return SimpleValueFactory.getInstance().createIRI(NS, name);
    }
}
