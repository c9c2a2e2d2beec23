package org.w3id.dmmkg.harvest.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.w3id.dmmkg.harvest.SourceException;

/**
 * HTTP as a guest: one request at a time, a pause between requests, a User-Agent that names
 * the tool, and when a server answers 429 or 503 it waits as long as {@code Retry-After} says
 * (or, without one, longer each time) before asking again.
 */
public final class PoliteClient {
    /** Tries of one request before giving up. */
    static final int TRIES = 5;
    /** The longest {@code Retry-After} honoured; a server asking for more is given up on. */
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final Duration delay;
    private final String userAgent;
    private final Sleeper sleeper;
    private long lastRequest;
    private int requests;

    /** How the client waits: the clock in production, a recorder in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public PoliteClient(Duration delay, String userAgent, Sleeper sleeper) {
        this.delay = delay;
        this.userAgent = userAgent;
        this.sleeper = sleeper;
    }

    /** An answer: status, content type and body. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    /** GETs {@code url}; 200 gives the answer, anything else after the retries a {@link SourceException}. */
    public Answer get(String url, String accept) throws SourceException {
        return find(url, accept).orElseThrow(() -> new SourceException(url + ": HTTP 404 (not found)"));
    }

    /** As {@link #get}, but a 404 or 410 (the thing is not there) is an empty answer. */
    public synchronized java.util.Optional<Answer> find(String url, String accept) throws SourceException {
        Duration backoff = delay.isZero() ? Duration.ofSeconds(1) : delay;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = send(url, accept);
            int status = response.statusCode();
            if (status == 200) {
                return java.util.Optional.of(new Answer(status, response.headers().firstValue("Content-Type").orElse(""),
                        response.body()));
            }
            if (status == 404 || status == 410) {
                return java.util.Optional.empty();
            }
            if ((status != 429 && status != 503 && status < 500) || attempt >= TRIES) {
                throw new SourceException(url + ": HTTP " + status + (attempt > 1 ? " after " + attempt + " tries" : ""));
            }
            Duration wait = retryAfter(response).orElse(backoff);
            if (wait.compareTo(MAX_WAIT) > 0) {
                throw new SourceException(url + ": HTTP " + status + ", asked to wait " + wait.toSeconds()
                        + " s; try again later");
            }
            pause(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** How many requests this client has sent. */
    public synchronized int requests() {
        return requests;
    }

    private HttpResponse<byte[]> send(String url, String accept) throws SourceException {
        long since = System.nanoTime() - lastRequest;
        if (requests > 0 && since < delay.toNanos()) {
            pause(Duration.ofNanos(delay.toNanos() - since));
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                    .header("User-Agent", userAgent).header("Accept", accept).GET().build();
        } catch (IllegalArgumentException e) {
            throw new SourceException(url + ": not a URL: " + e.getMessage(), e);
        }
        try {
            requests++;
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SourceException(url + ": cannot connect: " + reason, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(url + ": interrupted", e);
        } finally {
            lastRequest = System.nanoTime();
        }
    }

    private void pause(Duration d) throws SourceException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while waiting", e);
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(v -> {
            if (v.matches("\\d+")) {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return java.util.Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException e) {
                // Neither form: the client's own growing pause applies, as when the header is absent.
                return java.util.Optional.empty();
            }
        });
    }
}
