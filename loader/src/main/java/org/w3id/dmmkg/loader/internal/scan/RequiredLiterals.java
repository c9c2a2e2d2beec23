package org.w3id.dmmkg.loader.internal.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The strings every match of a regular expression contains: a set of which each match holds
 * at least one, case-folded ({@link Chars#fold}) unless asked as written for an expression that
 * {@link GuardedPattern#isCaseSensitive} (where a literal matches only itself), or null when
 * nothing is required or the expression cannot be read. Reads the syntax of {@link Pattern} conservatively: what it does
 * not know (comments mode, back references, odd classes) gives null, never a wrong set.
 * Zero-width parts (lookaround, anchors, {@code \b}) consume nothing, so they require nothing;
 * {@code \d} is one of the ten digits, a class of a few letters or digits one of them, and other
 * classes, {@code .} and other escapes are any character.
 */
final class RequiredLiterals {
    /** Thrown where the syntax is not one this reader knows. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super(why, null, false, false);
        }
    }

    /** The ten digits, which {@code \\d} and {@code [0-9]} match when classes are not Unicode's. */
    private static final String DIGITS = "0123456789";
    /** The most characters a class may stand for to be read as alternatives ({@code [Mm]}, {@code [0-3]}, {@code \\d}). */
    private static final int FEW_CHARS = DIGITS.length();

    private final String regex;
    /** Whether literals are folded: always, unless the expression is case-sensitive throughout. */
    private final boolean fold;
    /** Whether {@code \\d} is {@code [0-9]}: no {@link Pattern#UNICODE_CHARACTER_CLASS}, as flag or inline {@code U}. */
    private final boolean asciiDigits;
    private int at;

    private RequiredLiterals(String regex, boolean fold, boolean asciiDigits) {
        this.regex = regex;
        this.fold = fold;
        this.asciiDigits = asciiDigits;
    }

    /** The strings every match of {@code regex} compiled with {@code flags} contains, folded; or null. */
    static Set<String> of(String regex, int flags) {
        return of(regex, flags, true);
    }

    /**
     * The strings every match contains, folded when {@code fold}, else as written: only for an
     * expression that {@link GuardedPattern#isCaseSensitive}; or null.
     */
    static Set<String> of(String regex, int flags, boolean fold) {
        Need need = read(regex, flags, fold);
        return need == null ? null : need.required();
    }

    /**
     * The strings every match of {@code regex} compiled with {@code flags} begins with, folded;
     * or null when that is not known or a match can be empty.
     */
    static Set<String> starts(String regex, int flags) {
        return starts(regex, flags, true);
    }

    /** The strings every match begins with, folded when {@code fold} (see {@link #of(String, int, boolean)}); or null. */
    static Set<String> starts(String regex, int flags, boolean fold) {
        Need need = read(regex, flags, fold);
        return need == null || need.starts() == null || need.starts().contains("") ? null : need.starts();
    }

    private static Need read(String regex, int flags, boolean fold) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        boolean asciiDigits = (flags & Pattern.UNICODE_CHARACTER_CLASS) == 0 && !hasInlineFlag(regex, 'U');
        RequiredLiterals reader = new RequiredLiterals(regex, fold, asciiDigits);
        try {
            Need need = reader.alternation();
            return reader.at == regex.length() ? need : null;
        } catch (Unreadable e) {
            // Syntax this reader does not know: nothing is required, so the expression runs on every text.
            return null;
        }
    }

    /** Whether {@code flag} stands among inline flags anywhere ({@code (?U)}, {@code (?iU:}), also after a {@code -}. */
    static boolean hasInlineFlag(String regex, char flag) {
        for (int open = regex.indexOf("(?"); open >= 0; open = regex.indexOf("(?", open + 1)) {
            for (int i = open + 2; i < regex.length() && "idmsuxU-".indexOf(regex.charAt(i)) >= 0; i++) {
                if (regex.charAt(i) == flag) {
                    return true;
                }
            }
        }
        return false;
    }

    private Need alternation() throws Unreadable {
        List<Need> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : Need.either(branches);
    }

    private Need sequence() throws Unreadable {
        List<Need> items = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            items.add(quantified(atom()));
        }
        return Need.concat(items);
    }

    private Need atom() throws Unreadable {
        char c = regex.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '.' -> Need.ANY;
            case '^', '$' -> Need.EMPTY;
            case '\\' -> escape();
            case '*', '+', '?', '{' -> throw new Unreadable("a quantifier without an atom");
            default -> Need.literal(String.valueOf(c), fold);
        };
    }

    private Need quantified(Need atom) throws Unreadable {
        if (at >= regex.length()) {
            return atom;
        }
        int min;
        int max;
        switch (regex.charAt(at)) {
            case '?' -> { min = 0; max = 1; at++; }
            case '*' -> { min = 0; max = Integer.MAX_VALUE; at++; }
            case '+' -> { min = 1; max = Integer.MAX_VALUE; at++; }
            case '{' -> {
                at++;
                min = number();
                max = min;
                if (next(',')) {
                    max = at < regex.length() && regex.charAt(at) == '}' ? Integer.MAX_VALUE : number();
                }
                expect('}');
            }
            default -> { return atom; }
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return atom.repeated(min, max);
    }

    private Need group() throws Unreadable {
        boolean zeroWidth = false;
        if (next('?')) {
            char kind = take();
            if (kind == '=' || kind == '!') {
                zeroWidth = true;
            } else if (kind == '<' && (next('=') || next('!'))) {
                zeroWidth = true;
            } else if (kind == '<') {
                while (Character.isLetterOrDigit(take())) {
                    // the group's name
                }
                at--;
                expect('>');
            } else if (kind != ':' && kind != '>') {
                at--;
                if (flags()) {
                    return Need.EMPTY;
                }
            }
        }
        Need inner = alternation();
        expect(')');
        return zeroWidth ? Need.EMPTY : inner;
    }

    /** Inline flags, {@code (?iu)} (true) or {@code (?i:} (false, the group goes on); comments mode is not read. */
    private boolean flags() throws Unreadable {
        boolean on = true;
        while (true) {
            char f = take();
            switch (f) {
                case ')' -> { return true; }
                case ':' -> { return false; }
                case '-' -> on = false;
                case 'x' -> {
                    if (on) {
                        throw new Unreadable("comments mode");
                    }
                }
                case 'i', 'd', 'm', 's', 'u', 'U' -> { }
                default -> throw new Unreadable("unknown group or flag " + f);
            }
        }
    }

    /**
     * A class of a few letters or digits alone, or ranges of them ({@code [Mm]}, {@code [0-3]}),
     * is one of them, so that a match beginning with it still has known first strings; any other
     * class is skipped as any character.
     */
    private Need characterClass() throws Unreadable {
        int end = regex.indexOf(']', at);
        String members = end > at ? fewMembers(regex.substring(at, end)) : null;
        if (members != null) {
            at = end + 1;
            return oneOf(members);
        }
        next('^');
        if (at < regex.length() && regex.charAt(at) == ']') {
            throw new Unreadable("a class that begins with ]");
        }
        int depth = 1;
        while (depth > 0) {
            char c = take();
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '\\') {
                skipEscapeInClass();
            }
        }
        return Need.ANY;
    }

    /**
     * The characters of a class's inside made of ASCII letters and digits and ranges of them
     * ({@code Mm}, {@code 0-3}), when at most {@link #FEW_CHARS}; else null.
     */
    private static String fewMembers(String inside) {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < inside.length(); i++) {
            char from = inside.charAt(i);
            char to = from;
            if (i + 2 < inside.length() && inside.charAt(i + 1) == '-') {
                to = inside.charAt(i + 2);
                i += 2;
            }
            if (!isAsciiLetterOrDigit(from) || !isAsciiLetterOrDigit(to) || to < from
                    || members.length() + (to - from + 1) > FEW_CHARS) {
                return null;
            }
            for (char c = from; c <= to; c++) {
                members.append(c);
            }
        }
        return members.length() == 0 ? null : members.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** One of the characters: each a literal. */
    private Need oneOf(String chars) {
        List<Need> each = new ArrayList<>();
        for (int i = 0; i < chars.length(); i++) {
            each.add(Need.literal(String.valueOf(chars.charAt(i)), fold));
        }
        return Need.either(each);
    }

    private void skipEscapeInClass() throws Unreadable {
        char e = take();
        if (e == 'Q') {
            quoted();
        } else if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && next('{')) {
            skipPast('}');
        } else if (e == 'c') {
            throw new Unreadable("a control character in a class");
        }
    }

    private Need escape() throws Unreadable {
        char e = take();
        if (!Character.isLetterOrDigit(e)) {
            return Need.literal(String.valueOf(e), fold);
        }
        switch (e) {
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> { return Need.EMPTY; }
            case 'd' -> { return asciiDigits ? oneOf(DIGITS) : Need.ANY; }
            case 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X', 't', 'n', 'r', 'f', 'a', 'e' -> {
                return Need.ANY;
            }
            case 'Q' -> { return Need.literal(quoted(), fold); }
            case 'p', 'P' -> {
                if (next('{')) {
                    skipPast('}');
                } else {
                    take();
                }
                return Need.ANY;
            }
            case 'x' -> {
                if (next('{')) {
                    skipPast('}');
                } else {
                    skip(2);
                }
                return Need.ANY;
            }
            case 'u' -> { skip(4); return Need.ANY; }
            case '0' -> { octal(); return Need.ANY; }
            case 'c' -> { skip(1); return Need.ANY; }
            case 'N' -> { expect('{'); skipPast('}'); return Need.ANY; }
            default -> throw new Unreadable("escape \\" + e);
        }
    }

    /** The digits of an octal escape after its {@code \0}: one to three, the third only after 0 to 3. */
    private void octal() throws Unreadable {
        char first = take();
        if (first < '0' || first > '7') {
            throw new Unreadable("an octal escape without digits");
        }
        if (at < regex.length() && isOctal(regex.charAt(at))) {
            at++;
            if (first <= '3' && at < regex.length() && isOctal(regex.charAt(at))) {
                at++;
            }
        }
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** The text of {@code \Q…\E} after the {@code \Q}. */
    private String quoted() {
        int end = regex.indexOf("\\E", at);
        String text = regex.substring(at, end < 0 ? regex.length() : end);
        at = end < 0 ? regex.length() : end + 2;
        return text;
    }

    private int number() throws Unreadable {
        int start = at;
        while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw new Unreadable("a bound without a number");
        }
        return Integer.parseInt(regex.substring(start, at));
    }

    private char take() throws Unreadable {
        if (at >= regex.length()) {
            throw new Unreadable("the expression ends early");
        }
        return regex.charAt(at++);
    }

    private boolean next(char c) {
        if (at < regex.length() && regex.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws Unreadable {
        if (!next(c)) {
            throw new Unreadable("expected " + c);
        }
    }

    private void skip(int n) throws Unreadable {
        for (int i = 0; i < n; i++) {
            take();
        }
    }

    private void skipPast(char c) throws Unreadable {
        while (take() != c) {
            // inside braces
        }
    }
}
