package org.w3id.dmmkg.server.linked;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a full-text query (Lucene syntax: words, {@code "phrases"}, {@code prefix*},
 * {@code AND}/{@code OR}/{@code NOT}), to find them again in a letter and mark them. Matches
 * are whole words, case-insensitive, as the index's analyser matches them.
 */
public final class SearchTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+\\*?");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    /** Words this short match too much text to be worth marking. */
    private static final int MIN_LENGTH = 2;
    /** At most this many words of one query are marked. */
    private static final int MAX_WORDS = 12;

    private final Pattern pattern;

    private SearchTerms(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The words of {@code query}; none for a query without any. */
    public static SearchTerms of(String query) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(query == null ? "" : query);
        while (m.find() && words.size() < MAX_WORDS) {
            String w = m.group();
            if (!OPERATORS.contains(w) && w.replace("*", "").length() >= MIN_LENGTH) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return new SearchTerms(null);
        }
        List<String> alternatives = new ArrayList<>();
        for (String w : words) {
            alternatives.add(w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "[\\p{L}\\p{N}]*"
                    : Pattern.quote(w));
        }
        return new SearchTerms(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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
