package org.w3id.dmmkg.loader.internal.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.text.Sentence;
import org.w3id.dmmkg.loader.internal.vocabulary.Gazetteer;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Missions, initiatives, organisations, countries and named ministers: the reference
 * vocabulary's names found by the gazetteer, and, for what the vocabulary does not know,
 * the patterns of {@link NameDiscovery}, which mint new entities marked {@code dmm:discovered true}.
 */
public final class EntityExtractor implements Extractor {
    private static final Set<IRI> TYPES = Set.of(DMM.Mission, DMM.Initiative, DMM.Organisation, DMM.Country,
            DMM.Minister);
    /**
     * Coordinated compounds sharing their last part: {@code ontmijning-, IT- en tank-coalities}.
     * At most twelve parts, taken possessively: an unbounded run made every start of a long line
     * of "ab-, ab-, …" scan to its end.
     */
    private static final Pattern ELLIPSIS = Pattern.compile("((?:\\p{L}++-,?\\s++){1,12}+)en\\s+(\\p{L}+)-(\\p{L}+)");
    private static final Pattern HEAD = Pattern.compile("(\\p{L}+)-");

    private final Gazetteer gazetteer;
    private final ShortForms shortForms;

    public EntityExtractor(ReferenceVocabulary vocabulary) {
        this.gazetteer = new Gazetteer(vocabulary.entries().stream().filter(e -> TYPES.contains(e.type())).toList());
        this.shortForms = new ShortForms(vocabulary.entries());
    }

    @Override
    public void extract(LetterContext ctx) {
        LetterText text = ctx.text();
        List<Gazetteer.Hit> hits = gazetteer.find(ctx.nameText());
        boolean[] covered = new boolean[text.text().length() + 1];
        for (Gazetteer.Hit hit : hits) {
            if (text.sentenceAt(hit.start()) == null) {
                continue;
            }
            java.util.Arrays.fill(covered, hit.start(), hit.end(), true);
            ctx.out().add(hit.entry().id(), RDF.TYPE, hit.entry().type());
            ctx.mention(hit.entry().id(), hit.entry().type(), hit.start(), hit.end());
        }
        shortForms.mention(ctx, hits, covered);
        NameDiscovery discovery = new NameDiscovery(ctx, named(ctx, text.text().length() + 1));
        for (Sentence s : text.sentences()) {
            expandCompounds(ctx, s, covered);
            discovery.discover(s);
        }
    }

    /** The characters inside a mention of a mission, initiative or meeting: names a discovery must leave alone. */
    private static boolean[] named(LetterContext ctx, int length) {
        boolean[] named = new boolean[length];
        for (Mention m : ctx.mentions()) {
            if (m.type().equals(DMM.Mission) || m.type().equals(DMM.Initiative) || m.type().equals(DMM.Meeting)) {
                java.util.Arrays.fill(named, m.start(), m.end(), true);
            }
        }
        return named;
    }

    /** Each head of a coordinated compound, completed with the shared last part, as a name. */
    private void expandCompounds(LetterContext ctx, Sentence s, boolean[] covered) {
        String sentence = ctx.text().textOf(s);
        if (!sentence.contains("- en ") && !sentence.contains("-, ")) {
            return;
        }
        Matcher m = ELLIPSIS.matcher(sentence);
        while (m.find()) {
            String tail = m.group(3);
            Matcher head = HEAD.matcher(m.group(1));
            while (head.find()) {
                int start = s.start() + m.start(1) + head.start(1);
                mentionCompound(ctx, head.group(1), tail, start, start + head.group(1).length() + 1, covered);
            }
            mentionCompound(ctx, m.group(2), tail, s.start() + m.start(2), s.start() + m.end(3), covered);
        }
    }

    private void mentionCompound(LetterContext ctx, String head, String tail, int start, int end, boolean[] covered) {
        if (covered[start]) {
            return;
        }
        for (String t : List.of(tail, singular(tail))) {
            for (String name : List.of(head + "-" + t, head + t, head + "s" + t)) {
                var entry = gazetteer.lookup(name);
                if (entry != null) {
                    java.util.Arrays.fill(covered, start, end, true);
                    ctx.out().add(entry.id(), RDF.TYPE, entry.type());
                    ctx.mention(entry.id(), entry.type(), start, end);
                    return;
                }
            }
        }
    }

    /** Dutch plural to singular, for the common endings: {@code coalities} → {@code coalitie}. */
    private static String singular(String word) {
        if (word.endsWith("ies") || word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word.endsWith("en") ? word.substring(0, word.length() - 2) : word;
    }
}
