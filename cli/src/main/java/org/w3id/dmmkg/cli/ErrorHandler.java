package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import org.w3id.dmmkg.loader.OntologyException;
import org.w3id.dmmkg.server.PortInUseException;
import org.w3id.dmmkg.store.NoStoreException;
import org.w3id.dmmkg.store.StoreInUseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes what the user reads: one line saying what went wrong
 * and what to do, and a documented exit code. {@code --debug} adds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    /** The option that asks for stack traces. */
    static final String DEBUG = "--debug";

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("dmm-kg " + cli.getCommandName() + ": " + Messages.oneLine(message(e)));
        if (parsed.expandedArgs().contains(DEBUG)) {
            e.printStackTrace(err);
        } else if (exitCode(e) == ExitCodes.FAILED && !(e instanceof OntologyException)) {
            err.println("(run again with " + DEBUG + " for the details)");
        }
        err.flush();
        return exitCode(e);
    }

    static String message(Exception e) {
        if (e instanceof StoreInUseException s) {
            return s.store() + " is used by another dmm-kg process, probably 'serve'; stop it, or query the running "
                    + "server: curl --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 10' http://127.0.0.1:3030/dmm/sparql";
        }
        if (e instanceof NoStoreException n) {
            return n.store() + ": no store here; only 'load' and 'serve' create one (is --store mistyped?)";
        }
        if (e instanceof PortInUseException p) {
            return "port " + p.port() + " is in use by another program; stop it, or choose another with --port";
        }
        if (e instanceof OntologyException) {
            return e.getMessage();
        }
        return "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    static int exitCode(Exception e) {
        if (e instanceof StoreInUseException || e instanceof PortInUseException) {
            return ExitCodes.IN_USE;
        }
        return e instanceof NoStoreException ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
