package org.w3id.dmmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dmmkg.evaluation.DatasetSource;
import org.w3id.dmmkg.evaluation.Gold;
import org.w3id.dmmkg.evaluation.LetterGraphs;
import org.w3id.dmmkg.evaluation.Score;
import org.w3id.dmmkg.evaluation.Scorer;
import org.w3id.dmmkg.loader.LetterLoader;
import org.w3id.dmmkg.store.Store;
import org.w3id.dmmkg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg evaluate}: what was extracted, against hand-made gold. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extraction against hand-made gold (evaluation/README.md): precision, recall and F1 per "
                + "category, then the micro-F1 over all.",
            "Reads a store (--store), or loads the letters given into memory first.",
            "Example: dmm-kg evaluate --gold evaluation/dev/gold evaluation/dev/letters"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scoring ran (whatever the figures)", "1:the gold could not be read",
            "2:usage error, or no store at --store"})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of gold JSON files.")
    Path gold;

    @Option(names = "--store", paramLabel = "DIR", description = "Score this store instead of loading letters.")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and every extra, with its letter.")
    boolean verbose;

    @Parameters(paramLabel = "LETTERS", arity = "0..*", description = "Letter files or folders of them.")
    List<Path> letters = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((store == null) == letters.isEmpty()) {
            err.println("dmm-kg evaluate: give either --store DIR or letters (one of the two)");
            spec.commandLine().usage(err);
            return ExitCodes.USAGE;
        }
        Gold goldSet;
        try {
            goldSet = Gold.read(gold);
        } catch (IOException e) {
            err.println("dmm-kg evaluate: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Score score = store == null ? scoreLetters(goldSet, err) : scoreStore(goldSet);
        spec.commandLine().getOut().print(score.report(verbose));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Score scoreStore(Gold goldSet) {
        try (Store s = Store.open(StoreConfig.read(Home.config(), store))) {
            return Scorer.score(goldSet, new DatasetSource(s.dataset()));
        }
    }

    private Score scoreLetters(Gold goldSet, PrintWriter err) throws IOException {
        LetterLoader loader = Loaders.create(LetterLoader.DEFAULT_MAX_BYTES);
        var dataset = LetterGraphs.read(loader, letters, err::println);
        err.flush();
        return Scorer.score(goldSet, new DatasetSource(dataset));
    }
}
