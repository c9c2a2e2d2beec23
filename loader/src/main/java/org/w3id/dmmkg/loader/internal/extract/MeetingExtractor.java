package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.w3id.dmmkg.loader.internal.rdf.GraphWriter;
import org.w3id.dmmkg.loader.internal.text.Block;
import org.w3id.dmmkg.loader.internal.vocabulary.Entry;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Meetings: every mention grouped into the real meetings of the letter, each with one IRI
 * that other letters about the same meeting also reach ({@code summit-2022-06-30}: type and
 * last day, since letters disagree more often on a meeting's first day than on its last),
 * and the primary meeting the letter reports on or annotates.
 */
public final class MeetingExtractor implements Extractor {
    private static final int PRIMARY_WINDOW_DAYS = 75;

    private final MeetingFinder finder;
    private final Map<IRI, String> placeLabels = new HashMap<>();

    public MeetingExtractor(ReferenceVocabulary vocabulary) {
        Map<String, IRI> byName = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Entry place : vocabulary.entries(DMM.Place)) {
            placeLabels.put(place.id(), place.label());
            for (String name : place.names()) {
                byName.put(name.toLowerCase(Locale.ROOT), place.id());
                names.add(Pattern.quote(name));
            }
        }
        names.sort(Comparator.comparing(String::length).reversed());
        String alternatives = names.isEmpty() ? "(?!)" : String.join("|", names);
        Pattern places = Pattern.compile("(?iu)\\b(?:in|te)\\s+(" + alternatives + ")\\b");
        this.finder = new MeetingFinder(places, byName);
    }

    @Override
    public void extract(LetterContext ctx) {
        List<MeetingMention> mentions = finder.find(ctx.text(), ctx.letterDate());
        List<Meeting> meetings = new MeetingClusters(mentions).meetings();
        Meeting primary = primary(ctx, meetings);
        if (primary != null) {
            primary.iri = DMM.id("meeting", primary.slug(null, ctx.letterId()));
        }
        for (Meeting m : meetings) {
            if (m != primary) {
                m.iri = DMM.id("meeting", m.slug(primary, ctx.letterId()));
            }
        }
        for (Meeting m : meetings) {
            write(ctx, m);
            if (m.heldAt(primary)) {
                ctx.out().add(m.iri, DMM.partOf, primary.iri);
            }
        }
        if (primary != null) {
            ctx.primaryMeeting(primary.iri, primary.to);
        }
    }

    /** The meeting in the subject line; else the first dated one near the letter's date; else the first. */
    private static Meeting primary(LetterContext ctx, List<Meeting> meetings) {
        for (Meeting m : meetings) {
            for (MeetingMention mm : m.mentions) {
                Block block = ctx.text().blocks().get(ctx.text().sentences().get(mm.sentence).block());
                if (block.kind() == Block.Kind.SUBJECT) {
                    return m;
                }
            }
        }
        LocalDate date = ctx.letterDate();
        Meeting firstDated = null;
        for (Meeting m : meetings) {
            if (m.from != null && firstDated == null) {
                firstDated = m;
            }
            if (m.from != null && date != null && Math.abs(ChronoUnit.DAYS.between(date, m.to)) <= PRIMARY_WINDOW_DAYS) {
                return m;
            }
        }
        if (firstDated != null) {
            return firstDated;
        }
        return meetings.isEmpty() ? null : meetings.get(0);
    }

    private void write(LetterContext ctx, Meeting m) {
        GraphWriter out = ctx.out();
        out.add(m.iri, RDF.TYPE, DMM.Meeting);
        out.add(m.iri, DMM.meetingType, m.type.concept());
        out.add(m.iri, RDFS.LABEL, label(m), "nl");
        if (m.from != null) {
            out.add(m.iri, DMM.startDate, m.from);
            out.add(m.iri, DMM.endDate, m.to);
        }
        if (m.place != null) {
            out.add(m.iri, DMM.location, m.place);
            out.add(m.place, RDF.TYPE, DMM.Place);
        }
        if (m.sequence > 0) {
            out.add(m.iri, DMM.sequenceNumber, m.sequence);
        }
        for (MeetingMention mm : m.mentions) {
            ctx.mention(m.iri, DMM.Meeting, mm.start, mm.end);
            if (mm.dateStart >= 0 && mm.from != null) {
                ctx.annotate(m.iri, mm.dateStart, mm.dateStart + (mm.date.end() - mm.date.start()));
            }
        }
    }

    private String label(Meeting m) {
        StringBuilder b = new StringBuilder(m.type.name());
        if (m.sequence > 0) {
            b.append(" (").append(m.sequence).append(')');
        }
        if (m.place != null) {
            b.append(' ').append(placeLabels.getOrDefault(m.place, m.place.getLocalName()));
        }
        if (m.from != null) {
            b.append(' ').append(m.from);
            if (!m.to.equals(m.from)) {
                b.append('/').append(m.to);
            }
        }
        return b.toString();
    }
}
