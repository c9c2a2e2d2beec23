package org.w3id.dmmkg.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures of one evaluation: a tally per category, and the letters the graph lacks. */
public final class Score {
    private static final List<String> CATEGORIES = List.of("letter", "primary", "meetings", "kamerstukken", "missions",
            "initiatives", "ministers", "commitments", "concerns");

    private final Map<String, Tally> categories = new LinkedHashMap<>();
    private final List<String> missingLetters = new ArrayList<>();
    private final int letters;

    Score(int letters, boolean withIdentity) {
        this.letters = letters;
        CATEGORIES.forEach(c -> categories.put(c, new Tally()));
        if (withIdentity) {
            categories.put("identity", new Tally());
        }
    }

    Tally category(String name) {
        return categories.get(name);
    }

    void missing(String file) {
        missingLetters.add(file);
    }

    /** The categories in report order: letter, primary, meetings, …, concerns, identity (when scored). */
    public Map<String, Tally> categories() {
        return java.util.Collections.unmodifiableMap(categories);
    }

    public List<String> missingLetters() {
        return List.copyOf(missingLetters);
    }

    /** The F1 over every category's counts together. */
    public double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Tally t : categories.values()) {
            tp += t.truePositives();
            fp += t.falsePositives();
            fn += t.falseNegatives();
        }
        return Tally.f1(Tally.ratio(tp, tp + fp), Tally.ratio(tp, tp + fn));
    }

    /** The table, per category, then the line naming letters the graph lacks (if any). */
    public String table() {
        StringBuilder b = new StringBuilder(String.format("%-14s%7s%7s%7s%5s%5s%5s%n", "category", "P", "R", "F1", "tp",
                "fp", "fn"));
        categories.forEach((name, t) -> b.append(String.format("%-14s%7s%7s%7s%5d%5d%5d%n", name,
                Tally.fixed(t.precision(), 2), Tally.fixed(t.recall(), 2), Tally.fixed(t.f1(), 2), t.truePositives(),
                t.falsePositives(), t.falseNegatives())));
        if (!missingLetters.isEmpty()) {
            b.append("letters not in the graph: ").append(String.join(", ", missingLetters)).append('\n');
        }
        return b.toString();
    }

    /** Every miss and extra, with the letter it is in, each line prefixed by its category. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        categories.forEach((name, t) -> t.notes().forEach(n -> out.add("  [" + name + "] " + n)));
        return out;
    }

    /** {@code score: micro-F1 0.912 over 8 letters (letter 0.95, primary 0.88, …)}. */
    public String closingLine() {
        String parts = categories.entrySet().stream().map(e -> e.getKey() + " " + Tally.fixed(e.getValue().f1(), 2))
                .collect(Collectors.joining(", "));
        return "score: micro-F1 " + Tally.fixed(microF1(), 3) + " over " + letters + " letters (" + parts + ")";
    }

    /** The whole report: the table, with {@code verbose} every note, and the closing line. */
    public String report(boolean verbose) {
        StringBuilder b = new StringBuilder(table());
        if (verbose) {
            notes().forEach(n -> b.append(n).append('\n'));
        }
        return b.append(closingLine()).append('\n').toString();
    }

    /** An extracted entity's attributes for a note: each column with its first values. */
    static String describe(Map<String, Set<String>> attributes) {
        Map<String, List<String>> shown = new TreeMap<>();
        attributes.forEach((k, v) -> shown.put(k, v.stream().sorted().limit(4).toList()));
        return shown.toString();
    }
}
