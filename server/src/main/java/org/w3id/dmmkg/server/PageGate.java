package org.w3id.dmmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most so many pages made at once (entity and letter pages, the report, the description):
 * their queries are bounded by the query guard and timeout, but making a page is also Java
 * work over what the queries returned, which no timeout interrupts. A request that finds no
 * free place within the query timeout gets 503, so no number of slow pages can take every
 * thread or the heap.
 */
final class PageGate implements Filter {
    private final Semaphore places;
    private final long waitMillis;

    PageGate(int places, long waitMillis) {
        this.places = new Semaphore(places, true);
        this.waitMillis = waitMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean entered;
        try {
            entered = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            QueryApiServlet.plain((HttpServletResponse) response, 503, "busy: too many pages are being made; try again");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
