package org.w3id.dmmkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failures a user meets most: each is one line that says what to do, with its documented exit code. */
class ErrorMessagesTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreThatAnotherProcessServesIsNamedWithWhatToDo() throws Exception {
        // The server loads the seeds into the empty store itself: a store this test process had
        // opened would stay locked by this process.
        Path store = tmp.resolve("store");
        Process serve = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-D" + Home.PROPERTY + "=" + TestSupport.home(), Main.class.getName(),
                "serve", "--port", "0", "--store", store.toString()).redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            awaitServing(serve, tmp.resolve("serve.err"));
            TestSupport query = TestSupport.run("query", "--store", store.toString(), "missions-across-meetings");
            assertEquals(ExitCodes.IN_USE, query.exitCode);
            TestSupport load = TestSupport.run("load", "--store", store.toString(), TestSupport.seeds().toString());
            assertEquals(ExitCodes.IN_USE, load.exitCode, "load, too, is told");
            assertEquals("dmm-kg query: " + store + " is used by another dmm-kg process, probably 'serve'; stop it, or query "
                    + "the running server: curl --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 10' "
                    + "http://127.0.0.1:3030/dmm/sparql\n", query.err.toString());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTakenPortIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            TestSupport serve = TestSupport.run("serve", "--port", String.valueOf(port), "--store", tmp.resolve("s").toString());
            assertEquals(ExitCodes.IN_USE, serve.exitCode);
            assertEquals("dmm-kg serve: port " + port + " is in use by another program; stop it, or choose another with --port\n",
                    serve.err.toString());
            assertFalse(Files.exists(tmp.resolve("s")), "nothing was created for a server that cannot listen");
        }
    }

    @Test
    void commandsThatOnlyReadRefuseAStoreThatIsNotThere() {
        Path missing = tmp.resolve("no-such-store");
        for (String[] args : new String[][] {{"query", "missions-across-meetings"}, {"validate"}, {"report"}, {"export"}}) {
            String[] full = java.util.stream.Stream.concat(java.util.stream.Stream.of(args[0], "--store", missing.toString()),
                    java.util.Arrays.stream(args).skip(1)).toArray(String[]::new);
            TestSupport run = TestSupport.run(full);
            assertEquals(ExitCodes.USAGE, run.exitCode, args[0]);
            assertEquals("dmm-kg " + args[0] + ": " + missing + ": no store here; only 'load' and 'serve' create one "
                    + "(is --store mistyped?)\n", run.err.toString());
            assertFalse(Files.exists(missing), args[0] + " created the folder");
        }
    }

    @Test
    void anUnreadableOntologyIsNamedInOneLine() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("ontology"));
        Files.writeString(home.resolve("ontology/dmm.ttl"), "this is not Turtle", StandardCharsets.UTF_8);
        String before = System.getProperty(Home.PROPERTY);
        System.setProperty(Home.PROPERTY, home.toString());
        try {
            TestSupport load = TestSupport.run("load", "--store", tmp.resolve("s").toString(), TestSupport.seeds().toString());
            assertEquals(ExitCodes.FAILED, load.exitCode);
            String err = load.err.toString();
            assertTrue(err.startsWith("dmm-kg load: cannot read the ontology: " + home.resolve("ontology/dmm.ttl") + ": "), err);
            assertEquals(1, err.lines().count(), err);
        } finally {
            System.setProperty(Home.PROPERTY, before);
        }
    }

    @Test
    void debugAddsTheStackTrace() {
        Path missing = tmp.resolve("no-such-store");
        TestSupport run = TestSupport.run("report", "--store", missing.toString(), "--debug");
        assertEquals(ExitCodes.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("at org.w3id.dmmkg.store.Store.open"), run.err.toString());
    }

    private static void awaitServing(Process serve, Path errors) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null;) {
            if (line.contains("SPARQL endpoint")) {
                return;
            }
        }
        throw new AssertionError("the server did not start: " + Files.readString(errors));
    }
}
