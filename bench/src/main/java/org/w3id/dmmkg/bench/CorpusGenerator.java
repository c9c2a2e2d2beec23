package org.w3id.dmmkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scale corpus made from the seed letters, repeatable from its seed: each letter takes a
 * seed's head and closing and a body of paragraphs from several seeds, with its years
 * shifted, its meeting places and paper numbers changed and its amounts varied, so that the
 * extractors do real work on every letter. Every letter says on its first line that it is
 * generated.
 */
public final class CorpusGenerator {
    private static final String[] PLACES = {"Brussel", "Vilnius", "Madrid", "Washington", "Den Haag", "Warschau",
        "Londen", "Praag", "Riga", "Helsinki", "Stockholm", "Bratislava", "Rome", "Luxemburg"};
    private static final Pattern YEAR = Pattern.compile("\\b(20[0-2]\\d)\\b");
    private static final Pattern NUMBER = Pattern.compile("(nr\\.\\s*)(\\d+)");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+),(\\d) (miljoen|miljard)");
    private static final Pattern PLACE = Pattern.compile("\\b(Brussel|Vilnius|Madrid)\\b");

    private final List<List<String>> seeds = new ArrayList<>();

    /** @param seedLetters the letters to recombine */
    public CorpusGenerator(List<Path> seedLetters) throws IOException {
        for (Path p : seedLetters) {
            seeds.add(List.of(Files.readString(p, StandardCharsets.UTF_8).split("\n\\s*\n")));
        }
    }

    /** Writes {@code letters} generated letters into {@code out}; returns their files. */
    public List<Path> write(int letters, long seed, Path out) throws IOException {
        Files.createDirectories(out);
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < letters; i++) {
            Path f = out.resolve(String.format(Locale.ROOT, "gen-%06d.txt", i));
            Files.writeString(f, letter(random, i, seed), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    private String letter(Random random, int number, long seed) {
        List<String> template = seeds.get(random.nextInt(seeds.size()));
        List<String> paragraphs = new ArrayList<>(template);
        int swaps = 1 + random.nextInt(4);
        for (int s = 0; s < swaps && paragraphs.size() > 4; s++) {
            List<String> other = seeds.get(random.nextInt(seeds.size()));
            int at = 2 + random.nextInt(paragraphs.size() - 3);
            paragraphs.set(at, other.get(2 + random.nextInt(Math.max(1, other.size() - 3))));
        }
        String text = "GEGENEREERDE TESTBRIEF (dmm-kg bench corpus, seed " + seed + ", nr. " + number
                + "): geen echte brief.\n\n" + String.join("\n\n", paragraphs);
        int shift = random.nextInt(19) - 15;
        text = replace(YEAR, text, m -> String.valueOf(Integer.parseInt(m.group(1)) + shift));
        text = replace(NUMBER, text, m -> m.group(1) + (1 + random.nextInt(600)));
        text = replace(AMOUNT, text, m -> (1 + random.nextInt(40)) + "," + random.nextInt(10) + " " + m.group(3));
        String place = PLACES[random.nextInt(PLACES.length)];
        return replace(PLACE, text, m -> place);
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
