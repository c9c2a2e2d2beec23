package org.w3id.dmmkg.cli;

/** The exit codes of {@code dmm-kg}, a contract with scripts that call it. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Some input failed (a file that could not be loaded), or the command failed at run time. */
    public static final int FAILED = 1;
    /** The command line was wrong: an unknown option, a missing store for a command that only reads. */
    public static final int USAGE = 2;
    /** {@code validate}: the store does not conform to the shapes. */
    public static final int NOT_CONFORMING = 3;
    /** Something the command needs is held by another process: the store, or the port. */
    public static final int IN_USE = 4;

    private ExitCodes() {
    }

}
