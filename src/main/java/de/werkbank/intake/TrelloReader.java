package de.werkbank.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.werkbank.i18n.JsonFailure;
import de.werkbank.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Trello board exported as JSON („Menü → Drucken, exportieren und teilen → Als JSON
 * exportieren“): lists, cards (closed cards and cards of archived lists archived), their description,
 * start and due dates, checklists (steps with their state), labels (Handlungsfeld hints; a label
 * without a name by its colour), members, and the comments among the actions. Trello's export keeps
 * at most 1,000 actions; a file that holds exactly that many is noted in the preview.
 */
public final class TrelloReader {

    /** Trello writes at most this many actions into an export. */
    public static final int TRELLO_ACTION_LIMIT = 1_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_CARDS = 5_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(30).build());
    }

    private final String fileName;
    private final List<IntakeProblem> problems = new ArrayList<>();

    private TrelloReader(String fileName) {
        this.fileName = fileName;
    }

    /** @throws IntakeFileException when the file is no Trello board at all */
    public static MeasureSource read(String fileName, byte[] bytes) {
        return new TrelloReader(fileName).read(bytes);
    }

    /** Whether the bytes look like a Trello board (a JSON object with lists and cards). */
    static boolean looksLikeBoard(byte[] bytes) {
        try {
            JsonNode tree = JSON.readTree(bytes);
            return tree != null && tree.path("lists").isArray() && tree.path("cards").isArray();
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private MeasureSource read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IntakeFileException("intake.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        JsonNode board;
        try {
            board = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IntakeFileException(e, "intake.trello.notJson", fileName, JsonFailure.reason(e));
        } catch (java.io.IOException e) {
            throw new IntakeFileException(e, "intake.unreadable", fileName, e.getMessage());
        }
        if (board == null || !board.isObject() || !board.path("lists").isArray() || !board.path("cards").isArray()
                || board.path("id").asText("").isBlank()) {
            throw new IntakeFileException("intake.trello.notBoard", fileName);
        }
        if (board.path("cards").size() > MAX_CARDS) {
            throw new IntakeFileException("intake.tooManyMeasures", fileName, MAX_CARDS);
        }
        String boardId = board.path("id").asText();
        Map<String, JsonNode> lists = byId(board.path("lists"));
        Map<String, JsonNode> labels = byId(board.path("labels"));
        Map<String, String> members = new HashMap<>();
        board.path("members").forEach(m -> members.put(m.path("id").asText(), name(m)));
        Map<String, List<JsonNode>> checklists = new HashMap<>();
        board.path("checklists").forEach(c -> checklists.computeIfAbsent(c.path("idCard").asText(), k -> new ArrayList<>()).add(c));
        Map<String, List<Measure.Comment>> comments = comments(board.path("actions"), members);

        List<JsonNode> cards = new ArrayList<>();
        board.path("cards").forEach(cards::add);
        Map<String, Integer> listOrder = new HashMap<>();
        List<JsonNode> orderedLists = new ArrayList<>(lists.values());
        orderedLists.sort(Comparator.comparingDouble(l -> l.path("pos").asDouble()));
        for (int i = 0; i < orderedLists.size(); i++) {
            listOrder.put(orderedLists.get(i).path("id").asText(), i);
        }
        cards.sort(Comparator.comparingInt((JsonNode c) -> listOrder.getOrDefault(c.path("idList").asText(), Integer.MAX_VALUE))
                .thenComparingDouble(c -> c.path("pos").asDouble()));
        List<Measure> measures = new ArrayList<>();
        for (JsonNode card : cards) {
            measures.add(measure(boardId, card, lists, labels, members, checklists, comments));
        }
        List<String> notes = new ArrayList<>();
        if (board.path("actions").size() >= TRELLO_ACTION_LIMIT) {
            notes.add(Messages.tr("intake.trello.actionLimit", TRELLO_ACTION_LIMIT));
        }
        return new MeasureSource(IntakeFormat.TRELLO, fileName, board.path("name").asText(fileName), measures, notes,
                problems);
    }

    private Measure measure(String boardId, JsonNode card, Map<String, JsonNode> lists, Map<String, JsonNode> labels,
                            Map<String, String> members, Map<String, List<JsonNode>> checklists,
                            Map<String, List<Measure.Comment>> comments) {
        String id = card.path("id").asText();
        String title = card.path("name").asText("");
        String place = Messages.tr("intake.place.card", title.isBlank() ? id : title);
        if (id.isBlank()) {
            problems.add(IntakeProblem.of(place, "intake.trello.cardWithoutId"));
        }
        JsonNode list = lists.get(card.path("idList").asText());
        boolean archived = card.path("closed").asBoolean(false) || (list != null && list.path("closed").asBoolean(false));
        List<String> hints = new ArrayList<>();
        JsonNode cardLabels = card.path("labels");
        if (cardLabels.isArray() && !cardLabels.isEmpty()) {
            cardLabels.forEach(l -> hints.add(labelName(l)));
        } else {
            card.path("idLabels").forEach(l -> {
                JsonNode label = labels.get(l.asText());
                if (label != null) {
                    hints.add(labelName(label));
                }
            });
        }
        hints.removeIf(String::isBlank);
        List<String> people = new ArrayList<>();
        card.path("idMembers").forEach(m -> {
            String n = members.get(m.asText());
            if (n != null && !n.isBlank()) {
                people.add(n);
            }
        });
        List<JsonNode> lists2 = new ArrayList<>(checklists.getOrDefault(id, List.of()));
        lists2.sort(Comparator.comparingDouble(c -> c.path("pos").asDouble()));
        List<Measure.Step> steps = new ArrayList<>();
        for (JsonNode checklist : lists2) {
            List<JsonNode> items = new ArrayList<>();
            checklist.path("checkItems").forEach(items::add);
            items.sort(Comparator.comparingDouble(i -> i.path("pos").asDouble()));
            items.forEach(i -> steps.add(new Measure.Step(i.path("name").asText(""),
                    "complete".equals(i.path("state").asText()))));
        }
        return new Measure("trello:" + boardId + "/" + id, place, title, card.path("desc").asText(""), hints, "", null, "",
                date(card, "start", place), date(card, "due", place), null,
                list == null ? "" : list.path("name").asText(""), steps, people,
                comments.getOrDefault(id, List.of()), archived);
    }

    /** A label's name; a label without one is named by its colour ("green"), which a mapping may name. */
    private static String labelName(JsonNode label) {
        String name = label.path("name").asText("").strip();
        return name.isEmpty() ? label.path("color").asText("") : name;
    }

    private LocalDate date(JsonNode card, String field, String place) {
        JsonNode value = card.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText("").isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.asText()).atZone(ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException again) {
                problems.add(IntakeProblem.of(place, "intake.badDate", field, value.asText()));
                return null;
            }
        }
    }

    private static Map<String, List<Measure.Comment>> comments(JsonNode actions, Map<String, String> members) {
        Map<String, List<Measure.Comment>> byCard = new HashMap<>();
        for (JsonNode a : actions) {
            if (!"commentCard".equals(a.path("type").asText())) {
                continue;
            }
            String card = a.path("data").path("card").path("id").asText("");
            Instant at;
            try {
                at = Instant.parse(a.path("date").asText());
            } catch (DateTimeParseException e) {
                continue;
            }
            String who = name(a.path("memberCreator"));
            if (who.isBlank()) {
                who = members.getOrDefault(a.path("idMemberCreator").asText(), "");
            }
            byCard.computeIfAbsent(card, k -> new ArrayList<>())
                    .add(new Measure.Comment(a.path("id").asText(""), who, at, a.path("data").path("text").asText("")));
        }
        byCard.values().forEach(l -> l.sort(Comparator.comparing(Measure.Comment::at)));
        return byCard;
    }

    private static String name(JsonNode member) {
        String full = member.path("fullName").asText("").strip();
        return full.isEmpty() ? member.path("username").asText("").strip() : full;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new java.util.LinkedHashMap<>();
        array.forEach(n -> map.put(n.path("id").asText(), n));
        return map;
    }
}
