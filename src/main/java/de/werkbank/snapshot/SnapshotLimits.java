package de.werkbank.snapshot;

import de.werkbank.snapshot.SnapshotDocument.ActorDoc;
import de.werkbank.snapshot.SnapshotDocument.AreaDoc;
import de.werkbank.snapshot.SnapshotDocument.CardDoc;
import de.werkbank.snapshot.SnapshotDocument.ColumnDoc;
import de.werkbank.snapshot.SnapshotDocument.FieldDoc;
import de.werkbank.snapshot.SnapshotDocument.HistoryDoc;
import de.werkbank.sheet.Measurement;
import de.werkbank.snapshot.SnapshotDocument.IndicatorDoc;
import de.werkbank.snapshot.SnapshotDocument.MeasurementDoc;
import de.werkbank.snapshot.SnapshotDocument.SheetDoc;
import de.werkbank.snapshot.SnapshotDocument.StepDoc;
import de.werkbank.snapshot.SnapshotDocument.ToolDoc;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    private static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(16);
    private static final int MAX_SCALE = 20;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

    private SnapshotLimits() {
    }

    /**
     * The document's header, catalogue, areas, registry, the plan's columns and the sizes of its lists;
     * each card ({@link #card}) and history entry ({@link #historyEntry}) is checked as the references
     * are, in the same walk.
     */
    static void document(SnapshotDocument d) {
        instant(d.exportedAt(), DocPath.at("exportedAt"));
        present(d.personalData(), DocPath.at("personalData"));
        present(d.app(), DocPath.at("app"));
        text(d.app().name(), 0, 100, DocPath.at("app", "name"));
        text(d.app().version(), 0, 100, DocPath.at("app", "version"));
        present(d.catalogue(), DocPath.at("catalogue"));
        present(d.catalogue().version(), DocPath.at("catalogue", "version"));
        if (d.catalogue().version() < 1) {
            throw new SnapshotException("snapshot.outOfRange", DocPath.at("catalogue", "version"));
        }
        List<FieldDoc> fields = list(d.catalogue().handlungsfelder(), 100, DocPath.at("catalogue", "handlungsfelder"));
        for (int i = 0; i < fields.size(); i++) {
            field(fields.get(i), DocPath.at("catalogue", "handlungsfelder").index(i));
        }
        List<ToolDoc> tools = list(d.catalogue().werkzeuge(), 10_000, DocPath.at("catalogue", "werkzeuge"));
        for (int i = 0; i < tools.size(); i++) {
            tool(tools.get(i), DocPath.at("catalogue", "werkzeuge").index(i));
            retiredFromVersion3(tools.get(i), d.formatVersion(), DocPath.at("catalogue", "werkzeuge").index(i).field("retired"));
        }
        List<AreaDoc> areas = list(d.areas(), 100_000, DocPath.at("areas"));
        for (int i = 0; i < areas.size(); i++) {
            AreaDoc a = areas.get(i);
            DocPath at = DocPath.at("areas").index(i);
            present(a.id(), at.field("id"));
            text(a.key(), 1, 40, at.field("key"));
            text(a.name(), 0, 200, at.field("name"));
            present(a.level(), at.field("level"));
            optionalText(a.parent(), 40, at.field("parent"));
        }
        List<ActorDoc> registry = list(d.registry(), 10_000, DocPath.at("registry"));
        for (int i = 0; i < registry.size(); i++) {
            ActorDoc a = registry.get(i);
            DocPath at = DocPath.at("registry").index(i);
            present(a.id(), at.field("id"));
            present(a.kind(), at.field("kind"));
            text(a.name(), 1, 200, at.field("name"));
            if (a.name().isBlank()) {
                throw new SnapshotException("snapshot.missing", at.field("name"));
            }
            text(a.shortName(), 0, 20, at.field("shortName"));
            text(a.role(), 0, 200, at.field("role"));
        }
        if (d.plan() != null) {
            plan(d.plan(), d.formatVersion());
        }
        list(d.history(), 5_000_000, DocPath.at("history"));
    }

    /** One entry of the history (checked where {@link SnapshotCheck} walks the history). */
    static void historyEntry(HistoryDoc h, DocPath at) {
        present(h.id(), at.field("id"));
        instant(h.at(), at.field("at"));
        text(h.who(), 0, 100, at.field("who"));
        text(h.description(), 0, 1000, at.field("description"));
        if (h.change() != null && !h.change().hasKind()) {
            throw new SnapshotException("snapshot.missing", at.field("change").field("kind"));
        }
    }

    private static void field(FieldDoc f, DocPath at) {
        present(f.id(), at.field("id"));
        text(f.key(), 1, 40, at.field("key"));
        text(f.shortName(), 0, 100, at.field("shortName"));
        text(f.title(), 0, 200, at.field("title"));
        text(f.colour(), 7, 7, at.field("colour"));
        if (!COLOUR.matcher(f.colour()).matches()) {
            throw new SnapshotException("snapshot.badColour", f.colour(), at.field("colour"));
        }
        optionalText(f.zukunftsbild(), 20_000, at.field("zukunftsbild"));
    }

    /** Format versions before 3 know no retired tools. */
    private static void retiredFromVersion3(ToolDoc t, int formatVersion, DocPath at) {
        if (formatVersion < 3 && t.retired() != null) {
            throw new SnapshotException("snapshot.notInVersion", at, formatVersion);
        }
    }

    private static void tool(ToolDoc t, DocPath at) {
        present(t.id(), at.field("id"));
        text(t.code(), 1, 20, at.field("code"));
        text(t.title(), 1, 200, at.field("title"));
        text(t.description(), 0, 4000, at.field("description"));
        text(t.handlungsfeld(), 0, 40, at.field("handlungsfeld"));
        present(t.kind(), at.field("kind"));
        texts(t.targetGroups(), 100, 200, at.field("targetGroups"));
        text(t.leadOffice(), 0, 200, at.field("leadOffice"));
        texts(t.tags(), 100, 100, at.field("tags"));
    }

    private static void plan(SnapshotDocument.PlanDoc p, int formatVersion) {
        present(p.id(), DocPath.at("plan", "id"));
        text(p.name(), 1, 200, DocPath.at("plan", "name"));
        present(p.swimlanes(), DocPath.at("plan", "swimlanes"));
        List<ColumnDoc> columns = list(p.columns(), 100, DocPath.at("plan", "columns"));
        if (columns.isEmpty()) {
            throw new SnapshotException("snapshot.noColumns");
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnDoc c = columns.get(i);
            DocPath at = DocPath.at("plan", "columns").index(i);
            present(c.id(), at.field("id"));
            text(c.name(), 1, 100, at.field("name"));
            if (c.wipLimit() != null && c.wipLimit() < 1) {
                throw new SnapshotException("snapshot.outOfRange", at.field("wipLimit"));
            }
        }
        list(p.cards(), 200_000, DocPath.at("plan", "cards"));
    }

    /**
     * One card of the plan with its sheet (checked where {@link SnapshotCheck} walks the cards, so that
     * each card is read once); {@code sources} collects the imported cards' source ids.
     */
    static void card(CardDoc c, int formatVersion, java.util.Set<String> sources, DocPath at) {
        present(c.id(), at.field("id"));
        present(c.werkzeug(), at.field("werkzeug"));
        text(c.handlungsfeld(), 0, 40, at.field("handlungsfeld"));
        present(c.column(), at.field("column"));
        text(c.title(), 1, 200, at.field("title"));
        instant(c.createdAt(), at.field("createdAt"));
        present(c.archived(), at.field("archived"));
        if (c.sheet() != null) {
            sheet(c.sheet(), formatVersion, at.field("sheet"));
        }
        source(c.source(), formatVersion, sources, at.field("source"));
    }

    /** An imported card's source id: from format version 5, one card per source. */
    private static void source(String source, int formatVersion, java.util.Set<String> seen, DocPath at) {
        if (source == null) {
            return;
        }
        if (formatVersion < 5) {
            throw new SnapshotException("snapshot.notInVersion", at, formatVersion);
        }
        text(source, 1, de.werkbank.plan.CardSources.MAX_LENGTH, at);
        if (!seen.add(source)) {
            throw new SnapshotException("snapshot.duplicateSource", source, at);
        }
    }

    /** An indicator's measured values and Datencheck link: from format version 4, when its values are required. */
    private static void measured(IndicatorDoc indicator, int formatVersion, DocPath at) {
        if (formatVersion < 4) {
            if (indicator.measurements() != null) {
                throw new SnapshotException("snapshot.notInVersion", at.field("measurements"), formatVersion);
            }
            if (indicator.link() != null) {
                throw new SnapshotException("snapshot.notInVersion", at.field("link"), formatVersion);
            }
            return;
        }
        List<MeasurementDoc> values = list(indicator.measurements(), Measurement.MAX_PER_INDICATOR, at.field("measurements"));
        for (int i = 0; i < values.size(); i++) {
            DocPath where = at.field("measurements").index(i);
            present(values.get(i), where);
            present(values.get(i).date(), where.field("date"));
            date(values.get(i).date(), where.field("date"));
            present(values.get(i).value(), where.field("value"));
            number(values.get(i).value(), where.field("value"));
            text(values.get(i).note(), 0, Measurement.MAX_NOTE, where.field("note"));
        }
        if (indicator.link() != null) {
            text(indicator.link().figure(), 1, 40, at.field("link").field("figure"));
            text(indicator.link().area(), 1, 40, at.field("link").field("area"));
        }
    }

    private static void sheet(SheetDoc s, int formatVersion, DocPath at) {
        text(s.goal(), 0, 4000, at.field("goal"));
        text(s.description(), 0, 20_000, at.field("description"));
        texts(s.targetGroups(), 100, 200, at.field("targetGroups"));
        texts(s.partners(), 200, 200, at.field("partners"));
        texts(s.areas(), 1000, 40, at.field("areas"));
        date(s.start(), at.field("start"));
        date(s.end(), at.field("end"));
        if (s.budget() != null) {
            present(s.budget().amount(), at.field("budget").field("amount"));
            if (s.budget().amount().signum() < 0 || s.budget().amount().compareTo(MAX_BUDGET) > 0
                    || s.budget().amount().scale() > MAX_SCALE) {
                throw new SnapshotException("snapshot.outOfRange", at.field("budget").field("amount"));
            }
            text(s.budget().source(), 0, 300, at.field("budget").field("source"));
        }
        List<IndicatorDoc> indicators = list(s.indicators(), 100, at.field("indicators"));
        for (int i = 0; i < indicators.size(); i++) {
            DocPath where = at.field("indicators").index(i);
            present(indicators.get(i).id(), where.field("id"));
            text(indicators.get(i).name(), 0, 300, where.field("name"));
            text(indicators.get(i).unit(), 0, 100, where.field("unit"));
            number(indicators.get(i).baseline(), where.field("baseline"));
            number(indicators.get(i).target(), where.field("target"));
            date(indicators.get(i).targetDate(), where.field("targetDate"));
            measured(indicators.get(i), formatVersion, where);
        }
        List<UUID> dependsOn = list(s.dependsOn(), 1000, at.field("dependsOn"));
        for (int i = 0; i < dependsOn.size(); i++) {
            present(dependsOn.get(i), at.field("dependsOn").index(i));
        }
        List<StepDoc> steps = list(s.steps(), 1000, at.field("steps"));
        for (int i = 0; i < steps.size(); i++) {
            StepDoc x = steps.get(i);
            DocPath where = at.field("steps").index(i);
            present(x.id(), where.field("id"));
            text(x.text(), 0, 1000, where.field("text"));
            text(x.withWhom(), 0, 500, where.field("withWhom"));
            present(x.status(), where.field("status"));
            date(x.due(), where.field("due"));
            text(x.note(), 0, 4000, where.field("note"));
        }
    }

    /** An optional figure: below 10^16 in size, with at most {@value #MAX_SCALE} decimals. */
    private static void number(BigDecimal value, DocPath at) {
        if (value != null && (value.abs().compareTo(MAX_FIGURE) >= 0 || value.scale() > MAX_SCALE)) {
            throw new SnapshotException("snapshot.outOfRange", at);
        }
    }

    /** An optional date within the years 1 to 9999, as JSON Schema's {@code date} format has them. */
    private static void date(LocalDate value, DocPath at) {
        if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
            throw new SnapshotException("snapshot.badDate", at);
        }
    }

    private static void instant(Instant value, DocPath at) {
        present(value, at);
        if (outsideTheYears(value)) {
            throw new SnapshotException("snapshot.badDate", at);
        }
    }

    /** Whether an instant lies outside the years 1 to 9999. */
    static boolean outsideTheYears(Instant value) {
        return value.isBefore(FIRST_INSTANT) || value.isAfter(LAST_INSTANT);
    }

    private static void present(Object value, DocPath at) {
        if (value == null) {
            throw new SnapshotException("snapshot.missing", at);
        }
    }

    private static void text(String value, int min, int max, DocPath at) {
        present(value, at);
        if (value.length() < min || value.length() > max) {
            throw new SnapshotException("snapshot.length", at, value.length(), min, max);
        }
    }

    private static void optionalText(String value, int max, DocPath at) {
        if (value != null) {
            text(value, 0, max, at);
        }
    }

    /** A list no longer than {@code max}, written with no {@code null} in it. */
    private static <T> List<T> list(List<T> values, int max, DocPath at) {
        present(values, at);
        if (values.size() > max) {
            throw new SnapshotException("snapshot.tooMany", at, values.size(), max);
        }
        for (int i = 0; i < values.size(); i++) {
            present(values.get(i), at.index(i));
        }
        return values;
    }

    private static void texts(List<String> values, int maxItems, int maxLength, DocPath at) {
        list(values, maxItems, at);
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), 0, maxLength, at.index(i));
        }
    }
}
