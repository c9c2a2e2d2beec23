package org.w3id.dmmkg.loader.internal.extract;

import java.util.Locale;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.rdf.Slugs;
import org.w3id.dmmkg.loader.vocab.DMM;

/** Writes what the letter says about itself: date, reference, own paper number, signing minister. */
public final class HeaderExtractor implements Extractor {
    private static final IRI NETHERLANDS = DMM.id("country", "nl");

    private final LetterHeader header;
    private final Map<String, IRI> knownMinisters;

    /**
     * @param knownMinisters the vocabulary's ministers by lower-case name and alias, so that a
     *                       signer gets the IRI the vocabulary gives that person
     */
    public HeaderExtractor(LetterHeader header, Map<String, IRI> knownMinisters) {
        this.header = header;
        this.knownMinisters = knownMinisters;
    }

    @Override
    public void extract(LetterContext ctx) {
        GraphWriter out = ctx.out();
        IRI letter = ctx.letter();
        if (header.date() != null) {
            out.add(letter, DCTERMS.DATE, header.date());
        }
        if (header.reference() != null) {
            out.add(letter, DMM.reference, header.reference());
        }
        if (header.number() != null) {
            String first = header.dossiers().get(0);
            IRI paper = DMM.id("kamerstuk", first + "-" + header.number());
            out.add(paper, RDF.TYPE, DMM.Kamerstuk);
            header.dossiers().forEach(d -> out.add(paper, DMM.dossierNumber, d));
            out.add(paper, DMM.documentNumber, header.number());
            out.add(paper, FOAF.PAGE, GraphWriter.iri(Kamerstukken.page(first, header.number())));
            out.add(paper, RDFS.LABEL, "Kamerstuk " + String.join(" en ", header.dossiers()) + ", nr. "
                    + header.number(), "nl");
            out.add(letter, DMM.publishedAs, paper);
        }
        writeCreator(ctx);
    }

    /** A letter signed by a Dutch minister names its creator; one signed by an official does not. */
    private void writeCreator(LetterContext ctx) {
        GraphWriter out = ctx.out();
        for (LetterHeader.Signer signer : header.signers()) {
            if (!signer.isMinister()) {
                continue;
            }
            IRI minister = knownMinisters.getOrDefault(signer.surname().toLowerCase(Locale.ROOT),
                    DMM.id("minister", Slugs.of(signer.surname())));
            out.add(minister, RDF.TYPE, DMM.Minister);
            out.add(minister, FOAF.NAME, signer.name());
            out.add(minister, RDFS.LABEL, signer.name());
            out.add(minister, DMM.country, NETHERLANDS);
            String portfolio = portfolio(signer.office());
            if (portfolio != null) {
                out.add(minister, DMM.portfolio, portfolio);
            }
            out.add(ctx.letter(), DCTERMS.CREATOR, minister);
            out.add(ctx.letter(), DMM.mentions, minister);
        }
    }

    private static String portfolio(String office) {
        int van = office.toLowerCase(Locale.ROOT).indexOf(" van ");
        if (van < 0) {
            return null;
        }
        String p = office.substring(van + 5).strip();
        return p.isEmpty() ? null : Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT);
    }
}
