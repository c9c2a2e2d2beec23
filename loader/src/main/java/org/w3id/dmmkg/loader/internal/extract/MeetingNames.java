package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Chars;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.vocabulary.MeetingTypeNames;

/**
 * Finds where a sentence names a meeting, with the words the concept scheme gives each type:
 * names anywhere ({@code NAVO-ministers van Defensie}, {@code DMM}), event nouns after a
 * determiner or before a place ({@code de top}, {@code Top van Chicago}), participants as
 * {@code bijeenkomst van (de) ministers van Defensie}, and a council that meets in several
 * compositions, noting whether the participants of its type follow its name
 * ({@code Raad Buitenlandse Zaken (Defensie)}). Which type a hit is, when several can be,
 * is left to {@link MeetingTypeContext}. Only the frames are code; every name is data.
 */
final class MeetingNames {
    /** How a stretch of text names a meeting. */
    enum Kind { NAME, EVENT_NOUN, PARTICIPANTS, COMPOSITION }

    /**
     * A meeting named in a sentence: where, how, by which words ({@code name}, compared by
     * {@link #key}), the types it can be, and whether a composition is qualified.
     */
    record Hit(int start, int end, Kind kind, String name, List<MeetingType> candidates, boolean qualified) {
    }

    private record Named(MeetingType type, Kind kind) {
    }

    static final String EDGE_BEFORE = "(?<![\\p{L}\\d])";
    static final String EDGE_AFTER = "(?![\\p{L}\\d])";
    /** The words of {@link #ADJECTIVE}. */
    static final List<String> ADJECTIVES = List.of("informele", "formele", "ministeriële", "extra", "ingelaste", "virtuele",
            "gezamenlijke", "buitengewone", "eerstvolgende", "jaarlijkse");
    static final String ADJECTIVE = "(?:(?i:" + String.join("|", ADJECTIVES) + ")\\s+)?";
    /** The words a {@link #GATHERING} ends in, before its last spaces. */
    static final List<String> GATHERING_ENDS = List.of("van", "de", "het");
    /** The nouns a {@link #GATHERING} begins with. */
    static final List<String> GATHERING_NOUNS = List.of("bijeenkomst", "vergadering", "videoconferentie", "videovergadering",
            "conferentie", "overleg", "ontmoeting", "werksessie", "sessie");
    /** A {@link #GATHERING} up to its {@code van}, and the article that may follow. */
    static final String GATHERING_BEFORE_ARTICLE = "(?i:(?:" + String.join("|", GATHERING_NOUNS) + ")(?:en)?\\s+van\\s+)";
    static final String GATHERING_ARTICLE = "(?i:de\\s+|het\\s+)";
    /** A gathering of people: {@code bijeenkomst van de …}, {@code videoconferentie van …}. */
    static final String GATHERING = GATHERING_BEFORE_ARTICLE + "(?:" + GATHERING_ARTICLE + ")?";
    private static final String DETERMINER = "(?i:de|deze|die|aankomende|komende|volgende|eerstvolgende|afgelopen|vorige|"
            + "laatste|jongste)\\s+";
    /** An acronym in parentheses after a name: {@code (DMM)}, {@code (RBZ)}. */
    private static final String ACRONYM = "(?:\\s*\\(\\p{Lu}[\\p{Lu}\\d-]{1,7}\\))?";
    /** Participants meeting as the subject of a meeting verb: {@code kwamen de ministers van Defensie bijeen}. */
    private static final Pattern INNER_ACRONYM = Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\d]{1,6}\\)");
    /**
     * The keys of names met so far: the same few names recur in every letter, and a key takes
     * two regular expressions to make. Bounded, so that odd texts cannot grow it without end.
     */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 4096;
    private static final GuardedPattern MEETING_VERB = GuardedPattern.compile("(?iu)\\b(?:kwamen|komen|kwam|komt)\\b.*\\bbijeen\\b");

    private final Map<String, List<Named>> byKey = new HashMap<>();
    /** The types each key can be, in order of registration, without repeats. */
    private final Map<String, List<MeetingType>> candidatesByKey = new HashMap<>();
    /** The names by the first two letters of their first word, lower case: only those are tried at a word. */
    private final NameStarts namesByStart;
    private final GuardedPattern acronyms;
    private final GuardedPattern eventNouns;
    private final GuardedPattern participants;
    private final GuardedPattern participantsAsSubject;
    private final Map<MeetingType, Pattern> participantsOf = new HashMap<>();
    private final boolean qualifiable;
    /** Words every name of a group contains (lower case; acronyms as written): cheap tests that spare the patterns. */
    private final List<String> nameWords;
    private final List<String> acronymWords;
    private final List<String> nounWords;
    private final List<String> participantWords;

    MeetingNames(List<MeetingTypeNames> types, Map<String, MeetingType> byNotation) {
        List<String> loose = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        for (MeetingTypeNames t : types) {
            MeetingType type = byNotation.get(t.notation());
            for (String name : t.names()) {
                register(name, type, Kind.NAME, isAcronym(name) ? exact : loose);
            }
            for (String name : t.compositionNames()) {
                register(name, type, Kind.COMPOSITION, isAcronym(name) ? exact : loose);
            }
            t.eventNouns().forEach(n -> register(n, type, Kind.EVENT_NOUN, nouns));
            t.participants().forEach(p -> register(p, type, Kind.PARTICIPANTS, people));
            if (!t.compositionNames().isEmpty() && !t.participants().isEmpty()) {
                participantsOf.put(type, Pattern.compile(participantsContext(t.participants())));
                qualifiers.add(qualifier(t.participants()));
            }
        }
        this.nameWords = triggers(loose);
        this.acronymWords = triggers(exact);
        this.nounWords = triggers(nouns);
        this.participantWords = triggers(people);
        this.qualifiable = !qualifiers.isEmpty();
        String qualifier = qualifiable ? "(?<q>" + String.join("|", qualifiers) + ")?" : "";
        this.namesByStart = new NameStarts(loose, group -> Pattern.compile("(?<n>" + alternatives(group, true) + ")"
                + ACRONYM + qualifier + EDGE_AFTER, Pattern.UNICODE_CASE));
        byKey.forEach((key, named) -> candidatesByKey.put(key, named.stream().map(Named::type).distinct().toList()));
        this.acronyms = GuardedPattern.compile(EDGE_BEFORE + "(?<n>" + alternatives(exact, false) + ")" + ACRONYM + qualifier
                + EDGE_AFTER);
        String noun = "(?i:" + alternatives(nouns, false) + ")";
        this.eventNouns = GuardedPattern.compile(EDGE_BEFORE + "(?:" + DETERMINER + ADJECTIVE + "(?<n>" + noun + ")(?![\\p{L}\\d-])"
                + "(?!\\s+van\\s+(?i:de|het|een)\\b)|(?<p>" + noun + ")\\s+(?:in|van|te)\\s+(?=\\p{Lu}))",
                Pattern.UNICODE_CASE);
        String person = "(?i:" + alternatives(people, true) + ")";
        this.participants = GuardedPattern.compile(EDGE_BEFORE + GATHERING + ADJECTIVE + "(?<n>" + person + ")" + EDGE_AFTER,
                Pattern.UNICODE_CASE);
        this.participantsAsSubject = GuardedPattern.compile(EDGE_BEFORE + "(?i:de)\\s+(?<n>" + person + ")" + EDGE_AFTER
                + "(?!\\s+van\\s+\\p{Lu})", Pattern.UNICODE_CASE);
    }

    /** The meetings a sentence names, in text order (offices, aliases and overlaps read by {@link MeetingHits}). */
    List<Hit> find(String sentence) {
        return find(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    /** @param lower the sentence in lower case ({@link Locale#ROOT}), which the caller may share with others */
    List<Hit> find(String sentence, String lower) {
        List<Hit> all = new ArrayList<>();
        if (containsAny(lower, nameWords)) {
            names(sentence, lower, all);
        }
        if (containsAny(sentence, acronymWords)) {
            collect(acronyms.finder(sentence), qualifiable, all);
        }
        if (containsAny(lower, nounWords)) {
            collect(eventNouns.finder(sentence), false, all);
        }
        if (containsAny(lower, participantWords)) {
            collect(participants.finder(sentence), false, all);
            if (MEETING_VERB.finds(sentence)) {
                collect(participantsAsSubject.finder(sentence), false, all);
            }
        }
        return MeetingHits.read(sentence, all);
    }

    /**
     * The names at each word start, tried only among those that begin with its first two
     * letters; a gathering or adjective just before a name ({@code bijeenkomst van de},
     * {@code informele}) joins its span.
     */
    private void names(String sentence, String lower, List<Hit> out) {
        NameStarts.Scan scan = namesByStart.scan(sentence, lower);
        for (int i = 0; i + 1 < sentence.length(); i++) {
            if (i > 0 && Chars.isLetterOrDigit(sentence.charAt(i - 1)) || !Character.isLetter(sentence.charAt(i))) {
                continue;
            }
            Matcher m = scan.at(i);
            if (m == null) {
                continue;
            }
            String key = key(m.group("n"));
            List<Named> named = byKey.get(key);
            if (named != null) {
                int start = NamePrefix.start(sentence, i);
                out.add(new Hit(start, m.end(), named.get(0).kind(), m.group("n"), candidatesByKey.get(key),
                        qualifiable && m.group("q") != null));
            }
        }
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One word of each name that any match of it contains: its longest word, lower case (an
     * acronym as written); a word that contains another of the list is left out, the shorter
     * one standing for both.
     */
    private static List<String> triggers(List<String> names) {
        List<String> words = new ArrayList<>();
        for (String name : names) {
            String longest = "";
            for (String w : name.split("[^\\p{L}\\p{Nd}]+")) {
                longest = w.length() > longest.length() ? w : longest;
            }
            words.add(isAcronym(name) ? longest : longest.toLowerCase(Locale.ROOT));
        }
        List<String> distinct = words.stream().distinct().toList();
        return distinct.stream().filter(w -> distinct.stream().noneMatch(o -> !o.equals(w) && w.contains(o))).toList();
    }

    /** Whether the paragraph names the participants of a composition's type ({@code ministers van … en Defensie}). */
    boolean namesParticipants(MeetingType type, String paragraph) {
        Pattern p = participantsOf.get(type);
        return p != null && p.matcher(paragraph).find();
    }

    /** @param qualifiable whether the pattern has the group {@code q}, the participants after a composition's name */
    private void collect(Finder m, boolean qualifiable, List<Hit> out) {
        while (m.find()) {
            String word = m.group("n") != null ? m.group("n") : m.group("p");
            String key = key(word);
            List<Named> named = byKey.get(key);
            if (named == null) {
                continue;
            }
            boolean qualified = qualifiable && m.group("q") != null;
            List<MeetingType> candidates = candidatesByKey.get(key);
            out.add(new Hit(m.start(), m.end(), named.get(0).kind(), word, candidates, qualified));
        }
    }

    private void register(String name, MeetingType type, Kind kind, List<String> alternatives) {
        List<Named> named = byKey.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (named.stream().noneMatch(n -> n.type().equals(type) && n.kind() == kind)) {
            named.add(new Named(type, kind));
        }
        alternatives.add(name);
    }

    /** A single upper-case word keeps its case ({@code NAR}, {@code RBZ}); other names are compared without it. */
    static boolean isAcronym(String name) {
        return name.matches("\\p{Lu}[\\p{Lu}\\d]{1,6}");
    }

    /** Names compared without case, spaces, hyphens, punctuation or an acronym in parentheses among their words. */
    static String key(String text) {
        String known = KEYS.get(text);
        if (known != null) {
            return known;
        }
        String key = INNER_ACRONYM.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
        if (KEYS.size() < MAX_KEYS) {
            KEYS.put(text, key);
        }
        return key;
    }

    /** The names as one alternation, longest first; loosely (see {@link #looseWords}) or exactly. */
    static String alternatives(List<String> names, boolean loose) {
        List<String> sorted = names.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> out = new ArrayList<>();
        for (String name : sorted) {
            out.add(loose ? looseWords(name) : Pattern.quote(name));
        }
        return out.isEmpty() ? "(?!)" : String.join("|", out);
    }

    /** A name's words with hyphen, space or nothing between them, and perhaps an acronym: {@code Raad (NAR) in de …}. */
    private static String looseWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s\\-]+")) {
            words.add(Pattern.quote(w));
        }
        return "(?i:" + String.join("(?:\\s*\\((?-i:\\p{Lu}[\\p{Lu}\\d]{1,6})\\))?[\\s\\-]*", words) + ")";
    }

    /** The participants after a composition's name: {@code (Defensie)}, {@code met de ministers van Defensie}. */
    private static String qualifier(List<String> participants) {
        List<String> portfolios = new ArrayList<>();
        for (String p : participants) {
            int van = p.lastIndexOf(" van ");
            if (van > 0) {
                portfolios.add(Pattern.quote(p.substring(van + 5)));
            }
        }
        String portfolio = portfolios.isEmpty() ? "(?!)" : "(?i:" + String.join("|", portfolios) + ")";
        return "\\s*\\(\\s*" + portfolio + "\\s*\\)|[\\s\\-]+" + portfolio + "\\b|,?\\s+(?i:met|van)\\s+(?:(?i:de)\\s+)?"
                + "(?:\\p{Lu}{2,4}-)?(?i:" + alternatives(participants, true) + ")";
    }

    /** The participants anywhere in a paragraph, also coordinated ({@code ministers van Financiën en van Defensie}). */
    private static String participantsContext(List<String> participants) {
        List<String> out = new ArrayList<>();
        for (String p : participants) {
            int van = p.lastIndexOf(" van ");
            out.add(van < 0 ? looseWords(p) : "(?i:" + Pattern.quote(p.substring(0, van)) + "\\s+van\\s+(?:[\\p{L}\\s]{1,40}?"
                    + "\\s+en\\s+(?:van\\s+)?)?" + Pattern.quote(p.substring(van + 5)) + ")");
        }
        return "(?u)" + String.join("|", out);
    }
}
