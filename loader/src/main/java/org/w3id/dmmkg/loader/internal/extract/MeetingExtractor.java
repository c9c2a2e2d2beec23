package org.w3id.dmmkg.loader.internal.extract;

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
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.vocabulary.Entry;
import org.w3id.dmmkg.loader.internal.vocabulary.MeetingTypeNames;
import org.w3id.dmmkg.loader.internal.vocabulary.ReferenceVocabulary;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * Meetings: every mention grouped into the real meetings of the letter, each with one IRI
 * that other letters about the same meeting also reach ({@code summit-2022-06-30}: type and
 * last day, since letters disagree more often on a meeting's first day than on its last),
 * and the primary meeting the letter reports on or annotates.
 */
public final class MeetingExtractor implements Extractor {
    private static final String OTHER = "OTHER";

    private final MeetingFinder finder;
    private final MeetingTypeContext typeContext;
    private final Map<IRI, String> placeLabels = new HashMap<>();
    /** The portfolio of each type's participants ({@code Defensie} for {@code ministers van Defensie}), by notation. */
    private final Map<String, String> portfolios = new HashMap<>();

    public MeetingExtractor(ReferenceVocabulary vocabulary) {
        Map<String, MeetingType> types = new HashMap<>();
        for (MeetingTypeNames t : vocabulary.meetingTypes()) {
            types.put(t.notation(), new MeetingType(t.notation(), t.concept(), t.convenedBy(), t.notation().equals(OTHER)));
            participantsPortfolio(t, vocabulary.portfolioNames()).ifPresent(p -> portfolios.put(t.notation(), p));
        }
        MeetingType other = types.get(OTHER);
        if (other == null) {
            throw new IllegalArgumentException("the meeting-type scheme has no concept with notation " + OTHER);
        }
        MeetingNames names = new MeetingNames(vocabulary.meetingTypes(), types);
        List<Entry> organisations = new ArrayList<>();
        types.values().stream().map(MeetingType::convenedBy).filter(java.util.Objects::nonNull).distinct()
                .forEach(org -> vocabulary.entry(org).ifPresent(organisations::add));
        this.typeContext = new MeetingTypeContext(names, other, organisations);
        List<String> bodies = vocabulary.entries(DMM.Initiative).stream().flatMap(e -> e.names().stream()).toList();
        this.finder = new MeetingFinder(names, new BodyMeetings(bodies, other), placePattern(vocabulary),
                placesByName(vocabulary));
    }

    /** The portfolio its participants' name ends in: {@code ministers van Defensie} → {@code Defensie}. */
    private static java.util.Optional<String> participantsPortfolio(MeetingTypeNames type, List<String> portfolioNames) {
        for (String p : type.participants()) {
            int van = p.lastIndexOf(" van ");
            if (van > 0 && portfolioNames.contains(p.substring(van + 5))) {
                return java.util.Optional.of(p.substring(van + 5));
            }
        }
        return java.util.Optional.empty();
    }

    private Map<String, IRI> placesByName(ReferenceVocabulary vocabulary) {
        Map<String, IRI> byName = new HashMap<>();
        for (Entry place : vocabulary.entries(DMM.Place)) {
            placeLabels.put(place.id(), place.label());
            place.names().forEach(name -> byName.put(name.toLowerCase(Locale.ROOT), place.id()));
        }
        return byName;
    }

    /** {@code in Brussel}, {@code te Vilnius}: a place of the vocabulary after {@code in} or {@code te}. */
    private static GuardedPattern placePattern(ReferenceVocabulary vocabulary) {
        List<String> names = new ArrayList<>();
        for (Entry place : vocabulary.entries(DMM.Place)) {
            place.names().forEach(name -> names.add(Pattern.quote(name)));
        }
        names.sort(Comparator.comparing(String::length).reversed());
        String alternatives = names.isEmpty() ? "(?!)" : String.join("|", names);
        return GuardedPattern.compile("(?iu)\\b(?:in|te)\\s+(" + alternatives + ")\\b");
    }

    @Override
    public void extract(LetterContext ctx) {
        List<MeetingMention> found = finder.find(ctx.text(), MeetingFinder.anchor(ctx.text(), ctx.letterDate()));
        List<Meeting> meetings = new MeetingClusters(typeContext.resolve(found, ctx.text(), ctx.nameText())).meetings();
        Meeting primary = PrimaryMeeting.of(ctx, meetings);
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
            if (portfolios.containsKey(m.type.notation())) {
                ctx.portfolioAt(m.iri, portfolios.get(m.type.notation()));
            }
            if (m.heldAt(primary)) {
                ctx.out().add(m.iri, DMM.partOf, primary.iri);
            }
        }
        if (primary != null) {
            ctx.primaryMeeting(primary.iri, primary.to, primary.tense());
        }
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
        StringBuilder b = new StringBuilder(m.type.notation());
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
