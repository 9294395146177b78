package de.werkbank.store;

import de.werkbank.plan.PlanChange;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a shared store tells the other clients about a stored change (PostgreSQL {@code NOTIFY} on the
 * channel {@value #CHANNEL}, ADR 24): only what changed — the cards, renumbered columns and sheets by id,
 * flags for columns, swimlanes, catalogue and workshop — and who sent it, so a client ignores its own.
 * Written as {@code 1;SENDER;cards;columns;sheets;flags} with ids separated by commas; a change too large
 * for a notification (PostgreSQL takes under 8,000 bytes) is sent as {@code *}: read everything again.
 */
final class ChangeNotice {

    static final String CHANNEL = "werkbank_changes";
    /** Leaves room below PostgreSQL's limit of 8,000 bytes per payload. */
    private static final int MAX_PAYLOAD = 7_000;

    private ChangeNotice() {
    }

    static String encode(String sender, PlanChange change) {
        String flags = (change.columnsChanged() ? "c" : "") + (change.swimlanesChanged() ? "l" : "")
                + (change.catalogueChanged() ? "k" : "") + (change.workshopChanged() ? "w" : "");
        String text = "1;" + sender + ";" + ids(change.cards()) + ";" + ids(change.renumberedColumns()) + ";"
                + ids(change.sheets()) + ";" + flags;
        return text.length() <= MAX_PAYLOAD ? text : "1;" + sender + ";*";
    }

    /** A notice that everything may have changed (an import replaced the content). */
    static String everything(String sender) {
        return "1;" + sender + ";*";
    }

    /** The sender of a notice. */
    static String sender(String payload) {
        String[] parts = payload.split(";", -1);
        return parts.length > 1 ? parts[1] : "";
    }

    /** The change a notice names, or empty when the receiver must read everything again. */
    static Optional<PlanChange> decode(String payload) {
        String[] parts = payload.split(";", -1);
        if (parts.length != 6 || !parts[0].equals("1")) {
            return Optional.empty();
        }
        try {
            String flags = parts[5];
            return Optional.of(new PlanChange(uuids(parts[2]), uuids(parts[3]), flags.contains("c"), uuids(parts[4]),
                    flags.contains("l"), flags.contains("k"), flags.contains("w")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private static Set<UUID> uuids(String text) {
        if (text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
