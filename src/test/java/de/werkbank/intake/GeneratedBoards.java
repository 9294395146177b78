package de.werkbank.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Large measure files shaped like the real exports, for the crash test and the {@code intake}
 * benchmark: a Trello board and a Planner export of {@code n} measures each, their titles unlike the
 * catalogue's (so each becomes a new green tool, as most of a Kreis's own measures do), with labels
 * naming Handlungsfelder, lists and buckets naming columns, checklists, dates, comments, people and a
 * closed card now and then. The same {@code n} gives the same file.
 */
public final class GeneratedBoards {

    private static final List<String> FIELDS = List.of("Mobilität", "Bildung", "Gesellschaftliche Teilhabe",
            "Leben & Wohnen", "Gesundheit & Pflege");
    private static final List<String> LISTS = List.of("💡 Ideen", "Vorschlag", "In Umsetzung", "Verstetigt");
    private static final List<String> PLACES = List.of("Heimbach", "Nideggen", "Kreuzau", "Düren", "Jülich",
            "Linnich", "Aldenhoven", "Niederzier", "Vettweiß", "Hürtgenwald");
    private static final List<String> PEOPLE = List.of("Anna Müller", "Jörg Weiß", "Ayşe Yılmaz", "Lukas Schäfer");

    private GeneratedBoards() {
    }

    private static String title(int i) {
        return "Vorhaben " + (i + 1) + " in " + PLACES.get(i % PLACES.size()) + (i % 7 == 0 ? " 🚀" : "");
    }

    private static List<String> items(int i) {
        return List.of("Partner gewinnen (" + (i + 1) + ")", "Förderantrag stellen", "Auftakt in "
                + PLACES.get(i % PLACES.size()));
    }

    /** A Trello board export („Als JSON exportieren“) of {@code n} cards. */
    public static byte[] trello(int n) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode board = json.createObjectNode();
        String boardId = "5f0c1d2e3a4b5c6d7e8f9a0b";
        board.put("id", boardId).put("name", "Demografiewerkstatt – " + n + " Maßnahmen").put("closed", false);
        ArrayNode labels = board.putArray("labels");
        for (int f = 0; f < FIELDS.size(); f++) {
            labels.addObject().put("id", "lab-" + f).put("idBoard", boardId).put("name", FIELDS.get(f)).put("color", "green");
        }
        labels.addObject().put("id", "lab-x").put("idBoard", boardId).put("name", "").put("color", "red");
        ArrayNode lists = board.putArray("lists");
        for (int l = 0; l < LISTS.size(); l++) {
            lists.addObject().put("id", "list-" + l).put("name", LISTS.get(l)).put("closed", false).put("pos", 16384 * (l + 1));
        }
        lists.addObject().put("id", "list-old").put("name", "Alt 🗄️").put("closed", true).put("pos", 999_999);
        ArrayNode members = board.putArray("members");
        for (int p = 0; p < PEOPLE.size(); p++) {
            members.addObject().put("id", "mem-" + p).put("fullName", PEOPLE.get(p)).put("username", "user" + p);
        }
        ArrayNode cards = board.putArray("cards");
        ArrayNode checklists = board.putArray("checklists");
        ArrayNode actions = board.putArray("actions");
        for (int i = 0; i < n; i++) {
            String id = "card-" + i;
            ObjectNode card = cards.addObject().put("id", id).put("name", title(i)).put("closed", i % 50 == 49)
                    .put("desc", "Beschreibung von " + title(i) + ".\n\nMit den Ortsvorstehern abgestimmt.")
                    .put("idList", i % 97 == 13 ? "list-old" : "list-" + (i % LISTS.size())).put("pos", 16384 * (i + 1));
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(i % 365);
            card.put("start", start + "T08:00:00.000Z").put("due", start.plusMonths(6) + "T16:00:00.000Z");
            ArrayNode idLabels = card.putArray("idLabels");
            idLabels.add("lab-" + (i % FIELDS.size()));
            if (i % 3 == 0) {
                idLabels.add("lab-x");
            }
            card.putArray("idMembers").add("mem-" + (i % PEOPLE.size()));
            ObjectNode checklist = checklists.addObject().put("id", "chk-" + i).put("idCard", id).put("name", "Schritte")
                    .put("pos", 16384);
            ArrayNode checkItems = checklist.putArray("checkItems");
            List<String> items = items(i);
            for (int k = 0; k < items.size(); k++) {
                checkItems.addObject().put("id", "ci-" + i + "-" + k).put("name", items.get(k))
                        .put("state", k < i % 4 ? "complete" : "incomplete").put("pos", 16384 * (k + 1));
            }
            if (i % 2 == 0 && actions.size() < 1000) {
                ObjectNode action = actions.addObject().put("id", "act-" + i).put("type", "commentCard")
                        .put("idMemberCreator", "mem-" + (i % PEOPLE.size()))
                        .put("date", Instant.parse("2026-05-01T09:00:00Z").plusSeconds(3600L * i).toString());
                ObjectNode data = action.putObject("data").put("text", "Stand besprochen ✅ (" + (i + 1) + ")");
                data.putObject("card").put("id", id).put("name", title(i));
                action.putObject("memberCreator").put("id", "mem-" + (i % PEOPLE.size()))
                        .put("fullName", PEOPLE.get(i % PEOPLE.size()));
            }
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(board);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** German Planner's „Export plan to Excel“ of {@code n} tasks. */
    public static byte[] planner(int n) throws IOException {
        List<String> progress = List.of("Nicht begonnen", "In Bearbeitung", "Abgeschlossen");
        List<String> priority = List.of("Dringend", "Wichtig", "Mittel", "Niedrig");
        List<List<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(i % 365);
            List<String> items = items(i);
            tasks.add(PlannerFixtures.task("task-" + i, title(i), LISTS.get(i % LISTS.size()),
                    progress.get(i % progress.size()), priority.get(i % priority.size()), PEOPLE.get(i % PEOPLE.size()),
                    PEOPLE.get(0), start.minusDays(10), start, start.plusMonths(6), "false", "false", "", "",
                    items.get(0), String.join(";", items), FIELDS.get(i % FIELDS.size()),
                    "Beschreibung von " + title(i) + "."));
        }
        return PlannerFixtures.workbook("Aufgaben", List.of("Planname", "Demografiewerkstatt – " + n + " Aufgaben",
                "Exportdatum", "01.06.2026"), PlannerFixtures.GERMAN, tasks);
    }
}
