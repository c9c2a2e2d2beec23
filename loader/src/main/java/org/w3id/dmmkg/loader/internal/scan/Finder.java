package org.w3id.dmmkg.loader.internal.scan;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * The matches of a {@link GuardedPattern} in one text, one per {@link #find()}, the same as
 * its expression's {@link Matcher#find()} gives in turn. When every match begins with one of
 * the pattern's start strings, the expression is tried only where one of them stands, nearest
 * first ({@link Matcher#lookingAt()} there, the bounds transparent and not anchoring, as a
 * search tries it), not at every character between them: no match can begin elsewhere. After
 * a {@link #find()} that returned true, the match is read as from a {@link Matcher}.
 */
public final class Finder implements MatchResult {
    /** The finder of a text that cannot match: it finds nothing, and has no match to read. Shared, as it holds no state. */
    static final Finder NONE = new Finder(null);

    private final GuardedPattern pattern;
    /** The text as the start strings are looked for in it (folded or as written); null: search with the matcher. */
    private String searched;
    private final Matcher matcher;
    private int length;
    /** Where the next match may begin; past the end when none can. */
    private int next;

    /** A finder that tries every position with the pattern's own matcher (null only for {@link #NONE}). */
    Finder(Matcher matcher) {
        this(null, null, matcher, 0);
    }

    /**
     * @param searched the text as {@code pattern} looks for its start strings in it
     * @param first where the first start string stands
     */
    Finder(GuardedPattern pattern, String searched, Matcher matcher, int first) {
        this.pattern = pattern;
        this.searched = searched;
        boolean atStarts = searched != null && matcher != null;
        this.matcher = atStarts ? matcher.useTransparentBounds(true).useAnchoringBounds(false) : matcher;
        this.length = matcher == null ? 0 : matcher.regionEnd();
        this.next = first;
    }

    /**
     * This finder, made to search {@code text} from its start again (its matcher reset to it): for
     * a pattern's own finder, reused by one thread for one question at a time.
     */
    Finder reset(CharSequence text, String searched, int first) {
        this.searched = searched;
        this.matcher.reset(text);
        this.length = matcher.regionEnd();
        this.next = first;
        return this;
    }

    /** Finds the next match, as {@link Matcher#find()}: after the last one, or a character on if it was empty. */
    public boolean find() {
        if (matcher == null) {
            return false;
        }
        if (searched == null) {
            return matcher.find();
        }
        for (int at = next > length ? -1 : pattern.nextStart(searched, next); at >= 0; at = pattern.nextStart(searched, at + 1)) {
            if (matcher.region(at, length).lookingAt()) {
                next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                return true;
            }
        }
        next = length + 1;
        return false;
    }

    /** The matcher, when it has found a match; as {@link Matcher} does, an {@link IllegalStateException} otherwise. */
    private Matcher match() {
        if (matcher == null) {
            throw new IllegalStateException("No match available");
        }
        return matcher;
    }

    @Override
    public int start() {
        return match().start();
    }

    @Override
    public int start(int group) {
        return match().start(group);
    }

    public int start(String group) {
        return match().start(group);
    }

    @Override
    public int end() {
        return match().end();
    }

    @Override
    public int end(int group) {
        return match().end(group);
    }

    public int end(String group) {
        return match().end(group);
    }

    @Override
    public String group() {
        return match().group();
    }

    @Override
    public String group(int group) {
        return match().group(group);
    }

    public String group(String group) {
        return match().group(group);
    }

    @Override
    public int groupCount() {
        return matcher == null ? 0 : matcher.groupCount();
    }
}
