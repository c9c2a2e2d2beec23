package org.w3id.dmmkg.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** True and false positives and false negatives of one category, with a note for each miss and extra. */
public final class Tally {
    private int tp;
    private int fp;
    private int fn;
    private final List<String> notes = new ArrayList<>();

    void add(int truePositives, int falsePositives, int falseNegatives) {
        tp += truePositives;
        fp += falsePositives;
        fn += falseNegatives;
    }

    void note(String note) {
        notes.add(note);
    }

    public int truePositives() {
        return tp;
    }

    public int falsePositives() {
        return fp;
    }

    public int falseNegatives() {
        return fn;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    /** A ratio that is 1 when nothing was there to find or to get wrong. */
    static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /**
     * A figure with {@code places} decimals, rounded half to even on its exact binary value
     * (as Python's format does, so that both scorers print the same digits).
     */
    static String fixed(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
