package org.w3id.dmmkg.harvest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.harvest.SourceException;

/** The client's manners, against a loopback server: Retry-After, backing off, the pause, the User-Agent. */
class PoliteClientTest {
    HttpServer server;
    String url;
    /** What the server answers next: status and Retry-After (or null), then 200 "ok". */
    final Deque<String[]> answers = new ArrayDeque<>();
    final List<String> agents = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            String[] next = answers.isEmpty() ? new String[] {"200", null} : answers.poll();
            if (next[1] != null) {
                ex.getResponseHeaders().add("Retry-After", next[1]);
            }
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(Integer.parseInt(next[0]), body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    PoliteClient client(Duration delay) {
        return new PoliteClient(delay, "dmm-kg/test (+https://w3id.org/dmm-kg)", waits::add);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysInSecondsOrAsADate() throws Exception {
        answers.add(new String[] {"429", "7"});
        answers.add(new String[] {"503", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(30))});
        assertEquals("ok", new String(client(Duration.ZERO).get(url, "*/*").body(), StandardCharsets.UTF_8));
        assertEquals(Duration.ofSeconds(7), waits.get(0));
        assertTrue(waits.get(1).toSeconds() >= 28 && waits.get(1).toSeconds() <= 30, waits.toString());
        assertEquals(3, agents.size());
        assertTrue(agents.stream().allMatch(a -> a.equals("dmm-kg/test (+https://w3id.org/dmm-kg)")));
    }

    @Test
    void withoutRetryAfterItWaitsLongerEachTimeAndGivesUpAfterFiveTries() {
        for (int i = 0; i < 5; i++) {
            answers.add(new String[] {"503", null});
        }
        SourceException e = assertThrows(SourceException.class, () -> client(Duration.ofSeconds(1)).get(url, "*/*"));
        assertEquals(url + ": HTTP 503 after 5 tries", e.getMessage());
        List<Duration> backoff = waits.stream().filter(d -> d.toMillis() >= 1000).toList();
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)),
                backoff);
    }

    @Test
    void aServerAskingForMoreThanAQuarterOfAnHourIsGivenUpOn() {
        answers.add(new String[] {"429", "86400"});
        SourceException e = assertThrows(SourceException.class, () -> client(Duration.ZERO).get(url, "*/*"));
        assertEquals(url + ": HTTP 429, asked to wait 86400 s; try again later", e.getMessage());
    }

    @Test
    void pausesBetweenRequestsAndTakes404ForAbsence() throws Exception {
        PoliteClient client = client(Duration.ofMillis(300));
        client.get(url, "*/*");
        answers.add(new String[] {"404", null});
        assertTrue(client.find(url, "*/*").isEmpty());
        assertEquals(1, waits.size(), "one pause before the second request: " + waits);
        assertTrue(waits.get(0).toMillis() > 0 && waits.get(0).toMillis() <= 300, waits.toString());
        assertEquals(2, client.requests());
    }
}
