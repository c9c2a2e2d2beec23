package org.w3id.dmmkg.server.guard;

/**
 * How much one public query may ask of the server, beside the time limit that the Fuseki
 * configuration sets.
 *
 * @param maxQueryChars   longer query texts are refused before they are parsed
 * @param maxStringChars  a string function (CONCAT, REPLACE, ENCODE_FOR_URI) whose result would be
 *                        longer fails the query
 * @param maxRegexProgram a regular expression that compiles to more RE2 instructions is refused
 * @param heapFraction    above this share of the maximum heap in use, the query that has allocated
 *                        most is cancelled
 */
public record QueryLimits(int maxQueryChars, int maxStringChars, int maxRegexProgram, double heapFraction) {
    public static final int DEFAULT_MAX_QUERY_CHARS = 100_000;
    public static final int DEFAULT_MAX_STRING_CHARS = 1_000_000;
    public static final int DEFAULT_MAX_REGEX_PROGRAM = 10_000;
    public static final double DEFAULT_HEAP_FRACTION = 0.8;

    public QueryLimits {
        if (maxQueryChars <= 0 || maxStringChars <= 0 || maxRegexProgram <= 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
        if (heapFraction <= 0 || heapFraction >= 1) {
            throw new IllegalArgumentException("the heap fraction lies between 0 and 1");
        }
    }

    /** The defaults. */
    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_MAX_QUERY_CHARS, DEFAULT_MAX_STRING_CHARS, DEFAULT_MAX_REGEX_PROGRAM,
                DEFAULT_HEAP_FRACTION);
    }
}
