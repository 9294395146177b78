package de.werkbank.cli;

/** The process's exit codes, as every command uses them. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
