package de.werkbank.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A shared store's address as the user writes it, {@code postgresql://HOST[:PORT]/DATABASE[?user=…&sslmode=…]}
 * (ADR 24): the host, port (5432 unless given), database, user ({@code user=}, else {@code PGUSER},
 * else the login name) and the further parameters the JDBC driver takes ({@code sslmode}, …). A password
 * in the address is refused: it would stand in the process list and the shell's history.
 */
public record SharedStoreUrl(String host, int port, String database, String user, Map<String, String> parameters) {

    public static final int DEFAULT_PORT = 5432;
    private static final Pattern URL = Pattern.compile(
            "postgres(?:ql)?://(\\[[^]]+]|[^:/?#\\[]+)(?::(\\d{1,5}))?/([^/?#]+)(?:\\?(.*))?");

    public SharedStoreUrl {
        parameters = Map.copyOf(parameters);
    }

    /** Whether the text names a shared store (not a folder). */
    public static boolean isShared(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://");
    }

    /**
     * Reads an address.
     *
     * @throws StoreException naming what is wrong (in the UI language)
     */
    public static SharedStoreUrl parse(String text) {
        Matcher m = URL.matcher(text.strip());
        if (!m.matches()) {
            throw new StoreException("store.shared.badUrl", text);
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new StoreException("store.shared.badUrl", text);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new StoreException("store.shared.badUrl", text);
                }
                parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        if (parameters.containsKey("password")) {
            throw new StoreException("store.shared.passwordInUrl");
        }
        String user = parameters.remove("user");
        if (user == null || user.isBlank()) {
            String env = System.getenv("PGUSER");
            user = env != null && !env.isBlank() ? env : System.getProperty("user.name");
        }
        return new SharedStoreUrl(m.group(1), port, decode(m.group(3)), user, parameters);
    }

    /** The address for the JDBC driver (the user and password go separately). */
    public String jdbcUrl() {
        String query = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address as the user writes it, with the user and without a password. */
    public String displayName() {
        StringBuilder b = new StringBuilder("postgresql://").append(host).append(':').append(port).append('/')
                .append(database).append("?user=").append(user);
        parameters.forEach((k, v) -> b.append('&').append(k).append('=').append(v));
        return b.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
