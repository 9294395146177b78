package de.werkbank.cli;

import de.werkbank.i18n.Messages;
import de.werkbank.intake.Buckets;
import de.werkbank.intake.ImportMeasures;
import de.werkbank.intake.ImportPlan;
import de.werkbank.intake.IntakeContext;
import de.werkbank.intake.IntakeFormat;
import de.werkbank.intake.IntakeMapping;
import de.werkbank.intake.IntakeOptions;
import de.werkbank.intake.MeasureFiles;
import de.werkbank.intake.MeasureImport;
import de.werkbank.intake.MeasureSource;
import de.werkbank.intake.PlanText;
import de.werkbank.plan.PlanEditor;
import de.werkbank.session.UserSettings;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code import-measures FILE [--format excel|planner|trello] [--mapping M.json] [--handlungsfeld KEY]
 * [--buckets columns|handlungsfelder] [--with-people] [--dry-run]}: prints what the file would bring into the plan and, unless it is a dry
 * run or a measure has a problem, stores all of it as one step of the plan's history.
 */
final class ImportMeasuresCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String formatName = CliArgs.takeValue(rest, "--format");
        String mappingFile = CliArgs.takeValue(rest, "--mapping");
        String field = CliArgs.takeValue(rest, "--handlungsfeld");
        String bucketsName = CliArgs.takeValue(rest, "--buckets");
        CliArgs a = CliArgs.parse("import-measures", rest, Set.of("--dry-run", "--with-people"), 1, 1);
        Optional<IntakeFormat> format = Optional.empty();
        if (formatName != null) {
            format = Optional.of(IntakeFormat.byCliName(formatName)
                    .orElseThrow(() -> new UsageException("cli.importMeasures.badFormat", formatName)));
        }
        Buckets buckets = bucketsName == null ? Buckets.COLUMNS : Buckets.byCliName(bucketsName)
                .orElseThrow(() -> new UsageException("cli.importMeasures.badBuckets", bucketsName));
        Path file = CliArgs.path(a.get(0));
        IntakeMapping mapping = mappingFile == null ? IntakeMapping.none() : IntakeMapping.read(CliArgs.path(mappingFile));
        try (Store store = Store.open(location)) {
            IntakeContext context = IntakeContext.of(store);
            if (field != null && context.catalogue().handlungsfelder().stream().noneMatch(h -> h.key().equalsIgnoreCase(field))) {
                throw new UsageException("cli.importMeasures.badField", field, String.join(", ",
                        context.catalogue().handlungsfelder().stream().map(h -> h.key()).toList()));
            }
            MeasureSource source = MeasureFiles.read(file, format, mapping);
            IntakeOptions options = new IntakeOptions(mapping, field, a.has("--with-people"),
                    Clock.systemDefaultZone().instant(), buckets);
            ImportPlan plan = MeasureImport.plan(source, context, options);
            PlanText.lines(plan).forEach(out::println);
            plan.refuseProblems();
            if (plan.changesNothing()) {
                out.println(Messages.tr("cli.importMeasures.nothing"));
            } else if (a.has("--dry-run")) {
                out.println(Messages.tr("cli.importMeasures.dryRun"));
            } else {
                var editor = new PlanEditor(store, UserSettings.forCurrentUser()::userName, Clock.systemDefaultZone());
                store.guarded("before-measure-import", file.getFileName().toString(), () -> {
                    editor.execute(ImportMeasures.of(plan));
                    return null;
                });
                out.println(Messages.tr("cli.importMeasures.done", plan.newCards().size(), plan.updatedCards().size()));
            }
        }
        return ExitCodes.OK;
    }
}
