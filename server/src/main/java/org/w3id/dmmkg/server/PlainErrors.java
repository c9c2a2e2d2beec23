package org.w3id.dmmkg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as one plain-text line: the status and its reason, and for a client
 * error Jetty's own message. Never HTML, never an exception's class or stack: an error that an
 * exception caused says only that the server failed.
 */
final class PlainErrors extends ErrorHandler {
    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
            String contentType, List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        String line = code + " " + HttpStatus.getMessage(code);
        if (cause == null && code < 500 && message != null && !message.isBlank()
                && !message.equals(HttpStatus.getMessage(code))) {
            line += ": " + oneLine(message);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** At most one line of 200 characters, without control characters. */
    static String oneLine(String text) {
        String line = text.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
