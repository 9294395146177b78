package de.werkbank.cli;

import de.werkbank.area.Area;
import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.map.MapData;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code export-table --year YYYY [--base-year YYYY] [--level kommunen|ortsteile|all] FILE.csv}: writes
 * the Datencheck table as „Als CSV speichern…" does (German Excel CSV with a BOM: the area's name
 * first, then the figures and the indicators imported as they are; decimal comma, no thousands
 * separator), with the standard age limits.
 */
final class ExportTableCommand implements CliCommand {

    @Override
    public int run(List<String> args, StoreLocation location, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        String yearText = CliArgs.takeValue(rest, "--year");
        String baseText = CliArgs.takeValue(rest, "--base-year");
        String level = CliArgs.takeValue(rest, "--level");
        CliArgs a = CliArgs.parse("export-table", rest, Set.of(), 1, 1);
        if (yearText == null) {
            throw new UsageException("cli.missingValue", "--year");
        }
        int year = year(yearText, "--year");
        Integer base = baseText == null ? null : year(baseText, "--base-year");
        String chosen = level == null ? "kommunen" : level;
        if (!List.of("kommunen", "ortsteile", "all").contains(chosen)) {
            throw new UsageException("cli.exportTable.badLevel", chosen);
        }
        Path file = CliArgs.path(a.get(0));
        try (Store store = Store.open(location)) {
            ProfileTable table = MapData.profile(store);
            List<Integer> years = table.years();
            if (!years.contains(year)) {
                throw new UserFacingException("cli.exportTable.noYear", year, years.isEmpty() ? "–"
                        : years.get(0) + "–" + years.get(years.size() - 1));
            }
            AgeLimits limits = AgeLimits.STANDARD;
            List<ProfileTable.Row> rows = table.rows(year, base != null ? base
                    : table.populationYears().isEmpty() ? year : table.populationYears().get(0), limits).stream()
                    .filter(r -> shown(r.area(), chosen)).toList();
            List<IndicatorSummary> measured = MapData.measured(store);
            List<String> headers = new ArrayList<>();
            headers.add(Messages.tr("ui.datencheck.area"));
            for (ProfileTable.Column c : ProfileTable.Column.values()) {
                headers.add(heading(c, limits));
            }
            measured.forEach(i -> headers.add(i.unit() == null || i.unit().isBlank() ? i.name()
                    : i.name() + " (" + i.unit() + ")"));
            String csv = TableCsv.write(headers, rows, List.of(ProfileTable.Column.values()),
                    Map.of(ProfileTable.Column.POPULATION, 0), measured.stream().map(IndicatorSummary::key).toList());
            try {
                Files.writeString(file, TableCsv.BOM + csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserFacingException(e, "ui.datencheck.exportFailed", file, e.getMessage());
            }
            out.println(Messages.tr("cli.exportTable.done", file, rows.size()));
        }
        return ExitCodes.OK;
    }

    private static boolean shown(Area area, String level) {
        return switch (level) {
            case "ortsteile" -> area.level() == Area.Level.ORTSTEIL;
            case "all" -> true;
            default -> area.level() != Area.Level.ORTSTEIL;
        };
    }

    /** A column's heading as the window's CSV writes it (on one line, naming the age limits). */
    private static String heading(ProfileTable.Column column, AgeLimits limits) {
        String text = switch (column) {
            case SHARE_UNDER_20 -> Messages.tr("ui.datencheck.column.SHARE_UNDER_20", limits.young());
            case SHARE_65 -> Messages.tr("ui.datencheck.column.SHARE_65", limits.old());
            case SHARE_80 -> Messages.tr("ui.datencheck.column.SHARE_80", limits.veryOld());
            default -> Messages.tr("ui.datencheck.column." + column.name());
        };
        return text.replace("-\n", "").replace("\n", " ");
    }

    private static int year(String text, String option) {
        if (!text.matches("\\d{4}")) {
            throw new UsageException("cli.exportTable.badYear", option, text);
        }
        return Integer.parseInt(text);
    }
}
