package de.werkbank.intake;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.CardSources;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Compares a file's measures with the store and plans the import ({@link ImportPlan}): a measure
 * imported before (its source id is kept with the card) updates its card; any other becomes a new
 * card using the catalogue tool it names or resembles, or a new green tool in its Handlungsfeld.
 * Labels, buckets and stages that name a Handlungsfeld (by key, short name or title, or through the
 * mapping) choose it; the others go to the default field. Nothing is stored here.
 */
public final class MeasureImport {

    static final int MAX_TITLE = 200;
    static final int MAX_TOOL_DESCRIPTION = 4000;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_STEP = 1000;
    static final int MAX_NAME = 200;
    static final int MAX_TAG = 100;
    static final int MAX_WHO = 100;
    /** As many as a snapshot's sheet and tool hold. */
    static final int MAX_STEPS = 1000;
    static final int MAX_TAGS = 100;
    static final int MAX_HISTORY = 1000;

    private final MeasureSource source;
    private final IntakeContext context;
    private final IntakeOptions options;
    private final ToolMatcher matcher;
    private final String defaultField;
    private final List<IntakeProblem> problems = new ArrayList<>();
    private final Map<String, Werkzeug> newTools = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Actor> newActors = new ArrayList<>();
    private int nextNumber;

    private MeasureImport(MeasureSource source, IntakeContext context, IntakeOptions options) {
        this.source = source;
        this.context = context;
        this.options = options;
        this.matcher = new ToolMatcher(context.catalogue().active());
        List<Handlungsfeld> fields = context.catalogue().handlungsfelder();
        if (fields.isEmpty() || context.plan().columns().isEmpty()) {
            throw new IntakeFileException("intake.noFieldsOrColumns");
        }
        if (options.defaultField() == null) {
            defaultField = fields.get(0).key();
        } else {
            defaultField = fields.stream().map(Handlungsfeld::key).filter(k -> k.equalsIgnoreCase(options.defaultField()))
                    .findFirst().orElseThrow(() -> new IntakeFileException("intake.unknownField", options.defaultField(),
                            String.join(", ", fields.stream().map(Handlungsfeld::key).toList())));
        }
        nextNumber = Integer.parseInt(context.catalogue().nextFreeCode().substring(2));
        context.actors().forEach(a -> {
            actors.putIfAbsent(a.kind() + ":" + Normalized.of(a.name()), a);
            if (!a.shortName().isEmpty()) {
                actors.putIfAbsent(a.kind() + ":" + Normalized.of(a.shortName()), a);
            }
        });
    }

    public static ImportPlan plan(MeasureSource source, IntakeContext context, IntakeOptions options) {
        return new MeasureImport(source, context, options).plan();
    }

    private ImportPlan plan() {
        problems.addAll(source.problems());
        Map<String, UUID> cardBySource = new HashMap<>();
        context.sources().forEach((card, id) -> cardBySource.put(id, card));
        Map<UUID, Card> cards = new HashMap<>();
        context.plan().cards().forEach(c -> cards.put(c.id(), c));
        Set<UUID> archived = new HashSet<>();
        context.archived().forEach(c -> {
            cards.put(c.id(), c);
            archived.add(c.id());
        });
        List<ImportPlan.NewCard> created = new ArrayList<>();
        List<ImportPlan.UpdatedCard> updated = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> perField = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        int byDefault = 0;
        int unchanged = 0;
        for (Measure m : source.measures()) {
            if (m.title().isEmpty()) {
                skipped.add(new ImportPlan.Skipped(m.place(), Messages.tr("intake.skip.noTitle")));
                continue;
            }
            String earlier = seen.putIfAbsent(m.sourceId(), m.place());
            if (earlier != null) {
                problem(m, "intake.duplicateSource", m.sourceId(), earlier);
                continue;
            }
            if (!fits(m)) {
                continue;
            }
            Optional<PlanColumn> stage = stageColumn(stageOf(m));
            PlanColumn column = stage.orElse(context.plan().columns().get(0));
            UUID existing = cardBySource.get(m.sourceId());
            if (existing != null && cards.containsKey(existing)) {
                Card card = cards.get(existing);
                Werkzeugblatt before = context.sheets().getOrDefault(card.id(), Werkzeugblatt.blank(card.id()));
                Werkzeugblatt after = SheetMerge.merge(before, m, officeId(m), contactId(m));
                List<String> changed = new ArrayList<>();
                Werkzeug retitled = retitled(m, card, changed);
                changed.addAll(SheetMerge.changed(before, after));
                boolean onBoard = !archived.contains(card.id());
                PlanColumn moveTo = stage.filter(c -> onBoard && !c.id().equals(card.column())).orElse(null);
                if (moveTo != null) {
                    changed.add("intake.field.column");
                }
                boolean archive = m.archived() && onBoard;
                if (archive) {
                    changed.add("intake.field.archived");
                }
                List<HistoryEntry> comments = comments(m, card.title());
                if (!comments.isEmpty()) {
                    changed.add("intake.field.comments");
                }
                if (changed.isEmpty()) {
                    unchanged++;
                } else {
                    updated.add(new ImportPlan.UpdatedCard(m, card, retitled, before, after, moveTo, archive, changed,
                            comments));
                }
                continue;
            }
            Optional<String> hinted = hintedField(m);
            Resolved tool = tool(m, hinted.orElse(defaultField));
            if (tool == null) {
                continue;
            }
            String field = hinted.orElse(tool.how() == ImportPlan.Match.NEW_TOOL ? defaultField
                    : tool.tool().handlungsfeld());
            if (hinted.isEmpty() && tool.how() == ImportPlan.Match.NEW_TOOL) {
                byDefault++;
            }
            perField.merge(field, 1, Integer::sum);
            UUID cardId = UUID.randomUUID();
            Card card = new Card(cardId, tool.tool().id(), field, column.id(), 0, m.title(), options.createdAt(), 0);
            Werkzeugblatt sheet = SheetMerge.merge(Werkzeugblatt.blank(cardId), m, officeId(m), contactId(m));
            created.add(new ImportPlan.NewCard(m, card, tool.tool(), tool.score(), tool.how(), column, sheet, m.archived(),
                    comments(m, m.title())));
        }
        return new ImportPlan(source, List.copyOf(newTools.values()), newActors, created, updated, unchanged, skipped,
                problems, perField, byDefault);
    }

    /**
     * The tool a card imported before uses from now on when the file renamed the measure or names its
     * tool (an ID, the mapping): the one named, or the one the new title resembles; the card's own
     * when none does (a re-import makes no new tools). {@code null} when title and tool stay.
     */
    private Werkzeug retitled(Measure m, Card card, List<String> changed) {
        boolean renamed = !m.title().equals(card.title());
        Optional<String> mapped = options.mapping().tool(m.sourceId())
                .filter(code -> !code.equalsIgnoreCase(IntakeMapping.NEW_TOOL));
        Optional<Werkzeug> named = Optional.empty();
        if (mapped.isPresent()) {
            named = matcher.byCode(mapped.get());
            if (named.isEmpty()) {
                problem(m, "intake.unknownTool", mapped.get());
            }
        } else if (renamed || !m.toolCode().isEmpty()) {
            named = matcher.match(m).map(ToolMatcher.Match::tool);
        }
        Werkzeug current = context.catalogue().werkzeuge().stream().filter(w -> w.id().equals(card.werkzeug()))
                .findFirst().orElse(null);
        Werkzeug tool = named.orElse(current);
        if (tool == null) {
            return null;
        }
        if (renamed) {
            changed.add("intake.field.title");
        }
        if (!tool.id().equals(card.werkzeug())) {
            changed.add("intake.field.tool");
        }
        return renamed || !tool.id().equals(card.werkzeug()) ? tool : null;
    }

    /**
     * The measure's comments as history entries (who, when, the text) not yet in the history: each
     * entry's id follows from the source id and the comment's, so a second import knows it.
     */
    private List<HistoryEntry> comments(Measure m, String cardTitle) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Measure.Comment c : m.comments()) {
            if (c.text().isBlank()) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes((m.sourceId() + "#" + c.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (context.history().contains(id)) {
                continue;
            }
            String text = Messages.tr("intake.comment", cardTitle, Messages.tr(source.format().messageKey()), c.text().strip());
            entries.add(new HistoryEntry(id, c.at(), cut(c.who(), MAX_WHO), cut(text, MAX_HISTORY), null));
        }
        return entries;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private record Resolved(Werkzeug tool, double score, ImportPlan.Match how) {
    }

    /** The tool a new card uses; {@code null} (with a problem) when the mapping names an unknown one. */
    private Resolved tool(Measure m, String field) {
        Optional<String> mapped = options.mapping().tool(m.sourceId());
        if (mapped.isPresent() && !mapped.get().equalsIgnoreCase(IntakeMapping.NEW_TOOL)) {
            Optional<Werkzeug> tool = matcher.byCode(mapped.get());
            if (tool.isEmpty()) {
                problem(m, "intake.unknownTool", mapped.get());
                return null;
            }
            return new Resolved(tool.get(), 1.0, ImportPlan.Match.BY_MAPPING);
        }
        if (mapped.isEmpty()) {
            Optional<ToolMatcher.Match> match = matcher.match(m);
            if (match.isPresent()) {
                return new Resolved(match.get().tool(), match.get().score(),
                        match.get().byCode() ? ImportPlan.Match.BY_CODE : ImportPlan.Match.BY_TITLE);
            }
        }
        String key = field + ":" + Normalized.of(m.title());
        Werkzeug tool = newTools.computeIfAbsent(key, k -> new Werkzeug(UUID.randomUUID(),
                String.format("W-%03d", nextNumber++), m.title(), shortened(m.description()), field,
                m.kind() == null ? Kind.GREEN : m.kind(),
                List.of(), m.office(), m.fieldHints().stream().filter(h -> h.length() <= MAX_TAG).distinct().limit(MAX_TAGS).toList()));
        return new Resolved(tool, 1.0, ImportPlan.Match.NEW_TOOL);
    }

    private static String shortened(String text) {
        return text.length() <= MAX_TOOL_DESCRIPTION ? text : text.substring(0, MAX_TOOL_DESCRIPTION - 1) + "…";
    }

    /** Whether buckets and lists name the Handlungsfeld (the user's choice; a list's stage column names a column). */
    private boolean bucketsAreFields() {
        return options.buckets() == Buckets.FIELDS && source.format() != IntakeFormat.EXCEL;
    }

    /** The stage that names the measure's column: empty when its bucket or list names the field instead. */
    private String stageOf(Measure m) {
        return bucketsAreFields() ? "" : m.stage();
    }

    /** The names that may name the measure's Handlungsfeld: its bucket or list first when they name fields. */
    private List<String> hints(Measure m) {
        if (!bucketsAreFields() || m.stage().isEmpty()) {
            return m.fieldHints();
        }
        List<String> hints = new ArrayList<>();
        hints.add(m.stage());
        hints.addAll(m.fieldHints());
        return hints;
    }

    /** The Handlungsfeld the measure's hints name, through the mapping or by key, short name or title. */
    private Optional<String> hintedField(Measure m) {
        for (String hint : hints(m)) {
            Optional<String> mapped = options.mapping().field(hint);
            if (mapped.isPresent()) {
                Optional<String> key = fieldKey(mapped.get());
                if (key.isEmpty()) {
                    problem(m, "intake.unknownField", mapped.get(), String.join(", ",
                            context.catalogue().handlungsfelder().stream().map(Handlungsfeld::key).toList()));
                }
                return key;
            }
            Optional<String> named = fieldKey(hint);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    private Optional<String> fieldKey(String name) {
        String n = Normalized.of(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return context.catalogue().handlungsfelder().stream()
                .filter(h -> Normalized.of(h.key()).equals(n) || Normalized.of(h.shortName()).equals(n)
                        || Normalized.of(h.title()).equals(n))
                .map(Handlungsfeld::key).findFirst();
    }

    /** The column a stage names, through the mapping or by the column's name; empty when none does. */
    private Optional<PlanColumn> stageColumn(String stage) {
        String name = options.mapping().stage(stage).orElse(stage);
        String n = Normalized.of(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return context.plan().columns().stream().filter(c -> Normalized.of(c.name()).equals(n)).findFirst();
    }

    private UUID officeId(Measure m) {
        return m.office().isEmpty() ? null : actor(Actor.Kind.OFFICE, m.office()).id();
    }

    private UUID contactId(Measure m) {
        return !options.people() || m.people().isEmpty() ? null : m.people().stream()
                .map(p -> actor(Actor.Kind.PERSON, p)).toList().get(0).id();
    }

    private Actor actor(Actor.Kind kind, String name) {
        return actors.computeIfAbsent(kind + ":" + Normalized.of(name), k -> {
            Actor a = kind == Actor.Kind.OFFICE ? Actor.office(name, "") : Actor.person(name, null, "");
            newActors.add(a);
            return a;
        });
    }

    /** Whether the measure's texts and figures fit the store (problems noted). */
    private boolean fits(Measure m) {
        int before = problems.size();
        if (m.title().length() > MAX_TITLE) {
            problem(m, "intake.tooLong", Messages.tr("intake.field.title"), MAX_TITLE);
        }
        if (m.description().length() > MAX_DESCRIPTION) {
            problem(m, "intake.tooLong", Messages.tr("intake.field.description"), MAX_DESCRIPTION);
        }
        if (m.sourceId().length() > CardSources.MAX_LENGTH) {
            problem(m, "intake.tooLong", "ID", CardSources.MAX_LENGTH);
        }
        if (m.office().length() > MAX_NAME || (options.people() && m.people().stream().anyMatch(p -> p.length() > MAX_NAME))) {
            problem(m, "intake.tooLong", Messages.tr("intake.field.office"), MAX_NAME);
        }
        if (m.steps().size() > MAX_STEPS) {
            problem(m, "intake.tooManySteps", m.steps().size(), MAX_STEPS);
        }
        m.steps().stream().filter(s -> s.text().length() > MAX_STEP).findFirst()
                .ifPresent(s -> problem(m, "intake.tooLong", Messages.tr("intake.field.steps"), MAX_STEP));
        if (m.start() != null && m.end() != null && m.end().isBefore(m.start())) {
            problem(m, "intake.endBeforeStart", Messages.get().date(m.end()), Messages.get().date(m.start()));
        }
        if (m.budget() != null && (m.budget().signum() < 0 || m.budget().compareTo(new BigDecimal("9999999999999")) > 0)) {
            problem(m, "intake.badBudget", m.budget().toPlainString());
        }
        return problems.size() == before;
    }

    private void problem(Measure m, String key, Object... args) {
        problems.add(IntakeProblem.of(m.place(), key, args));
    }

    /** The budget a sheet gets from an amount. */
    static Budget budget(BigDecimal amount) {
        return amount == null ? null : new Budget(amount, "");
    }
}
