package org.w3id.dmmkg.server.queries;

/**
 * Which rows of a saved query's results a request asks for, grlc-style: page {@code number}
 * (1-based) of the query's {@code #+ pagination: N} rows, or every row ({@code page=all}, what
 * the downloads and the command line ask for by default).
 *
 * @param number the page, from 1; 0 for every row
 */
public record PageRequest(long number) {
    /** The request parameter that names the page. */
    public static final String PARAMETER = "page";
    /** Every row. */
    public static final PageRequest ALL = new PageRequest(0);
    /** The first page: what a request without {@code page} gets from a paged query. */
    public static final PageRequest FIRST = new PageRequest(1);
    /** The highest page number a request may name: far past any result the server gives. */
    public static final long MAX_PAGE = 1_000_000;

    public PageRequest {
        if (number < 0 || number > MAX_PAGE) {
            throw new IllegalArgumentException("parameter page: " + number + " is not from 1 to " + MAX_PAGE);
        }
    }

    /**
     * The page a request's {@code page} parameter names.
     *
     * @param raw the parameter's value; {@code null} when it was not given
     * @throws IllegalArgumentException for anything but a number from 1 to {@link #MAX_PAGE} or {@code all}
     */
    public static PageRequest parse(String raw) {
        if (raw == null) {
            return FIRST;
        }
        if (raw.equals("all")) {
            return ALL;
        }
        if (!raw.matches("[1-9][0-9]{0,6}") || Long.parseLong(raw) > MAX_PAGE) {
            throw new IllegalArgumentException("parameter page: '" + abbreviated(raw) + "' is not a page number from 1 to "
                    + MAX_PAGE + " nor 'all'");
        }
        return new PageRequest(Long.parseLong(raw));
    }

    /**
     * Takes the {@code page} parameter out of a request's parameters: what is left are the query's
     * own. A query that is not paged has one page, all of its rows.
     *
     * @throws IllegalArgumentException when {@code page} is repeated, not a page, or more than 1 of a query that is not paged
     */
    public static PageRequest take(CannedQuery q, java.util.Map<String, java.util.List<String>> values) {
        java.util.List<String> given = values.remove(PARAMETER);
        if (given != null && given.size() > 1) {
            throw new IllegalArgumentException("parameter page: given " + given.size() + " times; give it once");
        }
        PageRequest page = parse(given == null ? null : given.get(0));
        if (!q.paged() && page.number() > 1) {
            throw new IllegalArgumentException("parameter page: query " + q.name()
                    + " is not paged; its results are one page (page=1 or page=all)");
        }
        return q.paged() ? page : ALL;
    }

    public boolean all() {
        return number == 0;
    }

    /** The index of this page's first row among all of the query's rows, at {@code size} rows a page. */
    public long firstRow(int size) {
        return all() ? 0 : (number - 1) * size;
    }

    private static String abbreviated(String raw) {
        return raw.length() <= 20 ? raw : raw.substring(0, 20) + "…";
    }
}
