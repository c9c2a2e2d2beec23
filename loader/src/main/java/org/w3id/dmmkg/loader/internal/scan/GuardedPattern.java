package org.w3id.dmmkg.loader.internal.scan;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regular expression with a cheap test before it: the strings every match must
 * contain ({@link RequiredLiterals}), looked for by a {@link WordSearch}. A text that holds
 * none of them cannot match, so the expression is not run on it; any other text gets the
 * expression's own matcher, so what matches is exactly what {@link Pattern} matches. The strings
 * are case-folded and looked for in the folded text, except for an expression that compares
 * every literal with its case: then they are looked for as written, which fewer texts hold.
 */
public final class GuardedPattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern pattern;
    /** Whether the strings below are folded, and so looked for in the folded text. */
    private final boolean folded;
    /** The strings every match contains (folded when {@link #folded}); null when not known. */
    private final WordSearch required;
    /** The strings every match begins with (folded when {@link #folded}); null when not known. */
    private final WordSearch starts;
    /** Where matches can begin, when the expression says so ({@link #triedAt}); else null. */
    private final Starts locator;

    /**
     * Each thread's matcher, and finder, of this pattern for {@link #finds}, which asks one question
     * and lets go of them: reused, not made anew for every sentence. Nothing else holds them; each
     * keeps the last text it read (a sentence, at most a letter) until the thread's next question.
     */
    private final ThreadLocal<Matcher> ownMatcher;
    private final ThreadLocal<Finder> ownFinder;

    /**
     * Where in a text a match of an expression can begin: the nearest place at or after {@code from}
     * where one may, or -1. It may give places where none begins; it never passes one over.
     */
    @FunctionalInterface
    public interface Starts {
        int next(String text, int from);
    }

    private GuardedPattern(Pattern pattern, boolean folded, Set<String> required, Set<String> starts) {
        this(pattern, folded, required == null ? null : new WordSearch(required),
                starts != null && !pattern.pattern().contains("\\G")
                        ? new WordSearch(starts, WordBoundaryStart.of(pattern.pattern())) : null, null);
    }

    private GuardedPattern(Pattern pattern, boolean folded, WordSearch required, WordSearch starts, Starts locator) {
        this.pattern = pattern;
        this.ownMatcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
        this.ownFinder = ThreadLocal.withInitial(() -> new Finder(this, "", pattern.matcher(""), 0));
        this.folded = folded;
        this.starts = starts;
        this.required = required;
        this.locator = locator;
    }

    public static GuardedPattern compile(String regex) {
        return compile(regex, 0);
    }

    public static GuardedPattern compile(String regex, int flags) {
        boolean fold = !isCaseSensitive(regex, flags);
        return new GuardedPattern(Pattern.compile(regex, flags), fold, RequiredLiterals.of(regex, flags, fold),
                RequiredLiterals.starts(regex, flags, fold));
    }

    /**
     * This expression, tried by {@link #finder} and {@link #finds} only where {@code starts} says a
     * match can begin, which it reads in the text as written: for an expression that compares with
     * case ({@link #isCaseSensitive}) whose matches begin at no string, but at a place code can
     * find ({@code the word before a parenthesis}) far sooner than the expression tried everywhere.
     */
    public GuardedPattern triedAt(Starts starts) {
        if (folded || pattern.pattern().contains("\\G")) {
            throw new IllegalArgumentException("starts are read in the text as written, and not after \\G: " + pattern);
        }
        return new GuardedPattern(pattern, false, required, this.starts, starts);
    }

    /**
     * Whether the expression compares every literal with its case: no {@link Pattern#CASE_INSENSITIVE}
     * flag, and no {@code i} among inline flags anywhere (also after a {@code -}: read conservatively).
     */
    static boolean isCaseSensitive(String regex, int flags) {
        return (flags & Pattern.CASE_INSENSITIVE) == 0 && !RequiredLiterals.hasInlineFlag(regex, 'i');
    }

    /** The text as the strings are looked for in it: folded, or as it is. */
    private String searched(CharSequence text) {
        return folded ? FoldedText.of(text) : text.toString();
    }

    public Pattern pattern() {
        return pattern;
    }

    /** False when {@code text} holds none of the strings every match needs: then nothing in it matches. */
    public boolean mayMatch(CharSequence text) {
        return required == null || holdsARequiredString(searched(text), 0);
    }

    /** Whether {@code searched} holds one of the required strings at {@code from} or after. */
    private boolean holdsARequiredString(String searched, int from) {
        return required == null || required.occursIn(searched, from);
    }

    /**
     * The expression's matcher over {@code text}, or, when the text cannot match, a matcher over
     * it that finds nothing in any region. Meant for this text only: not to be reset to another.
     */
    public Matcher matcher(CharSequence text) {
        return mayMatch(text) ? pattern.matcher(text) : NEVER.matcher(text);
    }

    /**
     * The matches of the expression in {@code text}, one per {@link Finder#find()}: the same as its
     * own matcher finds, found sooner. When every match begins with one of a few strings, the
     * expression is tried only where one of them stands; lookaround, {@code \b}, {@code ^} and
     * {@code $} see the whole text as before.
     */
    public Finder finder(CharSequence text) {
        if (starts == null && locator == null) {
            return mayMatch(text) ? new Finder(pattern.matcher(text)) : Finder.NONE;
        }
        String searched = searched(text);
        int first = nextStart(searched, 0);
        // A match begins at a start string and holds a required one: both at or after the first start.
        if (first < 0 || !holdsARequiredString(searched, first)) {
            return Finder.NONE;
        }
        return new Finder(this, searched, pattern.matcher(text), first);
    }

    /**
     * Whether the expression finds a match in {@code text}: the answer of its own matcher's
     * {@link Matcher#find()}. When every match begins with one of the start strings, the expression
     * is tried only where one of them stands, nearest first ({@link Matcher#lookingAt()} there, the
     * bounds transparent and not anchoring, as a search would try it), not at every character.
     */
    public boolean finds(CharSequence text) {
        if (starts == null && locator == null) {
            return mayMatch(text) && ownMatcher.get().reset(text).find();
        }
        String searched = searched(text);
        int first = nextStart(searched, 0);
        return first >= 0 && holdsARequiredString(searched, first) && ownFinder.get().reset(text, searched, first).find();
    }

    /**
     * Where the first start string begins in {@code searched} at {@code from} or after (or where
     * {@link #triedAt} says a match can begin), or -1.
     */
    int nextStart(String searched, int from) {
        return locator != null ? locator.next(searched, from) : starts.first(searched, from);
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

    /** Whether {@code text}, folded as it is read when the strings are, begins with one of {@link #starts}. */
    private boolean beginsWithAStart(CharSequence text) {
        int node = CharTrie.ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            node = starts.trie().next(node, folded ? Chars.fold(c) : c);
            if (node == CharTrie.NONE) {
                return false;
            }
            if (starts.trie().value(node) != CharTrie.NONE) {
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
