package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.w3id.dmmkg.loader.internal.scan.Finder;
import org.w3id.dmmkg.loader.internal.scan.GuardedPattern;
import org.w3id.dmmkg.loader.internal.vocabulary.Entry;
import org.w3id.dmmkg.loader.internal.vocabulary.Gazetteer;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The convention {@code het Witboek van de Commissie over de toekomst van de Europese defensie
 * (hierna: Witboek)}: the short form then names what the long form named, wherever the letter
 * uses it after. The long form is the vocabulary name that ends just before the parentheses;
 * failing that, the mission or initiative one of whose names begins with the short form's first
 * word and whose other words the long form all holds, also as the first part of a compound
 * ({@code defensie} in {@code defensiesamenwerking}).
 */
final class ShortForms {
    private static final GuardedPattern DEFINED = GuardedPattern.compile("(?iu)\\(\\s*(?:hierna(?:\\s+te\\s+noemen|\\s+genoemd)?|"
            + "verder)\\s*:?\\s*[‘'\"“«]?(?<short>\\p{L}[\\p{L}\\d -]{1,50}?)[’'\"”»]?\\s*\\)");
    /** How far before the parentheses the long form may begin. */
    private static final int LONG_FORM_REACH = 160;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\d]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "van", "voor", "over", "en", "in", "op",
            "aan", "met", "the", "of", "for", "on", "and", "to");

    /** A name of a mission or initiative with its content words, split once rather than at every definition. */
    private record Named(Entry entry, List<String> words) {
    }

    /** The names of the missions and initiatives, entry by entry, in the vocabulary's order. */
    private final List<Named> names = new ArrayList<>();

    /** @param entries the missions and initiatives a short form may name */
    ShortForms(List<Entry> entries) {
        for (Entry e : entries) {
            if (isTopic(e)) {
                e.names().forEach(name -> names.add(new Named(e, contentWords(name))));
            }
        }
    }

    /**
     * Mentions what each short form the letter defines names: its long form (when no name of the
     * vocabulary covered it) and every use after the definition.
     *
     * @param covered characters already named; updated with what is mentioned here
     */
    void mention(LetterContext ctx, List<Gazetteer.Hit> hits, boolean[] covered) {
        String text = ctx.text().text();
        if (!text.contains("hierna") && !text.contains("verder")) {
            return;
        }
        Finder d = DEFINED.finder(text);
        while (d.find()) {
            String shortForm = d.group("short").strip();
            Entry named = named(hits, d.start());
            if (named == null) {
                int[] longForm = new int[1];
                named = byWords(text, d.start(), shortForm, longForm);
                if (named != null) {
                    write(ctx, named, longForm[0], d.start(), covered);
                }
            }
            if (named != null) {
                usesAfter(ctx, named, shortForm, d.end(), covered);
            }
        }
    }

    private static Entry named(List<Gazetteer.Hit> hits, int paren) {
        for (Gazetteer.Hit h : hits) {
            if (h.end() <= paren && paren - h.end() <= 2 && isTopic(h.entry())) {
                return h.entry();
            }
        }
        return null;
    }

    /** The entry whose name the words before {@code paren} spell out; {@code start[0]} where they begin. */
    private Entry byWords(String text, int paren, String shortForm, int[] start) {
        int from = Math.max(0, paren - LONG_FORM_REACH);
        String before = text.substring(from, paren);
        from += Math.max(0, Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')) + 1);
        String phrase = text.substring(from, paren).toLowerCase(Locale.ROOT);
        String head = WORDS.split(shortForm.toLowerCase(Locale.ROOT))[0];
        List<String> held = List.of(WORDS.split(phrase));
        Entry best = null;
        int bestWords = 0;
        for (Named named : names) {
            List<String> words = named.words();
            if (words.size() > bestWords && words.get(0).equals(head)
                    && words.stream().allMatch(w -> held.stream().anyMatch(h -> h.equals(w) || h.startsWith(w)))) {
                best = named.entry();
                bestWords = words.size();
            }
        }
        start[0] = best == null ? -1 : from + phrase.indexOf(head);
        return best;
    }

    private static List<String> contentWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? List.of("") : out;
    }

    /** Every use of the short form after its definition, as a whole word (its first letter in either case). */
    private static void usesAfter(LetterContext ctx, Entry entry, String shortForm, int from, boolean[] covered) {
        Pattern use = Pattern.compile("(?<![\\p{L}\\d])(?i:" + Pattern.quote(shortForm.substring(0, 1)) + ")"
                + Pattern.quote(shortForm.substring(1)) + "(?![\\p{L}\\d])");
        Matcher m = use.matcher(ctx.text().text()).region(from, ctx.text().text().length());
        while (m.find()) {
            write(ctx, entry, m.start(), m.end(), covered);
        }
    }

    private static void write(LetterContext ctx, Entry entry, int start, int end, boolean[] covered) {
        if (start < 0 || covered[start] || covered[end - 1] || ctx.text().sentenceAt(start) == null) {
            return;
        }
        java.util.Arrays.fill(covered, start, end, true);
        ctx.out().add(entry.id(), RDF.TYPE, entry.type());
        ctx.mention(entry.id(), entry.type(), start, end);
    }

    private static boolean isTopic(Entry e) {
        return e.type().equals(DMM.Mission) || e.type().equals(DMM.Initiative);
    }
}
