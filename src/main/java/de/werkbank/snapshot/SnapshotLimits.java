package de.werkbank.snapshot;

import de.werkbank.snapshot.SnapshotDocument.ActorDoc;
import de.werkbank.snapshot.SnapshotDocument.AreaDoc;
import de.werkbank.snapshot.SnapshotDocument.CardDoc;
import de.werkbank.snapshot.SnapshotDocument.ColumnDoc;
import de.werkbank.snapshot.SnapshotDocument.FieldDoc;
import de.werkbank.snapshot.SnapshotDocument.HistoryDoc;
import de.werkbank.snapshot.SnapshotDocument.IndicatorDoc;
import de.werkbank.snapshot.SnapshotDocument.SheetDoc;
import de.werkbank.snapshot.SnapshotDocument.StepDoc;
import de.werkbank.snapshot.SnapshotDocument.ToolDoc;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The sizes and required values of a snapshot, as its JSON Schema states them ({@code maxLength},
 * {@code maxItems}, {@code minimum}, non-null fields): checked while reading so that a file the store
 * could not hold is refused with the JSON path of the value, before the store is touched.
 */
final class SnapshotLimits {

    private static final Pattern COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    private static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999999");

    private SnapshotLimits() {
    }

    static void check(SnapshotDocument d) {
        present(d.exportedAt(), "$.exportedAt");
        present(d.personalData(), "$.personalData");
        present(d.app(), "$.app");
        text(d.app().name(), 0, 100, "$.app.name");
        text(d.app().version(), 0, 100, "$.app.version");
        present(d.catalogue(), "$.catalogue");
        present(d.catalogue().version(), "$.catalogue.version");
        if (d.catalogue().version() < 1) {
            throw new SnapshotException("snapshot.outOfRange", "$.catalogue.version");
        }
        List<FieldDoc> fields = list(d.catalogue().handlungsfelder(), 100, "$.catalogue.handlungsfelder");
        for (int i = 0; i < fields.size(); i++) {
            field(fields.get(i), "$.catalogue.handlungsfelder[" + i + "]");
        }
        List<ToolDoc> tools = list(d.catalogue().werkzeuge(), 10_000, "$.catalogue.werkzeuge");
        for (int i = 0; i < tools.size(); i++) {
            tool(tools.get(i), "$.catalogue.werkzeuge[" + i + "]");
            retiredFromVersion3(tools.get(i), d.formatVersion(), "$.catalogue.werkzeuge[" + i + "].retired");
        }
        List<AreaDoc> areas = list(d.areas(), 100_000, "$.areas");
        for (int i = 0; i < areas.size(); i++) {
            AreaDoc a = areas.get(i);
            String at = "$.areas[" + i + "]";
            present(a.id(), at + ".id");
            text(a.key(), 1, 40, at + ".key");
            text(a.name(), 0, 200, at + ".name");
            present(a.level(), at + ".level");
            optionalText(a.parent(), 40, at + ".parent");
        }
        List<ActorDoc> registry = list(d.registry(), 10_000, "$.registry");
        for (int i = 0; i < registry.size(); i++) {
            ActorDoc a = registry.get(i);
            String at = "$.registry[" + i + "]";
            present(a.id(), at + ".id");
            present(a.kind(), at + ".kind");
            text(a.name(), 1, 200, at + ".name");
            text(a.shortName(), 0, 20, at + ".shortName");
            text(a.role(), 0, 200, at + ".role");
        }
        if (d.plan() != null) {
            plan(d.plan());
        }
        List<HistoryDoc> history = list(d.history(), 5_000_000, "$.history");
        for (int i = 0; i < history.size(); i++) {
            HistoryDoc h = history.get(i);
            String at = "$.history[" + i + "]";
            present(h.id(), at + ".id");
            present(h.at(), at + ".at");
            text(h.who(), 0, 100, at + ".who");
            text(h.description(), 0, 1000, at + ".description");
            if (h.change() != null && !h.change().isNull() && !h.change().path("kind").isTextual()) {
                throw new SnapshotException("snapshot.missing", at + ".change.kind");
            }
        }
    }

    private static void field(FieldDoc f, String at) {
        present(f.id(), at + ".id");
        text(f.key(), 1, 40, at + ".key");
        text(f.shortName(), 0, 100, at + ".shortName");
        text(f.title(), 0, 200, at + ".title");
        text(f.colour(), 7, 7, at + ".colour");
        if (!COLOUR.matcher(f.colour()).matches()) {
            throw new SnapshotException("snapshot.badColour", f.colour(), at + ".colour");
        }
        optionalText(f.zukunftsbild(), 20_000, at + ".zukunftsbild");
    }

    /** Format versions before 3 know no retired tools. */
    private static void retiredFromVersion3(ToolDoc t, int formatVersion, String at) {
        if (formatVersion < 3 && t.retired() != null) {
            throw new SnapshotException("snapshot.notInVersion", at, formatVersion);
        }
    }

    private static void tool(ToolDoc t, String at) {
        present(t.id(), at + ".id");
        text(t.code(), 1, 20, at + ".code");
        text(t.title(), 1, 200, at + ".title");
        text(t.description(), 0, 4000, at + ".description");
        text(t.handlungsfeld(), 0, 40, at + ".handlungsfeld");
        present(t.kind(), at + ".kind");
        texts(t.targetGroups(), 100, 200, at + ".targetGroups");
        text(t.leadOffice(), 0, 200, at + ".leadOffice");
        texts(t.tags(), 100, 100, at + ".tags");
    }

    private static void plan(SnapshotDocument.PlanDoc p) {
        present(p.id(), "$.plan.id");
        text(p.name(), 1, 200, "$.plan.name");
        present(p.swimlanes(), "$.plan.swimlanes");
        List<ColumnDoc> columns = list(p.columns(), 100, "$.plan.columns");
        if (columns.isEmpty()) {
            throw new SnapshotException("snapshot.noColumns");
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnDoc c = columns.get(i);
            String at = "$.plan.columns[" + i + "]";
            present(c.id(), at + ".id");
            text(c.name(), 1, 100, at + ".name");
            if (c.wipLimit() != null && c.wipLimit() < 1) {
                throw new SnapshotException("snapshot.outOfRange", at + ".wipLimit");
            }
        }
        List<CardDoc> cards = list(p.cards(), 200_000, "$.plan.cards");
        for (int i = 0; i < cards.size(); i++) {
            CardDoc c = cards.get(i);
            String at = "$.plan.cards[" + i + "]";
            present(c.id(), at + ".id");
            present(c.werkzeug(), at + ".werkzeug");
            text(c.handlungsfeld(), 0, 40, at + ".handlungsfeld");
            present(c.column(), at + ".column");
            text(c.title(), 1, 200, at + ".title");
            present(c.createdAt(), at + ".createdAt");
            present(c.archived(), at + ".archived");
            if (c.sheet() != null) {
                sheet(c.sheet(), at + ".sheet");
            }
        }
    }

    private static void sheet(SheetDoc s, String at) {
        text(s.goal(), 0, 4000, at + ".goal");
        text(s.description(), 0, 20_000, at + ".description");
        texts(s.targetGroups(), 100, 200, at + ".targetGroups");
        texts(s.partners(), 200, 200, at + ".partners");
        texts(s.areas(), 1000, 40, at + ".areas");
        if (s.budget() != null) {
            present(s.budget().amount(), at + ".budget.amount");
            if (s.budget().amount().signum() < 0 || s.budget().amount().compareTo(MAX_BUDGET) > 0) {
                throw new SnapshotException("snapshot.outOfRange", at + ".budget.amount");
            }
            text(s.budget().source(), 0, 300, at + ".budget.source");
        }
        List<IndicatorDoc> indicators = list(s.indicators(), 100, at + ".indicators");
        for (int i = 0; i < indicators.size(); i++) {
            String where = at + ".indicators[" + i + "]";
            present(indicators.get(i).id(), where + ".id");
            text(indicators.get(i).name(), 0, 300, where + ".name");
            text(indicators.get(i).unit(), 0, 100, where + ".unit");
        }
        List<UUID> dependsOn = list(s.dependsOn(), 1000, at + ".dependsOn");
        for (int i = 0; i < dependsOn.size(); i++) {
            present(dependsOn.get(i), at + ".dependsOn[" + i + "]");
        }
        List<StepDoc> steps = list(s.steps(), 1000, at + ".steps");
        for (int i = 0; i < steps.size(); i++) {
            StepDoc x = steps.get(i);
            String where = at + ".steps[" + i + "]";
            present(x.id(), where + ".id");
            text(x.text(), 0, 1000, where + ".text");
            text(x.withWhom(), 0, 500, where + ".withWhom");
            present(x.status(), where + ".status");
            text(x.note(), 0, 4000, where + ".note");
        }
    }

    private static void present(Object value, String at) {
        if (value == null) {
            throw new SnapshotException("snapshot.missing", at);
        }
    }

    private static void text(String value, int min, int max, String at) {
        present(value, at);
        if (value.length() < min || value.length() > max) {
            throw new SnapshotException("snapshot.length", at, value.length(), min, max);
        }
    }

    private static void optionalText(String value, int max, String at) {
        if (value != null) {
            text(value, 0, max, at);
        }
    }

    private static <T> List<T> list(List<T> values, int max, String at) {
        present(values, at);
        if (values.size() > max) {
            throw new SnapshotException("snapshot.tooMany", at, values.size(), max);
        }
        return values;
    }

    private static void texts(List<String> values, int maxItems, int maxLength, String at) {
        list(values, maxItems, at);
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), 0, maxLength, at + "[" + i + "]");
        }
    }
}
