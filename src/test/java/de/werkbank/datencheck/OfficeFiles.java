package de.werkbank.datencheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables written in the offices' real layouts (domain.md), with figures made up: an IT.NRW
 * Landesdatenbank table of NRW's Gemeinden with Land, Regierungsbezirk and Kreis rows, and a
 * Regionalstatistik table for Germany in GENESIS' 17 age groups by sex.
 */
final class OfficeFiles {

    /** The Kreis Düren's Kommunen and their population of 2011 (domain.md). */
    static final Map<String, Integer> DUEREN = new LinkedHashMap<>();

    static {
        int[] people = {13745, 88567, 4397, 8647, 6935, 31909, 17196, 13410, 12665, 9842, 9860, 13672, 10466, 8260, 8953};
        for (int i = 0; i < people.length; i++) {
            DUEREN.put(String.format("05358%03d", 4 + 4 * i), people[i]);
        }
    }

    /** GENESIS' 17 age groups, as the Regionalstatistik heads them. */
    static final List<String> GROUPS_17 = List.of("unter 3 Jahre", "3 bis unter 6 Jahre", "6 bis unter 10 Jahre",
            "10 bis unter 15 Jahre", "15 bis unter 18 Jahre", "18 bis unter 20 Jahre", "20 bis unter 25 Jahre",
            "25 bis unter 30 Jahre", "30 bis unter 35 Jahre", "35 bis unter 40 Jahre", "40 bis unter 45 Jahre",
            "45 bis unter 50 Jahre", "50 bis unter 55 Jahre", "55 bis unter 60 Jahre", "60 bis unter 65 Jahre",
            "65 bis unter 75 Jahre", "75 Jahre und mehr");

    /** Each group's share of the people, in per mille (adds up to 1000). */
    static final int[] SHARES = {27, 27, 36, 47, 30, 20, 55, 60, 60, 58, 60, 75, 85, 80, 70, 110, 100};

    private OfficeFiles() {
    }

    static int men(int people) {
        return people * 49 / 100;
    }

    /**
     * The Landesdatenbank's table 12411-01i as downloaded in 2024 (to be written Latin-1): the date in
     * the first column of every row, the key at its level in the second, the indented name in the
     * third, a line of units above the values, a historical area with only {@code -}, the licence
     * line at the end. Titz's total disagrees with its men and women by 100.
     */
    static String landesdatenbank() {
        StringBuilder f = new StringBuilder();
        f.append("12411-01i: Bevölkerung: Gemeinden, Stichtag, Geschlecht\n")
                .append("Fortschreibung des Bevölkerungsstandes (Basis Zensus 2011)\n")
                .append(";;;Bevölkerung;Bevölkerung;Bevölkerung\n")
                .append(";;;Insgesamt;männlich;weiblich\n")
                .append(";;;Anzahl;Anzahl;Anzahl\n");
        row(f, "05", "Nordrhein-Westfalen", 17_932_651);
        row(f, "051", "  Düsseldorf, Regierungsbezirk", 5_202_321);
        row(f, "05111", "    Düsseldorf, kreisfreie Stadt", 617_280);
        row(f, "05334", "    Städteregion Aachen", 555_465);
        row(f, "05334002", "      Aachen, Stadt", 248_960);
        row(f, "053", "  Köln, Regierungsbezirk", 4_467_000);
        row(f, "05358", "    Düren, Kreis", DUEREN.values().stream().mapToInt(Integer::intValue).sum());
        DUEREN.forEach((key, people) -> {
            if (key.equals("05358056")) {
                f.append("31.12.2011;").append(key).append(";      Titz;").append(people + 100).append(';')
                        .append(men(people)).append(';').append(people - men(people)).append('\n');
            } else {
                row(f, key, "      Kommune " + key, people);
            }
        });
        f.append("31.12.2011;05358999;      Historische Gemeinde (bis 1971);-;-;-\n");
        f.append("__________\n");
        f.append("© IT.NRW, Düsseldorf, 2026. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - "
                + "Namensnennung - Version 2.0.\n");
        return f.toString();
    }

    private static void row(StringBuilder f, String key, String name, int people) {
        f.append("31.12.2011;").append(key).append(';').append(name).append(';').append(people).append(';')
                .append(men(people)).append(';').append(people - men(people)).append('\n');
    }

    /** The mapping the Landesdatenbank table needs: key in the second column, date in the first. */
    static ColumnMapping landesdatenbankMapping() {
        return new ColumnMapping(";", 4, 0, "#2", 0, "#1", null, null, null, List.of(
                new ColumnMapping.ValueColumn("Insgesamt", "bevoelkerung", "insgesamt", "", "Personen"),
                new ColumnMapping.ValueColumn("männlich", "bevoelkerung", "m", "", "Personen"),
                new ColumnMapping.ValueColumn("weiblich", "bevoelkerung", "w", "", "Personen")));
    }

    /**
     * The Regionalstatistik's 12411-02-03-5 for all of Germany: the date once in the first cell of a
     * line above the headings, headings over three lines (sex, group title, age group: 17 groups and
     * "Insgesamt" for each of Insgesamt, männlich, weiblich: 54 value columns), every level in one
     * column (DG, Länder, Kreise, Gemeinden as 8-digit AGS, 12-digit ARS and 9-digit keys), names
     * indented, quoted footnotes over several lines, licence and "Stand" lines.
     */
    static String regionalstatistik() {
        StringBuilder f = new StringBuilder();
        f.append("12411-02-03-5: Bevölkerung nach Geschlecht und Altersgruppen (17) - Stichtag 31.12. - ")
                .append("regionale Tiefe: Gemeinden\n");
        f.append("Fortschreibung des Bevölkerungsstandes\n");
        f.append("31.12.2015").append(";".repeat(55)).append('\n');
        List<String> sexes = List.of("Insgesamt", "männlich", "weiblich");
        List<String> line1 = new ArrayList<>(List.of("", ""));
        List<String> line2 = new ArrayList<>(List.of("", ""));
        List<String> line3 = new ArrayList<>(List.of("", ""));
        for (String sex : sexes) {
            for (int g = 0; g <= GROUPS_17.size(); g++) {
                line1.add(sex);
                line2.add("Altersgruppen (unter 3 bis 75 u.m.)");
                line3.add(g < GROUPS_17.size() ? GROUPS_17.get(g) : "Insgesamt");
            }
        }
        f.append(String.join(";", line1)).append('\n').append(String.join(";", line2)).append('\n')
                .append(String.join(";", line3)).append('\n');
        ageRow(f, "DG", "Deutschland", 82_175_684);
        ageRow(f, "05", "  Nordrhein-Westfalen", 17_865_516);
        ageRow(f, "05358", "      Düren, Kreis", DUEREN.values().stream().mapToInt(Integer::intValue).sum());
        int i = 0;
        for (var e : DUEREN.entrySet()) {
            String key = e.getKey();
            // the Regionalstatistik's other forms of the same Gemeinde: ARS, 9 digits, without the zero
            String written = switch (i++ % 4) {
                case 1 -> key.substring(0, 5) + "0" + key.substring(5) + key.substring(5);
                case 2 -> key.substring(0, 5) + "0" + key.substring(5);
                case 3 -> key.substring(1);
                default -> key;
            };
            ageRow(f, written, "        Kommune " + key, e.getValue());
        }
        ageRow(f, "09162", "      München, Landeshauptstadt", 1_450_381);
        ageRow(f, "09162000", "        München, Landeshauptstadt", 1_450_381);
        f.append("\"Gebietsstand: 31.12.2015\n");
        f.append("Ergebnisse ab 2011 auf Grundlage des Zensus 2011\"\n");
        f.append("__________\n");
        f.append("(C)opyright Statistische Ämter des Bundes und der Länder, 2017 | Datenlizenz by-2-0\n");
        f.append("Stand: 10.10.2017 / 18:42:14\n");
        return f.toString();
    }

    /** People of a group for one sex: the group's share of the sex's people, the last group the rest. */
    static int[] groups(int people) {
        int[] counts = new int[SHARES.length];
        int left = people;
        for (int g = 0; g < SHARES.length - 1; g++) {
            counts[g] = people * SHARES[g] / 1000;
            left -= counts[g];
        }
        counts[SHARES.length - 1] = left;
        return counts;
    }

    private static void ageRow(StringBuilder f, String key, String name, int people) {
        int men = men(people);
        int[] m = groups(men);
        int[] w = groups(people - men);
        f.append(key).append(';').append(name);
        for (int g = 0; g < SHARES.length; g++) {
            f.append(';').append(m[g] + w[g]);
        }
        f.append(';').append(people);
        for (int[] sex : List.of(m, w)) {
            for (int count : sex) {
                f.append(';').append(count);
            }
            f.append(';').append(java.util.Arrays.stream(sex).sum());
        }
        f.append('\n');
    }

    /** The Regionalstatistik table mapped by place, sex and age group as the dialog proposes them. */
    static ColumnMapping regionalstatistikMapping(String text) {
        List<String> lines = text.lines().toList();
        List<List<String>> headings = Headings.columns(lines, ";", 6);
        List<ColumnMapping.ValueColumn> values = new ArrayList<>();
        for (int c = 2; c < headings.size(); c++) {
            Headings.Proposal p = Headings.propose(headings.get(c)).orElseThrow();
            values.add(new ColumnMapping.ValueColumn("#" + (c + 1), "bevoelkerung", p.sex(), p.ageGroup(), "Personen"));
        }
        return new ColumnMapping(";", 6, 0, "#1", 0, null, null, null, null, values, 3);
    }
}
