package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.w3id.dmmkg.harvest.SourceException;
import org.w3id.dmmkg.harvest.reconcile.Candidate;
import org.w3id.dmmkg.harvest.reconcile.Entity;
import org.w3id.dmmkg.harvest.reconcile.Reconciler;
import org.w3id.dmmkg.harvest.reconcile.ReviewFile;
import org.w3id.dmmkg.harvest.reconcile.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dmm-kg reconcile}: Wikidata candidates for the vocabulary's entities, reviewed before they become links. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Propose Wikidata matches for the vocabulary's missions, initiatives, organisations, places "
            + "and people that have no Wikidata link yet: ask a SPARQL endpoint for items whose label or alias is one "
            + "of their names, of the classes the ontology expects (dmm:wikidataClass), and write the candidates with "
            + "scores to a review file (Turtle, skos:closeMatch).",
            "A curator changes the right candidates to skos:exactMatch; --accept FILE then writes those into the "
                + "vocabulary as owl:sameAs. Nothing unreviewed becomes a link."})
public final class ReconcileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = Reconciler.WIKIDATA_ENDPOINT,
            description = "The SPARQL endpoint to ask. Default: ${DEFAULT-VALUE}")
    String endpoint;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "reconcile-review.ttl",
            description = "The review file to write (never overwritten). Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--kind", paramLabel = "CLASS", description = "Only entities of this class (repeatable): mission, "
            + "initiative, organisation, place, minister.")
    List<String> kinds;

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "0.4",
            description = "Leave out candidates scoring less (0 to 1). Default: ${DEFAULT-VALUE}")
    double minScore;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "3",
            description = "At most N candidates per entity. Default: ${DEFAULT-VALUE}")
    int perEntity;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Pause between two queries. Default: ${DEFAULT-VALUE} s")
    double delay;

    @Option(names = "--ontology", paramLabel = "DIR", description = "The ontology folder (dmm.ttl, vocabulary/). "
            + "Default: the project's, else the one in the jar")
    Path ontology;

    @Option(names = "--accept", paramLabel = "FILE", description = "Write the links a curator accepted in this review "
            + "file (skos:exactMatch) into the vocabulary, as owl:sameAs beside each entity.")
    Path accept;

    @Override
    public Integer call() throws Exception {
        Path folder = ontology != null ? ontology : Home.ontology();
        Vocabulary vocabulary = Vocabulary.read(folder);
        return accept != null ? accept(vocabulary) : propose(vocabulary);
    }

    private int propose(Vocabulary vocabulary) throws IOException {
        if (Files.exists(out)) {
            throw new ParameterException(spec.commandLine(), out + " exists and may hold a curator's work: accept it "
                    + "with --accept " + out + ", or name another --out");
        }
        List<Entity> entities = vocabulary.unlinked(kinds == null ? java.util.Set.of()
                : new HashSet<>(kinds.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList()));
        Reconciler reconciler = new Reconciler(endpoint, Duration.ofMillis(Math.round(delay * 1000)),
                "dmm-kg/" + Home.version() + " (+https://w3id.org/dmm-kg)", vocabulary.classes(), minScore, perEntity);
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), System.console() != null, "entities");
        bar.start(entities.size());
        List<Candidate> candidates = new ArrayList<>();
        int failed = 0;
        int matched = 0;
        for (Entity e : entities) {
            try {
                List<Candidate> found = reconciler.candidates(e);
                candidates.addAll(found);
                matched += found.isEmpty() ? 0 : 1;
            } catch (SourceException ex) {
                failed++;
                bar.line(e.iri() + ": " + Messages.oneLine(ex.getMessage()));
            }
            bar.step();
        }
        bar.finish();
        ReviewFile.write(out, candidates, endpoint);
        spec.commandLine().getOut().printf(Locale.ROOT, "reconcile: %d entities without a Wikidata link, %d candidates "
                + "for %d of them, %d failed (%d queries); review %s, then: dmm-kg reconcile --accept %s%n",
                entities.size(), candidates.size(), matched, failed, reconciler.requests(), out, out);
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** Adds each accepted link to the vocabulary file that declares its entity, as owl:sameAs. */
    private int accept(Vocabulary vocabulary) throws IOException {
        if (ontology == null && Home.dir().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the vocabulary inside the jar cannot be changed: name the "
                    + "project's ontology folder with --ontology DIR (or set " + Home.ENVIRONMENT + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, StringBuilder> additions = new TreeMap<>();
        int added = 0;
        int refused = 0;
        for (Statement link : ReviewFile.accepted(accept)) {
            String entity = link.getSubject().stringValue();
            String item = link.getObject().stringValue();
            var file = vocabulary.fileOf(entity);
            if (file.isEmpty()) {
                refused++;
                err.println(entity + ": not in the vocabulary; add the entity there first");
            } else if (!vocabulary.states(entity, item)) {
                additions.computeIfAbsent(file.get(), f -> new StringBuilder("\n# Accepted from a dmm-kg reconcile review ("
                        + accept.getFileName() + ", " + LocalDate.now() + ").\n"))
                        .append("<").append(entity).append("> <").append(OWL.SAMEAS).append("> <").append(item).append("> .\n");
                added++;
            }
        }
        for (var e : additions.entrySet()) {
            Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "accepted %d links into %s (%d refused, %d candidates left "
                + "unreviewed); the vocabulary changed, so the next load extracts every letter again%n", added,
                additions.keySet().stream().map(p -> p.getFileName().toString()).toList(), refused,
                ReviewFile.unreviewed(accept));
        return refused > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
