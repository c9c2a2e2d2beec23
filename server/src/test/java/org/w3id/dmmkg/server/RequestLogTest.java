package org.w3id.dmmkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Fuseki's request log no longer repeats long queries whole (one attack left a 261 MB log). */
class RequestLogTest {
    @Test
    void queryInTheLogIsOneLineOfAFewHundredCharacters() {
        String query = "SELECT * {\n ?s ?p ?o }\n#" + "x".repeat(5_000_000);
        String logged = PublicQuery.forLog(query);
        assertTrue(logged.length() < PublicQuery.LOGGED_CHARS + 40, logged.length() + "");
        assertTrue(logged.startsWith("SELECT * { ?s ?p ?o } #xxx"), logged);
        assertTrue(logged.endsWith("(5000024 characters)"), logged);
        assertEquals("ASK {}", PublicQuery.forLog("ASK {}"));
    }

    @Test
    void longQueryStringIsCutWhereTheLogReadsIt() {
        String qs = "query=" + "x".repeat(400_000);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getQueryString") ? qs : null);
        HttpServletRequest wrapped = LoggedQueryString.of(request);
        assertTrue(wrapped.getQueryString().length() < PublicQuery.LOGGED_CHARS + 40);
        assertTrue(wrapped.getQueryString().endsWith("(400006 characters)"), wrapped.getQueryString());
    }
}
