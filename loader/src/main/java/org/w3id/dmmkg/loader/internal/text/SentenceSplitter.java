package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits blocks into sentences. A full stop ends a sentence when an upper-case letter, a
 * digit or an opening quote follows, unless it closes a Dutch abbreviation ({@code jl.},
 * {@code c.s.}, {@code nr.}, {@code d.d.}, {@code o.a.}, {@code drs.}) or initials ({@code K.H.}).
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("jl.", "c.s.", "nr.", "nrs.", "d.d.", "o.a.", "drs.",
            "dr.", "mr.", "ir.", "ing.", "prof.", "t.b.v.", "i.v.m.", "m.b.t.", "bijv.", "e.a.", "e.d.", "n.a.v.",
            "t.a.v.", "i.s.m.", "i.c.m.", "m.n.", "resp.", "ca.", "incl.", "excl.", "vs.", "art.", "blz.", "p.",
            "mevr.", "dhr.", "st.", "e.g.", "i.e.", "z.s.m.", "t.z.t.", "a.s.", "vgl.", "zgn.", "evt.", "o.b.v.",
            "m.u.v.", "v.w.b.", "i.o.m.", "min.", "mln.", "mld.", "mrd.", "nl.", "red.", "ds.", "jr.", "sr.");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+|\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}\\.|[a-z]\\.");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Block> blocks, Map<Integer, Integer> markers) {
        List<Sentence> out = new ArrayList<>();
        int heading = -1;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.HEADING) {
                heading = b;
            }
            if (!block.isContent()) {
                continue;
            }
            int start = block.start();
            if (block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.FOOTNOTE) {
                for (int i = block.start(); i < block.end(); i++) {
                    if (endsSentence(text, block.start(), i, block.end())) {
                        add(out, text, start, i + 1, b, heading);
                        start = i + 1;
                    }
                }
            }
            add(out, text, start, block.end(), b, block.kind() == Block.Kind.HEADING ? -1 : heading);
        }
        return anchorFootnotes(out, text, blocks, markers);
    }

    private static void add(List<Sentence> out, String text, int start, int end, int block, int heading) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, block, heading, out.size()));
        }
    }

    private static boolean endsSentence(String text, int blockStart, int i, int end) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < end && (text.charAt(j) == ')' || text.charAt(j) == '’' || text.charAt(j) == '"')) {
            j++;
        }
        if (j >= end || text.charAt(j) != ' ') {
            return false;
        }
        while (j < end && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= end) {
            return false;
        }
        char next = text.charAt(j);
        if (!Character.isUpperCase(next) && !Character.isDigit(next) && "‘'\"“(".indexOf(next) < 0) {
            return false;
        }
        return c != '.' || !isAbbreviation(text, blockStart, i);
    }

    private static boolean isAbbreviation(String text, int blockStart, int dot) {
        int s = dot;
        while (s > blockStart && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        String token = text.substring(s, dot + 1);
        if (s == blockStart && LIST_NUMBER.matcher(token).matches()) {
            return true;
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT)) || INITIALS.matcher(token).matches();
    }

    /** A footnote's sentences count where its marker stands. */
    private static List<Sentence> anchorFootnotes(List<Sentence> sentences, String text, List<Block> blocks,
            Map<Integer, Integer> markers) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        int footnote = 0;
        int anchor = -1;
        int lastBlock = -1;
        for (Sentence s : sentences) {
            Block block = blocks.get(s.block());
            if (block.kind() != Block.Kind.FOOTNOTE) {
                out.add(s);
                continue;
            }
            if (s.block() != lastBlock) {
                footnote++;
                lastBlock = s.block();
                Integer at = markers.get(footnote);
                anchor = at == null ? -1 : sentenceBefore(sentences, at);
            }
            out.add(new Sentence(s.index(), s.start(), s.end(), s.block(), s.heading(), anchor < 0 ? s.index() : anchor));
        }
        return List.copyOf(out);
    }

    /**
     * The sentence a marker at {@code at} belongs to: it stands just after that sentence's end,
     * so it is the last sentence that begins before it. The sentences are in text order, so a
     * binary search finds it (a letter with many footnotes asks once per footnote).
     */
    private static int sentenceBefore(List<Sentence> sentences, int at) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() < at) {
                found = sentences.get(mid).index();
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
