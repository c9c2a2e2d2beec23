package org.w3id.dmmkg.loader.internal.scan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a part of a regular expression matches, as far as literals tell: every string it can
 * match when there are few ({@code exact}), and strings of which each of its matches contains
 * one ({@code needs}); null where nothing is known. All strings are case-folded (but for a
 * case-sensitive expression's, see {@link RequiredLiterals#isCaseSensitive}). The
 * combinations are sound: a requirement is never one a match could lack.
 *
 * @param exact every string the part can match, when few; else null
 * @param needs strings of which each match contains one; null when nothing is known
 * @param starts strings of which each match that is not empty begins with one that is not
 *               empty, and the empty string too when the part can match it; null when nothing
 *               is known
 */
record Need(Set<String> exact, Set<String> needs, Set<String> starts) {
    /** The most strings kept as the exact matches of a part; more, and only what they need is kept. */
    private static final int MAX_EXACT = 64;
    /** The most strings a requirement may list. */
    private static final int MAX_NEEDS = 2048;

    /** Matches only the empty string: an anchor, a lookaround, a word boundary. */
    static final Need EMPTY = new Need(Set.of(""), null, Set.of(""));
    /** Matches something unknown: a class, {@code .}, an escape for a kind of character. */
    static final Need ANY = new Need(null, null, null);

    /** The best requirement this part states: its own, else its exact strings if none is empty. */
    Set<String> required() {
        if (needs != null) {
            return needs;
        }
        return exact == null || exact.contains("") ? null : exact;
    }

    /** Literal text, folded; a surrogate (a character outside the BMP) is left unknown. */
    static Need literal(String text) {
        return literal(text, true);
    }

    /** Literal text, folded when {@code fold} (else as written, for a case-sensitive expression). */
    static Need literal(String text, boolean fold) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return ANY;
            }
            folded.append(fold ? Chars.fold(c) : c);
        }
        Set<String> exact = Set.of(folded.toString());
        return new Need(exact, null, exact);
    }

    /** This part repeated {@code min} to {@code max} times. */
    Need repeated(int min, int max) {
        if (min == 0) {
            return new Need(max == 1 && exact != null ? union(exact, Set.of("")) : null, null,
                    starts == null ? null : union(starts, Set.of("")));
        }
        // A match of at least one repetition begins where its first repetition that is not empty begins.
        return new Need(min == 1 && max == 1 ? exact : null, required(), starts);
    }

    /** A sequence: runs of exact parts are joined, and the best of their strings and the other parts' needs is kept. */
    static Need concat(List<Need> items) {
        Set<String> whole = Set.of("");
        Set<String> run = Set.of("");
        Set<String> best = null;
        for (Need item : items) {
            whole = whole == null || item.exact == null ? null : product(whole, item.exact);
            Set<String> joined = item.exact == null ? null : product(run, item.exact);
            if (joined != null) {
                run = joined;
                continue;
            }
            best = better(best, new Need(run, null, null).required());
            if (item.exact != null) {
                run = item.exact;
            } else {
                best = better(best, item.required());
                run = Set.of("");
            }
        }
        return new Need(whole, better(best, new Need(run, null, null).required()), startsFrom(items, 0));
    }

    /**
     * What the matches of {@code items} from {@code i} on begin with (see {@link #starts}): a
     * part's exact strings before what the rest begins with; after a part that can match the
     * empty string, also what the rest begins with.
     */
    private static Set<String> startsFrom(List<Need> items, int i) {
        if (i == items.size()) {
            return Set.of("");
        }
        Need item = items.get(i);
        if (item.exact != null) {
            Set<String> rest = startsFrom(items, i + 1);
            Set<String> joined = rest == null ? null : product(item.exact, rest, MAX_NEEDS);
            if (joined != null) {
                return joined;
            }
            return item.exact.contains("") ? null : item.exact;
        }
        if (item.starts == null || !item.starts.contains("")) {
            return item.starts;
        }
        Set<String> rest = startsFrom(items, i + 1);
        if (rest == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>(item.starts);
        out.remove("");
        out.addAll(rest);
        return out.size() > MAX_NEEDS ? null : out;
    }

    /** Alternatives: a match of any of them; each must state what it needs, or nothing is needed. */
    static Need either(List<Need> branches) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> needs = new LinkedHashSet<>();
        Set<String> starts = new LinkedHashSet<>();
        for (Need b : branches) {
            starts = starts == null || b.starts == null ? null : union(starts, b.starts);
            if (starts != null && starts.size() > MAX_NEEDS) {
                starts = null;
            }
            exact = exact == null || b.exact == null ? null : union(exact, b.exact);
            if (exact != null && exact.size() > MAX_EXACT) {
                exact = null;
            }
            Set<String> required = b.required();
            needs = needs == null || required == null ? null : union(needs, required);
            if (needs != null && needs.size() > MAX_NEEDS) {
                needs = null;
            }
        }
        return new Need(exact, needs, starts);
    }

    /** The requirement that lets fewer texts through: longer shortest string, then fewer strings. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
        int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return b.size() < a.size() ? b : a;
    }

    /** Every string of {@code a} followed by every string of {@code b}; null when there would be too many. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        return product(a, b, MAX_EXACT);
    }

    private static Set<String> product(Set<String> a, Set<String> b, int limit) {
        if ((long) a.size() * b.size() > limit) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
