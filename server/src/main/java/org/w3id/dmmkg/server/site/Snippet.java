package org.w3id.dmmkg.server.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence around a search hit in a letter's text: back to where the sentence starts (a
 * full stop before a capital, or a blank line) and on to where it ends, within a window, on
 * one line. For the reader of a list of hits; the letter reader has the exact text.
 *
 * @param before the text before the hit
 * @param hit    the words found
 * @param after  the text after the hit
 */
record Snippet(String before, String hit, String after) {
    /** How far a snippet reaches on either side of its hit. */
    static final int WINDOW = 220;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[\\p{Lu}\\d(“\"'])|\\n[ \\t]*\\n");

    /** The snippet around {@code [start, end)} (UTF-16 indices) of {@code text}. */
    static Snippet around(String text, int start, int end) {
        int from = Math.max(0, start - WINDOW);
        int sentenceStart = from;
        Matcher m = SENTENCE_END.matcher(text).region(from, start);
        while (m.find()) {
            sentenceStart = m.end();
        }
        Matcher next = SENTENCE_END.matcher(text).region(end, Math.min(text.length(), end + WINDOW));
        int sentenceEnd = next.find() ? next.start() + 1 : Math.min(text.length(), end + WINDOW);
        String before = flat(text.substring(sentenceStart, start)).stripLeading();
        String after = flat(text.substring(end, sentenceEnd)).stripTrailing();
        return new Snippet((sentenceStart == from && from > 0 ? "… " : "") + before, flat(text.substring(start, end)),
                after + (sentenceEnd == end + WINDOW ? " …" : ""));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
