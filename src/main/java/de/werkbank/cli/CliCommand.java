package de.werkbank.cli;

import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.util.List;

/** A command that runs without a window, e.g. {@code init}. */
interface CliCommand {

    /**
     * @param args the words after the command's name
     * @return the exit code
     * @throws UsageException for arguments the command does not take
     */
    int run(List<String> args, StoreLocation store, PrintStream out);
}
