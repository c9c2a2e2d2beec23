package org.w3id.dmmkg.bench;

import java.time.Duration;
import org.w3id.dmmkg.loader.LetterException;

/**
 * Untimed rounds before the timed ones: at least {@code rounds} of them, and more until
 * {@code time} has passed. The JIT settles slowly on extraction (some forty patterns, each
 * compiled into its own nodes): on the first 300 generated letters, a round after 5 warm-up
 * rounds (about 4 s) ran some 20% slower than a round after 15 s or more, so a count of rounds
 * alone timed the compiler at work, the more so on a slow machine.
 *
 * @param rounds at least this many rounds
 * @param time and rounds until this much time has passed
 */
public record Warmup(int rounds, Duration time) {
    /** The least number of rounds by default. */
    static final int DEFAULT_ROUNDS = 5;
    /** The least time by default, in seconds. */
    static final int DEFAULT_SECONDS = 20;
    /** What {@code bench extract} and the scale benchmark do by default. */
    public static final Warmup DEFAULT = new Warmup(DEFAULT_ROUNDS, Duration.ofSeconds(DEFAULT_SECONDS));

    public Warmup {
        if (rounds < 0 || time.isNegative()) {
            throw new IllegalArgumentException("a warm-up of " + rounds + " rounds and " + time + " is not one");
        }
    }

    /** Only a number of rounds, however long they take. */
    public static Warmup rounds(int rounds) {
        return new Warmup(rounds, Duration.ZERO);
    }

    /** The same number of rounds, twice the time: for two builds warmed up in turns, each its share. */
    Warmup twice() {
        return new Warmup(rounds, time.multipliedBy(2));
    }

    /** What a warm-up did: how many rounds, in how many seconds. */
    public record Done(int rounds, double seconds) {
    }

    /** One untimed round. */
    @FunctionalInterface
    interface Round {
        void run() throws LetterException;
    }

    Done run(Round round) throws LetterException {
        long t0 = System.nanoTime();
        long limit = time.toNanos();
        int done = 0;
        while (done < rounds || System.nanoTime() - t0 < limit) {
            round.run();
            done++;
        }
        return new Done(done, (System.nanoTime() - t0) / 1e9);
    }
}
