package org.w3id.dmmkg.loader.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A letter's normalised text with its blocks and sentences, and the way back from every
 * character to the source text, so that an annotation can cite the file's exact words.
 */
public final class LetterText {
    private final SourceText source;
    private final String text;
    private final int[] toSource;
    private final List<Block> blocks;
    private final List<Sentence> sentences;
    private final boolean sourceHasSurrogates;
    private final Map<Integer, Integer> markerOffsets;
    /**
     * Each sentence's text, made on first need: every extractor reads the sentences, and one
     * string per sentence lets the patterns' folded copies ({@code FoldedText}) serve them all.
     */
    private final String[] sentenceTexts;

    LetterText(SourceText source, String text, int[] toSource, List<Block> blocks, Map<Integer, Integer> markers) {
        this.source = source;
        this.text = text;
        this.toSource = toSource;
        this.blocks = List.copyOf(blocks);
        this.sentences = SentenceSplitter.split(text, this.blocks, markers);
        this.sourceHasSurrogates = hasSurrogates(source.text());
        this.markerOffsets = Map.copyOf(markers);
        this.sentenceTexts = new String[sentences.size()];
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the marker of the {@code number}-th footnote (counted from 1) stood in the normalised text, or -1. */
    public int footnoteMarker(int number) {
        return markerOffsets.getOrDefault(number, -1);
    }

    /** The place of a footnote block among the footnote blocks, from 1 (see {@link #footnoteMarker}). */
    public int footnoteNumber(int blockIndex) {
        int n = 0;
        for (int i = 0; i <= blockIndex; i++) {
            if (blocks.get(i).kind() == Block.Kind.FOOTNOTE) {
                n++;
            }
        }
        return n;
    }

    public SourceText source() {
        return source;
    }

    /**
     * The lines a letter's head is read from: the source text's own lines, or for a structured
     * source (XML) the head blocks it states, one to a line.
     */
    public String headerText() {
        if (source.layout() == null) {
            return source.text();
        }
        StringBuilder head = new StringBuilder();
        for (Block b : blocks(Block.Kind.FURNITURE)) {
            head.append(textOf(b)).append('\n');
        }
        return head.toString();
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public String textOf(Sentence s) {
        boolean own = s.index() >= 0 && s.index() < sentenceTexts.length && sentences.get(s.index()) == s;
        if (!own) {
            return text.substring(s.start(), s.end());
        }
        String t = sentenceTexts[s.index()];
        if (t == null) {
            t = text.substring(s.start(), s.end());
            sentenceTexts[s.index()] = t;
        }
        return t;
    }

    public String textOf(Block b) {
        return text.substring(b.start(), b.end());
    }

    /** The sentence that contains offset {@code at} of the normalised text, or null. */
    public Sentence sentenceAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The section heading a sentence falls under, or null. */
    public String headingOf(Sentence s) {
        return s.heading() < 0 ? null : textOf(blocks.get(s.heading()));
    }

    /** Blocks of one kind, in order. */
    public List<Block> blocks(Block.Kind kind) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == kind) {
                out.add(b);
            }
        }
        return out;
    }

    /** Source offset (UTF-16 index) where normalised range {@code [start, end)} begins. */
    public int sourceStart(int start) {
        return toSource[start];
    }

    /** Source offset (UTF-16 index) one past the end of normalised range {@code [start, end)}. */
    public int sourceEnd(int end) {
        return toSource[end - 1] + 1;
    }

    /** The source file's exact characters behind a normalised range. */
    public String exact(int start, int end) {
        return source.text().substring(sourceStart(start), sourceEnd(end));
    }

    /** A UTF-16 index of the source as a count of Unicode code points, as Web Annotation counts. */
    public int codePointOffset(int sourceIndex) {
        return sourceHasSurrogates ? source.text().codePointCount(0, sourceIndex) : sourceIndex;
    }
}
