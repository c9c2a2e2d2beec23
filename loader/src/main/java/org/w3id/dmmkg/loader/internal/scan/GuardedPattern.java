package org.w3id.dmmkg.loader.internal.scan;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regular expression with a cheap test before it: the strings every match must
 * contain ({@link RequiredLiterals}), looked for in one walk over the text. A text that holds
 * none of them cannot match, so the expression is not run on it; any other text gets the
 * expression's own matcher, so what matches is exactly what {@link Pattern} matches.
 */
public final class GuardedPattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");
    /** Up to this many required strings, each is looked for with {@link String#indexOf}; more, in one walk of a trie. */
    private static final int FEW = 8;

    private final Pattern pattern;
    /** The required strings, folded, when few; else null. */
    private final String[] few;
    /** The required strings, folded, when many; else null. */
    private final CharTrie many;
    /** The strings every match begins with, folded; null when not known. */
    private final CharTrie starts;
    /** The same strings when few, looked for with {@link String#indexOf}, which is quicker than a walk of the trie. */
    private final String[] fewStarts;

    private GuardedPattern(Pattern pattern, Set<String> required, Set<String> starts) {
        this.pattern = pattern;
        boolean known = starts != null && !pattern.pattern().contains("\\G");
        this.starts = known ? trieOf(starts) : null;
        this.fewStarts = known && starts.size() <= FEW ? starts.toArray(new String[0]) : null;
        if (required == null || required.size() > FEW) {
            this.few = null;
        } else {
            this.few = required.toArray(new String[0]);
        }
        if (required == null || required.size() <= FEW) {
            this.many = null;
        } else {
            this.many = trieOf(required);
        }
    }

    private static CharTrie trieOf(Set<String> words) {
        CharTrie.Builder trie = CharTrie.builder();
        words.forEach(word -> trie.add(word, 0));
        return trie.build();
    }

    public static GuardedPattern compile(String regex) {
        return compile(regex, 0);
    }

    public static GuardedPattern compile(String regex, int flags) {
        return new GuardedPattern(Pattern.compile(regex, flags), RequiredLiterals.of(regex, flags),
                RequiredLiterals.starts(regex, flags));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** False when {@code text} holds none of the strings every match needs: then nothing in it matches. */
    public boolean mayMatch(CharSequence text) {
        return few == null && many == null || holdsARequiredString(FoldedText.of(text), 0);
    }

    /** Whether {@code folded} holds one of the required strings at {@code from} or after. */
    private boolean holdsARequiredString(String folded, int from) {
        if (few != null) {
            for (String word : few) {
                if (folded.indexOf(word, from) >= 0) {
                    return true;
                }
            }
            return false;
        }
        return many == null || firstOccurrence(many, folded, from) >= 0;
    }

    /** Where the first of {@code words} begins in {@code folded}, or -1. */
    private static int firstOf(String[] words, String folded) {
        int first = -1;
        for (String w : words) {
            int at = folded.indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Where the first word of {@code trie} begins in {@code folded} at {@code from} or after, or -1. */
    private static int firstOccurrence(CharTrie trie, String folded, int from) {
        int n = folded.length();
        for (int start = from; start < n; start++) {
            int node = trie.next(CharTrie.ROOT, folded.charAt(start));
            for (int i = start + 1; node != CharTrie.NONE; i++) {
                if (trie.value(node) != CharTrie.NONE) {
                    return start;
                }
                node = i < n ? trie.next(node, folded.charAt(i)) : CharTrie.NONE;
            }
        }
        return -1;
    }

    /**
     * The expression's matcher over {@code text}, or, when the text cannot match, a matcher over
     * it that finds nothing in any region. Meant for this text only: not to be reset to another.
     */
    public Matcher matcher(CharSequence text) {
        return mayMatch(text) ? pattern.matcher(text) : NEVER.matcher(text);
    }

    /**
     * A matcher over {@code text} for {@link Matcher#find()} alone, with what it finds (start,
     * end, groups): the same matches as the expression's own matcher, found sooner. When every
     * match begins with one of a few strings, the search starts where the first of them is, the
     * bounds of its region transparent and not anchoring, so that lookaround, {@code \b},
     * {@code ^} and {@code $} see the whole text as before. Not to be given a region, reset to
     * another text, or asked {@link Matcher#matches()} or {@link Matcher#lookingAt()}.
     */
    public Matcher finder(CharSequence text) {
        if (starts == null) {
            return matcher(text);
        }
        String folded = FoldedText.of(text);
        int first = fewStarts != null ? firstOf(fewStarts, folded) : firstOccurrence(starts, folded, 0);
        // A match begins at a start string and holds a required one: both at or after the first start.
        if (first < 0 || !holdsARequiredString(folded, first)) {
            return NEVER.matcher(text);
        }
        return pattern.matcher(text).region(first, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * {@link Matcher#matches()} over the whole of {@code text}: false without running the
     * expression when the text does not begin with a string every match begins with.
     */
    public boolean matches(CharSequence text) {
        if (starts != null && !beginsWithAStart(text)) {
            return false;
        }
        return mayMatch(text) && pattern.matcher(text).matches();
    }

    /** Whether {@code text}, folded as it is read, begins with one of {@link #starts}. */
    private boolean beginsWithAStart(CharSequence text) {
        int node = CharTrie.ROOT;
        for (int i = 0; i < text.length(); i++) {
            node = starts.next(node, Chars.fold(text.charAt(i)));
            if (node == CharTrie.NONE) {
                return false;
            }
            if (starts.value(node) != CharTrie.NONE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
