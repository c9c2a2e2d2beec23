package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.w3id.dmmkg.loader.internal.text.LetterText;
import org.w3id.dmmkg.loader.internal.vocabulary.Entry;
import org.w3id.dmmkg.loader.internal.vocabulary.Gazetteer;
import org.w3id.dmmkg.loader.internal.vocabulary.NameText;

/**
 * Decides the type of meeting mentions whose words leave it open, from the letter around them:
 * <ul>
 * <li>a council of several compositions ({@code de Raad Buitenlandse Zaken}) is its type when
 * the letter shows that type's participants in it (after its name, in its paragraph, or by
 * naming that type outright elsewhere), and another meeting otherwise;</li>
 * <li>participants without organisation ({@code bijeenkomst van ministers van Defensie}) meet
 * in the organisation named right after them ({@code … van de NAVO}), else in the one the letter
 * is about: the one it names most, counting the organisations' names and the meetings of known
 * type.</li>
 * </ul>
 * A mention whose type stays open (no organisation stands out) is left out.
 */
final class MeetingTypeContext {
    private static final Pattern OF = Pattern.compile("\\s+van\\s+(?:de\\s+|het\\s+)?");

    private final MeetingNames names;
    private final MeetingType other;
    private final Gazetteer organisations;

    MeetingTypeContext(MeetingNames names, MeetingType other, List<Entry> conveningOrganisations) {
        this.names = names;
        this.other = other;
        this.organisations = new Gazetteer(conveningOrganisations);
    }

    /** The mentions whose type is decided, each with its type. */
    List<MeetingMention> resolve(List<MeetingMention> mentions, LetterText text, NameText nameText) {
        List<MeetingMention> compositions = new ArrayList<>();
        List<MeetingMention> participants = new ArrayList<>();
        for (MeetingMention m : mentions) {
            switch (m.kind) {
                case COMPOSITION -> compositions.add(m);
                case PARTICIPANTS -> participants.add(m);
                default -> m.type = m.candidates.get(0);
            }
        }
        for (MeetingMention m : compositions) {
            MeetingType type = m.candidates.get(0);
            m.type = showsParticipants(type, mentions, text) ? type : other;
        }
        // Counting the organisations reads the whole letter: done once, and only for a mention that needs it.
        IRI dominant = null;
        boolean counted = false;
        for (MeetingMention m : participants) {
            IRI organisation = ownOrganisation(m, text);
            if (organisation == null && !counted) {
                dominant = dominantOrganisation(mentions, nameText);
                counted = true;
            }
            IRI decided = organisation != null ? organisation : dominant;
            m.type = decided == null ? null : m.candidates.stream()
                    .filter(t -> decided.equals(t.convenedBy())).findFirst().orElse(other);
        }
        return mentions.stream().filter(m -> m.type != null).toList();
    }

    private boolean showsParticipants(MeetingType type, List<MeetingMention> mentions, LetterText text) {
        for (MeetingMention m : mentions) {
            if (m.kind == MeetingNames.Kind.NAME && m.candidates.contains(type)) {
                return true;
            }
            if (m.kind == MeetingNames.Kind.COMPOSITION && m.candidates.contains(type)
                    && (m.qualified || names.namesParticipants(type, paragraphOf(m, text)))) {
                return true;
            }
        }
        return false;
    }

    private static String paragraphOf(MeetingMention m, LetterText text) {
        return text.textOf(text.blocks().get(text.sentences().get(m.sentence).block()));
    }

    /** The organisation right after the participants: {@code ministers van Buitenlandse Zaken van de NAVO}; or null. */
    private IRI ownOrganisation(MeetingMention m, LetterText text) {
        Matcher van = OF.matcher(text.text()).region(m.end, Math.min(text.text().length(), m.end + 12));
        if (!van.lookingAt()) {
            return null;
        }
        for (Gazetteer.Hit hit : organisations.find(text.text().substring(van.end(), Math.min(text.text().length(),
                van.end() + 40)))) {
            if (hit.start() == 0) {
                return hit.entry().id();
            }
        }
        return null;
    }

    /** The organisation the letter names most, by name and by its meetings; null when none stands out. */
    private IRI dominantOrganisation(List<MeetingMention> mentions, NameText text) {
        Map<IRI, Integer> count = new HashMap<>();
        for (Gazetteer.Hit hit : organisations.find(text)) {
            count.merge(hit.entry().id(), 1, Integer::sum);
        }
        for (MeetingMention m : mentions) {
            if (m.type != null && m.type.convenedBy() != null) {
                count.merge(m.type.convenedBy(), 1, Integer::sum);
            }
        }
        IRI best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<IRI, Integer> e : count.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
