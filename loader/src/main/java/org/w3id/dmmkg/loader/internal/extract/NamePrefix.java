package org.w3id.dmmkg.loader.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dmmkg.loader.internal.scan.Chars;

/**
 * A gathering or adjective that ends right where a meeting's name begins ({@code bijeenkomst van
 * de}, {@code informele}), which joins the name's span. Such a prefix ends in one of a few words
 * and then spaces, so a name after any other word (nearly every name) is not searched for one.
 */
final class NamePrefix {
    private static final Pattern PREFIX = Pattern.compile("(?:" + MeetingNames.EDGE_BEFORE + MeetingNames.GATHERING + ")?"
            + MeetingNames.ADJECTIVE + "\\z", Pattern.UNICODE_CASE);
    private static final int REACH = 80;
    /** The words a prefix that is not empty ends in, lower case: an adjective's, or a gathering's last. */
    private static final List<String> LAST_WORDS = lastWords();
    /**
     * The words, folded, that a prefix that is not empty begins with (a gathering's noun, an
     * adjective), by their first letter (ASCII, as all are). The pattern is tried only where one
     * stands, nearest first: anywhere else it matches nothing before the name.
     */
    private static final String[][] FIRST_WORDS = firstWords();

    private NamePrefix() {
    }

    private static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            folded.append(Chars.fold(word.charAt(i)));
        }
        return folded.toString();
    }

    private static String[][] firstWords() {
        List<String> words = new ArrayList<>(MeetingNames.GATHERING_NOUNS);
        words.addAll(MeetingNames.ADJECTIVES);
        String[][] byLetter = new String[128][];
        for (String word : words) {
            String folded = fold(word);
            char first = folded.charAt(0);
            if (first >= 128) {
                throw new IllegalStateException("a prefix's first word begins beyond ASCII: " + word);
            }
            String[] known = byLetter[first] == null ? new String[0] : byLetter[first];
            byLetter[first] = java.util.Arrays.copyOf(known, known.length + 1);
            byLetter[first][known.length] = folded;
        }
        return byLetter;
    }

    /** Whether one of {@link #FIRST_WORDS} stands at {@code at} and ends by {@code end}. */
    private static boolean beginsAPrefix(String sentence, int at, int end) {
        char first = Chars.fold(sentence.charAt(at));
        String[] words = first < 128 ? FIRST_WORDS[first] : null;
        if (words == null) {
            return false;
        }
        for (String word : words) {
            if (at + word.length() <= end && Chars.endsWithFolded(sentence, at + word.length(), word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lastWords() {
        List<String> words = new ArrayList<>();
        for (String word : MeetingNames.ADJECTIVES) {
            words.add(fold(word));
        }
        for (String word : MeetingNames.GATHERING_ENDS) {
            words.add(fold(word));
        }
        return List.copyOf(words);
    }

    /** Where the prefix of the name at {@code name} begins in {@code sentence}; {@code name} when it has none. */
    static int start(String sentence, int name) {
        if (!Chars.endsWithWordAndSpace(sentence, name, LAST_WORDS)) {
            return name;
        }
        int from = Math.max(0, name - REACH);
        Matcher before = PREFIX.matcher(sentence);
        for (int at = from; at < name; at++) {
            // As a search of [from, name) tries each place in turn, with what lies before it in view.
            if (beginsAPrefix(sentence, at, name) && before.region(at, name).useTransparentBounds(at > from).lookingAt()) {
                return at;
            }
        }
        return name;
    }
}
