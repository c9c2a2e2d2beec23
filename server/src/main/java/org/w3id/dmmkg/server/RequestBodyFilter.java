package org.w3id.dmmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every request body by what it is after decoding. A body is read here, before any
 * handler sees it, whatever its {@code Transfer-Encoding} (a stated length, chunked, or any
 * list of codings): at most the limit of raw bytes, then unpacked by its
 * {@code Content-Encoding} (gzip, deflate; any list of them) to at most the limit again. Over
 * the limit is 413 at once; the handlers get the decoded bytes.
 */
final class RequestBodyFilter implements Filter {
    /** A body up to this size that is refused anyway is read first, so the client sees the 413. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final long maxBytes;

    RequestBodyFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long declared = req.getContentLengthLong();
        if (declared <= 0 && req.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(LoggedQueryString.of(req), response);
            return;
        }
        if (declared > maxBytes) {
            if (declared <= DRAIN_LIMIT) {
                req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            }
            refuse(resp, 413, "request body of " + declared + " bytes is over the limit of " + maxBytes);
            return;
        }
        byte[] raw = readAtMost(req.getInputStream(), maxBytes);
        if (raw == null) {
            refuse(resp, 413, "request body is over the limit of " + maxBytes + " bytes");
            return;
        }
        byte[] body;
        try {
            body = BodyDecoding.decode(raw, req.getHeader("Content-Encoding"), maxBytes);
        } catch (BodyDecoding.UnsupportedCodingException e) {
            refuse(resp, 415, e.getMessage());
            return;
        } catch (BodyDecoding.TooLargeException e) {
            refuse(resp, 413, "request body is over the limit of " + maxBytes + " bytes once decoded");
            return;
        } catch (IOException e) {
            refuse(resp, 400, "request body does not decode as its Content-Encoding says");
            return;
        }
        chain.doFilter(LoggedQueryString.of(new BufferedRequest(req, body)), response);
    }

    /** The stream's bytes, or null when there are more than {@code max}. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setHeader("Connection", "close");
        QueryApiServlet.plain(resp, status, message);
    }
}
