package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.store.QuadCollector;
import org.w3id.dmmkg.loader.LetterException;
import org.w3id.dmmkg.loader.LetterLoader;

/**
 * Seeded random input for the loader: random bytes, random Unicode, and seed letters with
 * lines deleted, duplicated or shuffled. The loader never hangs, throws nothing but a
 * {@link LetterException}, and what it yields conforms to the shapes.
 */
class LoaderFuzzTest {
    private static final long SEED = 20261123L;
    private static final int ROUNDS = 40;

    static LetterLoader loader;
    static Shapes shapes;
    static DatasetGraph reference;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        loader = LetterLoader.builder().ontology(Home.ontology()).build();
        shapes = Shapes.parse(RDFDataMgr.loadGraph(Home.ontology().resolve("shapes.ttl").toString()));
        reference = DatasetGraphFactory.create();
        QuadCollector sink = new QuadCollector();
        loader.writeReferenceGraphs(sink);
        sink.quads().forEach(reference::add);
    }

    @Test
    void randomBytes() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            if (i % 2 == 1) {
                // Half the rounds without NUL bytes, so that they reach the decoder and the extractors.
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] = bytes[k] == 0 ? (byte) ' ' : bytes[k];
                }
            }
            check(Files.write(tmp.resolve("bytes-" + i + ".txt"), bytes));
        }
    }

    @Test
    void randomUnicode() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < ROUNDS; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(3000);
            while (b.length() < n) {
                int cp = switch (random.nextInt(6)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x300 + random.nextInt(0x70);
                    case 2 -> 0x590 + random.nextInt(0x200);
                    case 3 -> 0x1F300 + random.nextInt(0x300);
                    case 4 -> "\n\n.-()0123456789 ".charAt(random.nextInt(17));
                    default -> 0x20 + random.nextInt(0x2FE0);
                };
                if (cp != 0 && !Character.isSurrogate((char) cp)) {
                    b.appendCodePoint(cp);
                }
            }
            check(Files.writeString(tmp.resolve("unicode-" + i + ".txt"), b, StandardCharsets.UTF_8));
        }
    }

    @Test
    void seedLettersWithLinesDeletedDuplicatedOrShuffled() throws Exception {
        Random random = new Random(SEED + 2);
        List<Path> seeds = Files.list(TestSupport.seeds()).sorted().toList();
        for (int i = 0; i < ROUNDS; i++) {
            List<String> lines = new ArrayList<>(Files.readAllLines(seeds.get(i % seeds.size()), StandardCharsets.UTF_8));
            for (int k = 0; k < 1 + random.nextInt(20); k++) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(3)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    default -> Collections.swap(lines, at, random.nextInt(lines.size()));
                }
                if (lines.isEmpty()) {
                    lines.add("x");
                }
            }
            if (random.nextInt(4) == 0) {
                Collections.shuffle(lines, random);
            }
            check(Files.write(tmp.resolve("mutated-" + i + ".txt"), lines, StandardCharsets.UTF_8));
        }
    }

    private static void check(Path file) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            QuadCollector sink = new QuadCollector();
            try {
                loader.load(file, sink);
            } catch (LetterException refused) {
                assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
                return;
            }
            DatasetGraph all = DatasetGraphFactory.create();
            reference.find().forEachRemaining(all::add);
            sink.quads().forEach(all::add);
            Graph union = all.getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, union);
            assertTrue(report.conforms(), () -> file + " does not conform:\n" + report.getEntries());
        }, file::toString);
    }

}
