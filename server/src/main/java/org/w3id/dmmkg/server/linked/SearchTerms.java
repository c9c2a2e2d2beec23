package org.w3id.dmmkg.server.linked;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and quoted phrases of a full-text query (Lucene syntax: words, {@code "phrases"}, {@code prefix*},
 * {@code AND}/{@code OR}/{@code NOT}), to find them again in a letter and mark them. Matches
 * are whole words, case-insensitive, as the index's analyser matches them.
 */
public final class SearchTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+\\*?");
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    /** Words this short match too much text to be worth marking. */
    private static final int MIN_LENGTH = 2;
    /** At most this many words of one query are marked. */
    private static final int MAX_WORDS = 12;

    private final Pattern pattern;

    private SearchTerms(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The words and phrases of {@code query}; none for a query without any. */
    public static SearchTerms of(String query) {
        List<String> alternatives = new ArrayList<>();
        String rest = query == null ? "" : query;
        Matcher phrase = PHRASE.matcher(rest);
        while (phrase.find() && alternatives.size() < MAX_WORDS) {
            List<String> words = words(phrase.group(1));
            if (!words.isEmpty()) {
                // The words of a phrase in a row, whatever spaces or line breaks the file has between them.
                alternatives.add(String.join("\\s+", words.stream().map(SearchTerms::pattern).toList()));
            }
        }
        for (String w : words(PHRASE.matcher(rest).replaceAll(" "))) {
            if (alternatives.size() < MAX_WORDS) {
                alternatives.add(pattern(w));
            }
        }
        if (alternatives.isEmpty()) {
            return new SearchTerms(null);
        }
        return new SearchTerms(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!OPERATORS.contains(w) && w.replace("*", "").length() >= MIN_LENGTH) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(words);
    }

    private static String pattern(String word) {
        return word.endsWith("*") ? Pattern.quote(word.substring(0, word.length() - 1)) + "[\\p{L}\\p{N}]*"
                : Pattern.quote(word);
    }

    public boolean isEmpty() {
        return pattern == null;
    }

    /**
     * Where a word occurs in a text.
     *
     * @param start     first code point (as annotation offsets count)
     * @param end       one past the last code point
     * @param charStart the same start as a UTF-16 index (as Java strings count)
     * @param charEnd   the same end as a UTF-16 index
     */
    public record Hit(int start, int end, int charStart, int charEnd) {
    }

    /** Where the words occur in {@code text}, at most {@code max} places. */
    public List<Hit> find(String text, int max) {
        List<Hit> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        int lastIndex = 0;
        int lastPoint = 0;
        while (m.find() && out.size() < max) {
            int start = lastPoint + text.codePointCount(lastIndex, m.start());
            int end = start + text.codePointCount(m.start(), m.end());
            out.add(new Hit(start, end, m.start(), m.end()));
            lastIndex = m.end();
            lastPoint = end;
        }
        return out;
    }
}
