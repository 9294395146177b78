package de.werkbank.intake;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An import plan as lines of text, in the UI language: the CLI prints them, the dialog shows them. */
public final class PlanText {

    private PlanText() {
    }

    public static List<String> lines(ImportPlan p) {
        List<String> lines = new ArrayList<>();
        MeasureSource s = p.source();
        lines.add(Messages.tr("intake.preview.summary", s.name(), Messages.tr(s.format().messageKey()), s.fileName(),
                p.newCards().size(), p.updatedCards().size(), p.unchanged(), p.newTools().size(), p.skipped().size()));
        s.notes().forEach(n -> lines.add(Messages.tr("intake.preview.note", n)));
        p.newTools().forEach(t -> lines.add(Messages.tr("intake.preview.newTool", t.code(), t.title(), t.handlungsfeld())));
        p.newActors().forEach(a -> lines.add(Messages.tr(a.kind() == Actor.Kind.OFFICE
                ? "intake.preview.newOffice" : "intake.preview.newPerson", a.name())));
        for (ImportPlan.NewCard n : p.newCards()) {
            lines.add(Messages.tr("intake.preview.newCard", n.card().title(), n.column().name(), n.card().handlungsfeld(),
                    n.tool().code(), match(n), n.sheet().steps().size())
                    + (n.archived() ? " " + Messages.tr("intake.preview.archived") : ""));
        }
        for (ImportPlan.UpdatedCard u : p.updatedCards()) {
            lines.add(Messages.tr("intake.preview.updated", u.card().title(),
                    u.changed().stream().map(Messages::tr).collect(Collectors.joining(", "))));
        }
        p.skipped().forEach(k -> lines.add(Messages.tr("intake.preview.skipped", k.place(), k.reason())));
        if (!p.newCards().isEmpty()) {
            String fields = p.perField().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            lines.add(Messages.tr("intake.preview.fields", fields, p.byDefault()));
        }
        p.problems().forEach(pr -> lines.add(Messages.tr("intake.preview.problem", pr.place(), pr.message())));
        return lines;
    }

    /** How the tool was found, e.g. „Titel ähnlich (0,82)“. */
    public static String match(ImportPlan.NewCard n) {
        return switch (n.how()) {
            case BY_TITLE -> Messages.tr("intake.match.title", String.format(Messages.get().locale(), "%.2f", n.score()));
            default -> Messages.tr("intake.match." + n.how().name().toLowerCase(Locale.ROOT));
        };
    }
}
