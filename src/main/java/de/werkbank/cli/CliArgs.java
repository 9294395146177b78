package de.werkbank.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A command's words: the flags it knows ({@code --x}) and between {@code min} and {@code max} others. */
final class CliArgs {

    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private CliArgs() {
    }

    /** @throws UsageException for an unknown flag or too few or too many other words */
    static CliArgs parse(String command, List<String> args, Set<String> knownFlags, int min, int max) {
        CliArgs parsed = new CliArgs();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                if (!knownFlags.contains(arg)) {
                    throw new UsageException("cli.unexpectedArgument", command, arg);
                }
                parsed.flags.add(arg);
            } else {
                parsed.positional.add(arg);
            }
        }
        if (parsed.positional.size() < min) {
            throw new UsageException("cli.missingArgument", command);
        }
        if (parsed.positional.size() > max) {
            throw new UsageException("cli.unexpectedArgument", command, parsed.positional.get(max));
        }
        return parsed;
    }

    /**
     * Takes {@code option VALUE} out of {@code args}.
     *
     * @return the value, or {@code null} if the option is not there
     * @throws UsageException if the value is missing
     */
    static String takeValue(List<String> args, String option) {
        int at = args.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
            throw new UsageException("cli.missingValue", option);
        }
        String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }

    /** A file named on the command line; a name no file can have (a NUL character, say) is bad usage. */
    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("cli.badPath", name);
        }
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The {@code i}-th word that is no flag, or {@code null}. */
    String get(int i) {
        return i < positional.size() ? positional.get(i) : null;
    }
}
