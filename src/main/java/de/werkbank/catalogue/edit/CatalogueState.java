package de.werkbank.catalogue.edit;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueWriter;
import de.werkbank.catalogue.FieldChange;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanRuleException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The checks every catalogue command makes before it writes: a tool or field must still be as the
 * command last left it (else someone changed it meanwhile), ids stay unique, fields exist. The row's
 * version is read before that check and the write is made only if the row still has it, so a change
 * stored by someone else between the check and the write is refused too.
 */
final class CatalogueState {

    private CatalogueState() {
    }

    /**
     * @return the stored tool's version
     * @throws PlanConflictException when the stored tool is not {@code expected}
     */
    static int expect(CatalogueWriter writer, Werkzeug expected) {
        Integer version = writer.werkzeugVersions().get(expected.id());
        Werkzeug now = writer.load().werkzeugeById().get(expected.id());
        if (version == null || !expected.equals(now)) {
            throw PlanConflictException.werkzeug(expected.code());
        }
        return version;
    }

    static CatalogueWriter.FieldVersions expect(CatalogueWriter writer, Handlungsfeld expected, String vision) {
        CatalogueWriter.FieldVersions versions = writer.handlungsfeldVersions().get(expected.key());
        Catalogue now = writer.load();
        if (versions == null || !now.handlungsfeld(expected.key()).map(expected::equals).orElse(false)
                || !now.zukunftsbild(expected.key()).equals(vision)) {
            throw PlanConflictException.handlungsfeld(expected.shortName());
        }
        return versions;
    }

    /** @throws PlanRuleException when the tool cannot stand in {@code catalogue} as it is */
    static void fits(Catalogue catalogue, Werkzeug tool) {
        if (tool.title().isBlank()) {
            throw new PlanRuleException("catalogue.titleMissing", tool.code());
        }
        if (catalogue.handlungsfeld(tool.handlungsfeld()).isEmpty()) {
            throw new PlanRuleException("catalogue.unknownField", tool.code(), tool.handlungsfeld());
        }
        boolean taken = catalogue.werkzeuge().stream()
                .anyMatch(w -> w.code().equalsIgnoreCase(tool.code()) && !w.id().equals(tool.id()));
        if (taken) {
            throw new PlanRuleException("catalogue.codeTaken", tool.code());
        }
    }

    static void insert(CatalogueWriter writer, Werkzeug tool) {
        fits(writer.load(), tool);
        writer.insertWerkzeug(tool);
    }

    static void delete(CatalogueWriter writer, Werkzeug tool) {
        int version = expect(writer, tool);
        int cards = writer.cardsUsing(tool.id());
        if (cards > 0) {
            throw new PlanRuleException("catalogue.inUse", tool.code(), cards);
        }
        writer.deleteWerkzeug(tool, version);
    }

    /** Turns {@code from} into {@code to}, if the stored tool is still {@code from}. */
    static void change(CatalogueWriter writer, Werkzeug from, Werkzeug to) {
        int version = expect(writer, from);
        fits(writer.load(), to);
        writer.updateWerkzeug(to, version);
    }

    static void change(CatalogueWriter writer, Handlungsfeld from, String visionFrom, Handlungsfeld to, String visionTo) {
        CatalogueWriter.FieldVersions versions = expect(writer, from, visionFrom);
        writer.updateHandlungsfeld(to, versions.field());
        if (!visionTo.equals(visionFrom)) {
            writer.setZukunftsbild(to, visionTo, versions.vision());
        }
    }

    static void fieldsForward(CatalogueWriter writer, List<FieldChange> changes) {
        changes.forEach(c -> change(writer, c.before(), c.visionBefore(), c.after(), c.visionAfter()));
    }

    static void fieldsBack(CatalogueWriter writer, List<FieldChange> changes) {
        changes.forEach(c -> change(writer, c.after(), c.visionAfter(), c.before(), c.visionBefore()));
    }

    /**
     * The catalogue loaded once for many tool changes in one step (an import), kept up to date as they
     * are written: each change is checked as {@link #insert}, {@link #change} and {@link #delete} check
     * it, but in constant time, so a step of n tools costs n writes and not n loads of the catalogue.
     */
    static final class Batch {

        private final CatalogueWriter writer;
        private final Catalogue loaded;
        private final Map<UUID, Werkzeug> byId;
        private final Map<UUID, Integer> versions;
        private final Map<String, UUID> idByCode = new HashMap<>();

        Batch(CatalogueWriter writer) {
            this.writer = writer;
            this.versions = new HashMap<>(writer.werkzeugVersions());
            this.loaded = writer.load();
            this.byId = new HashMap<>(loaded.werkzeugeById());
            byId.values().forEach(w -> idByCode.put(codeKey(w.code()), w.id()));
        }

        void insert(Werkzeug tool) {
            fits(tool);
            writer.insertWerkzeug(tool);
            versions.put(tool.id(), 0);
            stored(tool);
        }

        void change(Werkzeug from, Werkzeug to) {
            int version = expect(from);
            fits(to);
            writer.updateWerkzeug(to, version);
            versions.put(to.id(), version + 1);
            idByCode.remove(codeKey(from.code()), from.id());
            stored(to);
        }

        void delete(Werkzeug tool) {
            int version = expect(tool);
            int cards = writer.cardsUsing(tool.id());
            if (cards > 0) {
                throw new PlanRuleException("catalogue.inUse", tool.code(), cards);
            }
            writer.deleteWerkzeug(tool, version);
            versions.remove(tool.id());
            byId.remove(tool.id());
            idByCode.remove(codeKey(tool.code()), tool.id());
        }

        private int expect(Werkzeug expected) {
            Integer version = versions.get(expected.id());
            if (version == null || !expected.equals(byId.get(expected.id()))) {
                throw PlanConflictException.werkzeug(expected.code());
            }
            return version;
        }

        private void fits(Werkzeug tool) {
            if (tool.title().isBlank()) {
                throw new PlanRuleException("catalogue.titleMissing", tool.code());
            }
            if (loaded.handlungsfeld(tool.handlungsfeld()).isEmpty()) {
                throw new PlanRuleException("catalogue.unknownField", tool.code(), tool.handlungsfeld());
            }
            UUID holder = idByCode.get(codeKey(tool.code()));
            if (holder != null && !holder.equals(tool.id())) {
                throw new PlanRuleException("catalogue.codeTaken", tool.code());
            }
        }

        private void stored(Werkzeug tool) {
            byId.put(tool.id(), tool);
            idByCode.put(codeKey(tool.code()), tool.id());
        }

        private static String codeKey(String code) {
            return code.toUpperCase(Locale.ROOT);
        }
    }

    /** The list back to front, so undo takes steps back in the opposite order. */
    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
