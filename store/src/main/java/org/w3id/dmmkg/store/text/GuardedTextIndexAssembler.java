package org.w3id.dmmkg.store.text;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Assembles {@code dmmstore:GuardedTextIndex} from the configuration: the text index named
 * by {@code dmmstore:index}, wrapped in a {@link GuardedTextIndex} (with its plain search when
 * that index is configured plainly).
 */
public final class GuardedTextIndexAssembler extends AssemblerBase {
    public static final String NS = org.w3id.dmmkg.loader.vocab.DMM.BASE + "store#";
    public static final Resource TYPE = ResourceFactory.createResource(NS + "GuardedTextIndex");
    static final Property INDEX = ResourceFactory.createProperty(NS, "index");

    private static volatile boolean registered;

    /** Makes the type known to Jena's assemblers; safe to call more than once. */
    public static synchronized void register() {
        if (!registered) {
            Assembler.general().implementWith(TYPE, new GuardedTextIndexAssembler());
            registered = true;
        }
    }

    @Override
    public TextIndex open(Assembler a, Resource root, Mode mode) {
        Resource inner = root.getRequiredProperty(INDEX).getResource();
        return new GuardedTextIndex((TextIndex) a.open(inner), isPlain(inner));
    }

    /** The standard query parser, no stored values, no multilingual fields: what {@link PlainSearch} reproduces. */
    static boolean isPlain(Resource index) {
        return !index.hasProperty(TextVocab.pQueryParser) && !isTrue(index, TextVocab.pStoreValues)
                && !isTrue(index, TextVocab.pMultilingualSupport);
    }

    private static boolean isTrue(Resource r, Property p) {
        return r.hasProperty(p) && r.getProperty(p).getObject().isLiteral() && r.getProperty(p).getBoolean();
    }
}
