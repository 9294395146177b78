package de.werkbank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, as Maven wrote it into {@code werkbank-build.properties}. */
public final class Version {

    private Version() {
    }

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/werkbank-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "?";
        }
        return p.getProperty("version", "?");
    }
}
