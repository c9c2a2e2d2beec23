package org.w3id.dmmkg.loader;

import java.util.Set;
import java.util.TreeSet;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * A letter's main facts as short lines ({@code date 2023-02-21}, {@code meeting meeting/dmm-2023-02-15},
 * {@code commitment …}), for tests on snippets that assert a few facts each.
 */
public final class Facts {
    private Facts() {
    }

    public static Set<String> facts(Model m, IRI letter) {
        Set<String> out = new TreeSet<>();
        m.filter(letter, DCTERMS.DATE, null).objects().forEach(v -> out.add("date " + v.stringValue()));
        m.filter(letter, DMM.letterType, null).objects().forEach(v -> out.add("type " + local(v)));
        for (Value c : m.filter(letter, DCTERMS.CREATOR, null).objects()) {
            m.filter((Resource) c, FOAF.NAME, null).objects().forEach(v -> out.add("creator " + v.stringValue()));
        }
        m.filter(letter, DMM.publishedAs, null).objects().forEach(v -> out.add("publishedAs " + id(v)));
        m.filter(letter, DMM.reportsOn, null).objects().forEach(v -> out.add("reportsOn " + id(v)));
        m.filter(letter, DMM.cites, null).objects().forEach(v -> out.add("cites " + id(v)));
        for (Value e : m.filter(letter, DMM.mentions, null).objects()) {
            for (Value type : m.filter((Resource) e, RDF.TYPE, null).objects()) {
                String kind = type.equals(DMM.Meeting) ? "meeting" : type.equals(DMM.Mission) ? "mission"
                        : type.equals(DMM.Initiative) ? "initiative" : type.equals(DMM.Minister) ? "minister" : null;
                if (kind != null) {
                    boolean discovered = m.contains((Resource) e, DMM.discovered, null);
                    out.add(kind + " " + id(e) + (discovered ? " discovered" : ""));
                }
            }
        }
        for (Statement st : m.filter(null, DMM.quote, null)) {
            out.add("commitment " + st.getObject().stringValue());
        }
        out.remove("type " + SKOS.NAMESPACE);
        return out;
    }

    private static String id(Value v) {
        return v.stringValue().replace(DMM.ID, "");
    }

    private static String local(Value v) {
        return ((IRI) v).getLocalName();
    }
}
