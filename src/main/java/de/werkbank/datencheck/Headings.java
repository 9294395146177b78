package de.werkbank.datencheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Headings over several lines, as GENESIS writes them (sex above a group title above the age group,
 * the first two cells left empty): each column's lines read together, and what they say of the
 * column's sex and age group, so that a 54-column table needs no 54 clicks.
 */
public final class Headings {

    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\b(18|19|20|21)\\d{2}\\b");

    /** What a column's heading lines say: its sex code and age group ({@code ""}: all ages). */
    public record Proposal(String sex, String ageGroup) {
    }

    private Headings() {
    }

    /**
     * The heading lines of each column of the heading line, top first: the heading line and the lines
     * right above it whose first cell is empty (GENESIS leaves key and name without headings); a line
     * with a date or a title in its first cell ends the block.
     *
     * @param headerLine the heading line (from 1)
     */
    public static List<List<String>> columns(List<String> lines, String separator, int headerLine) {
        if (headerLine < 1 || headerLine > lines.size()) {
            return List.of();
        }
        List<List<String>> block = new ArrayList<>();
        block.add(OfficeTable.cells(lines.get(headerLine - 1), separator));
        for (int n = headerLine - 1; n >= 1 && block.size() < 5; n--) {
            List<String> cells = OfficeTable.cells(lines.get(n - 1), separator);
            boolean heading = cells.size() > 1 && cells.get(0).isBlank() && cells.stream().anyMatch(c -> !c.isBlank())
                    && cells.stream().noneMatch(c -> DATE.matcher(c).find() && !AgeGroup.parse(c).isPresent());
            if (!heading) {
                break;
            }
            block.add(0, cells);
        }
        int width = block.get(block.size() - 1).size();
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> column = new ArrayList<>();
            for (List<String> line : block) {
                String cell = c < line.size() ? line.get(c).strip() : "";
                if (!cell.isEmpty()) {
                    column.add(cell);
                }
            }
            columns.add(column);
        }
        return columns;
    }

    /** A column's heading lines as one text: {@code weiblich, 65 bis unter 75 Jahre}. */
    public static String joined(List<String> column) {
        return String.join(", ", column);
    }

    /**
     * The sex and age group a column's heading lines name: the age group from the lowest line that is
     * one ("Insgesamt" there: all ages), the sex from the highest line that names one; empty when the
     * lines name neither.
     */
    public static Optional<Proposal> propose(List<String> column) {
        int ageLine = -1;
        String age = "";
        for (int i = column.size() - 1; i >= 0 && ageLine < 0; i--) {
            Optional<AgeGroup> group = AgeGroup.parse(column.get(i));
            if (group.isPresent()) {
                ageLine = i;
                age = group.get().label();
            }
        }
        int sexLine = -1;
        Sex sex = Sex.INSGESAMT;
        for (int i = 0; i < column.size() && sexLine < 0; i++) {
            Optional<Sex> s = Sex.fromCode(column.get(i));
            if (s.isPresent() && i != ageLine && (s.get() != Sex.INSGESAMT || i < column.size() - 1 || ageLine >= 0
                    || column.size() == 1)) {
                sexLine = i;
                sex = s.get();
            }
        }
        if (ageLine < 0 && sexLine < 0) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(sex.code(), age));
    }
}
