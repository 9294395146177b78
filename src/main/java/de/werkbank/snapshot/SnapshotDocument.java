package de.werkbank.snapshot;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Kind;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.StepStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan snapshot exactly as its JSON reads (format version {@value SnapshotFormat#CURRENT_VERSION};
 * see {@code docs/snapshot-format.md} and the JSON Schema). Everything carries a stable UUID; the
 * catalogue's Handlungsfelder and the areas are referred to by their keys.
 *
 * @param personalData {@code false} when person names were left out on export
 * @param plan {@code null} when the store had no plan
 * @param workshop the plan's vote rounds and matrix (from version 3), {@code null} when it has none
 * @param reviews the plan's reviews, oldest first (from version 4, always written then; {@code null} before)
 */
public record SnapshotDocument(String format, Integer formatVersion, Instant exportedAt, App app, Boolean personalData,
                               CatalogueDoc catalogue, List<AreaDoc> areas, List<ActorDoc> registry, PlanDoc plan,
                               List<HistoryDoc> history,
                               @JsonInclude(JsonInclude.Include.NON_NULL) WorkshopDoc workshop,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewDoc> reviews) {

    /** The program that wrote the snapshot. */
    public record App(String name, String version) {
    }

    /** The catalogue with its own version. */
    public record CatalogueDoc(Integer version, List<FieldDoc> handlungsfelder, List<ToolDoc> werkzeuge) {
    }

    /** A Handlungsfeld with its Zukunftsbild ({@code null} if none was written). */
    public record FieldDoc(UUID id, String key, String shortName, String title, String colour, String zukunftsbild) {
    }

    /** A tool; {@code retired} (from format version 3; absent before) marks one the team dropped. */
    public record ToolDoc(UUID id, String code, String title, String description, String handlungsfeld, Kind kind,
                          List<String> targetGroups, String leadOffice, List<String> tags, Boolean retired) {
    }

    /** An area; {@code parent} is the key of the area it lies in. */
    public record AreaDoc(UUID id, String key, String name, Area.Level level, String parent) {
    }

    /** An office or person of the registry; {@code office} is a person's office. */
    public record ActorDoc(UUID id, Actor.Kind kind, String name, String shortName, UUID office, String role) {
    }

    /** The plan: its columns in order and its cards, column by column, top to bottom, then the archived ones. */
    public record PlanDoc(UUID id, String name, Boolean swimlanes, List<ColumnDoc> columns, List<CardDoc> cards) {
    }

    public record ColumnDoc(UUID id, String name, Integer wipLimit) {
    }

    /**
     * A card: {@code werkzeug} is the catalogue tool's id, {@code handlungsfeld} a key; {@code sheet}
     * is {@code null} when nobody started its Werkzeugblatt.
     */
    public record CardDoc(UUID id, UUID werkzeug, String handlungsfeld, UUID column, String title, Instant createdAt,
                          Boolean archived, SheetDoc sheet,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String source) {
    }

    /** A Werkzeugblatt: offices and people by registry id, areas by key, dependencies by card id. */
    public record SheetDoc(String goal, String description, List<String> targetGroups, UUID leadOffice, UUID contact,
                           List<String> partners, List<String> areas, LocalDate start, LocalDate end, BudgetDoc budget,
                           List<IndicatorDoc> indicators, List<UUID> dependsOn, List<StepDoc> steps) {
    }

    public record BudgetDoc(BigDecimal amount, String source) {
    }

    /**
     * An indicator; {@code measurements} (from format version 4; absent before) are its values measured,
     * oldest first, and {@code link} (version 4, absent when the values are typed in) the Datencheck
     * figure its values come from instead.
     */
    public record IndicatorDoc(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target,
                               LocalDate targetDate, List<MeasurementDoc> measurements,
                               @JsonInclude(JsonInclude.Include.NON_NULL) DataLinkDoc link) {
    }

    /** A value measured on a date, with a note. */
    public record MeasurementDoc(LocalDate date, BigDecimal value, String note) {
    }

    /** A Datencheck figure (its key, e.g. {@code anteil_65_plus}) of an area (its key). */
    public record DataLinkDoc(String figure, String area) {
    }

    public record StepDoc(UUID id, String text, UUID who, String withWhom, LocalDate due, StepStatus status,
                          String note) {
    }

    /**
     * A history entry; {@code change} (from format version 2) is what the change did, before and after:
     * {@code {"kind": …, "state": …}} with the command's state, or {@code null} when not known.
     */
    public record HistoryDoc(UUID id, Instant at, String who, String description, ChangeJson change) {
    }
}
