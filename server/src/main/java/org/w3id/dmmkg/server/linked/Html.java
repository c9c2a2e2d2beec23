package org.w3id.dmmkg.server.linked;

/** Small helpers for server-side HTML: every text that comes from data or a request is escaped. */
final class Html {
    static final String STYLE = """
            body{font:15px/1.55 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
            header{background:#1d4e89;color:#fff;padding:14px 28px}header a{color:#cfe0ff}
            main{padding:18px 28px;max-width:1100px}h1{margin:0;font-size:24px}
            .iri{font-family:monospace;font-size:13px;color:#cfe0ff;word-break:break-all}
            section{background:#fff;border:1px solid #d9dde3;border-radius:8px;padding:12px 18px;margin:0 0 14px}
            h2{font-size:17px;margin:0 0 8px}table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{border-top:1px solid #e3e6ea;padding:4px 6px;text-align:left;vertical-align:top}
            th{width:28%;color:#4a5561;font-weight:600}blockquote{margin:6px 0;padding:4px 10px;
            border-left:3px solid #1d4e89;background:#f1f4f9}mark{background:#ffe58f;padding:0 1px}
            .letter-text{white-space:pre-wrap;font-family:Georgia,serif;font-size:15px}
            .formats a{margin-right:10px}.small{font-size:13px;color:#5a6470}
            """;

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link whose target and text are both escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static String page(String title, String iri, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + " · dmm-kg</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>"
                + STYLE + "</style></head><body><header><div class=\"small\"><a href=\"/\">dmm-kg</a> · "
                + "<a href=\"/queries\">saved queries</a> · <a href=\"/report\">report</a></div><h1>" + esc(title)
                + "</h1><div class=\"iri\">" + esc(iri) + "</div></header><main>" + body + "</main></body></html>";
    }
}
