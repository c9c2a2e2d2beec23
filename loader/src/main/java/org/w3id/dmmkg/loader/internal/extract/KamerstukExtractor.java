package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Cited parliamentary papers, each a {@code dmm:Kamerstuk} with dossiers, number, date and
 * official page; a paper cited as a motion ({@code de motie van het lid Dassen c.s. (Kamerstuk …)},
 * or through a footnote marker after {@code motie Sjoerdsma c.s.}) is also a {@code dmm:Motion}.
 * A motion cited without a number ({@code de motie Boswijk (d.d. 11 november 2021)}) still becomes one.
 */
public final class KamerstukExtractor implements Extractor {
    private static final GuardedPattern MOTION = GuardedPattern.compile(
            "(?iu)\\bmotie\\s+(?:van\\s+(?:het\\s+lid|de\\s+leden)\\s+)?(?-i:(\\p{Lu}[\\p{L}'’-]+(?:[- ](?:van|de|der|den|\\p{Lu}[\\p{L}'’-]+))*))(?:\\s+c\\.s\\.)?");
    private static final Pattern UNNUMBERED_DATE = Pattern.compile(
            "^\\s*+\\(?\\s*+(?:d\\.d\\.|van)\\s++([0-3]?\\d\\s+(?:" + DutchDates.MONTHS + ")\\s+(?:19|20)\\d\\d)");

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        for (Sentence s : text.sentences()) {
            String sentence = text.textOf(s);
            boolean numbered = sentence.contains("nr");
            if (!numbered && !sentence.contains("otie")) {
                continue;
            }
            List<Kamerstukken.Reference> refs = numbered ? Kamerstukken.find(sentence) : List.of();
            for (Kamerstukken.Reference ref : refs) {
                String mover = moverFor(text, s, sentence, ref, refs.size());
                writeReference(ctx, s.start(), sentence, ref, mover);
            }
            if (refs.isEmpty()) {
                unnumberedMotions(ctx, s, sentence);
            }
        }
    }

    private static void writeReference(LetterContext ctx, int offset, String sentence, Kamerstukken.Reference ref,
            String mover) {
        GraphWriter out = ctx.out();
        LocalDate date = ref.dateStart() < 0 ? null : parseDate(sentence.substring(ref.dateStart(), ref.end()));
        for (String number : ref.numbers()) {
            String first = ref.dossiers().get(0);
            IRI paper = DMM.id("kamerstuk", first + "-" + number);
            out.add(paper, RDF.TYPE, DMM.Kamerstuk);
            for (String dossier : ref.dossiers()) {
                out.add(paper, DMM.dossierNumber, dossier);
            }
            out.add(paper, DMM.documentNumber, number);
            out.add(paper, RDFS.LABEL, "Kamerstuk " + String.join(" en ", ref.dossiers()) + ", nr. " + number, "nl");
            out.add(paper, FOAF.PAGE, GraphWriter.iri(Kamerstukken.page(first, number)));
            if (date != null && ref.numbers().size() == 1) {
                out.add(paper, DCTERMS.DATE, date);
            }
            if (mover != null) {
                out.add(paper, RDF.TYPE, DMM.Motion);
                out.add(paper, DMM.submittedBy, mover);
            }
            ctx.out().add(ctx.letter(), DMM.cites, paper);
            ctx.mention(paper, DMM.Kamerstuk, offset + ref.start(), offset + ref.end());
        }
    }

    /** The submitter when the reference cites a motion: in its own sentence, or at its footnote marker. */
    private static String moverFor(LetterText text, Sentence s, String sentence, Kamerstukken.Reference ref, int refs) {
        Finder m = MOTION.finder(sentence);
        String found = null;
        while (m.find() && m.start() < ref.start()) {
            if (ref.start() - m.end() < 20) {
                found = m.group(1);
            }
        }
        if (found != null || text.blocks().get(s.block()).kind() != Block.Kind.FOOTNOTE || refs != 1) {
            return found;
        }
        int marker = text.footnoteMarker(text.footnoteNumber(s.block()));
        if (marker < 0) {
            return null;
        }
        String window = text.text().substring(Math.max(0, marker - 80), marker);
        Finder before = MOTION.finder(window);
        String mover = null;
        while (before.find()) {
            mover = window.length() - before.end() <= 2 ? before.group(1) : null;
        }
        return mover;
    }

    private static void unnumberedMotions(LetterContext ctx, Sentence s, String sentence) {
        Finder m = MOTION.finder(sentence);
        while (m.find()) {
            Matcher date = UNNUMBERED_DATE.matcher(sentence.substring(m.end()));
            if (!date.find()) {
                continue;
            }
            LocalDate d = parseDate(date.group(1));
            String name = m.group(1);
            IRI motion = DMM.id("kamerstuk", "motie-" + org.w3id.dmmkg.loader.internal.rdf.Slugs.of(name)
                    + (d == null ? "" : "-" + d));
            GraphWriter out = ctx.out();
            out.add(motion, RDF.TYPE, DMM.Kamerstuk);
            out.add(motion, RDF.TYPE, DMM.Motion);
            out.add(motion, DMM.submittedBy, name);
            out.add(motion, RDFS.LABEL, "motie " + name, "nl");
            if (d != null) {
                out.add(motion, DCTERMS.DATE, d);
            }
            out.add(ctx.letter(), DMM.cites, motion);
            ctx.mention(motion, DMM.Kamerstuk, s.start() + m.start(), s.start() + m.end() + date.end());
        }
    }

    private static LocalDate parseDate(String text) {
        for (DateMention d : DutchDates.find(text)) {
            if (d.year() > 0) {
                LocalDate[] r = d.resolve(null);
                return r == null ? null : r[0];
            }
        }
        return null;
    }
}
