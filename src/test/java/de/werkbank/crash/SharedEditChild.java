package de.werkbank.crash;

import de.werkbank.plan.Card;
import de.werkbank.plan.CastVotes;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.plan.PlanEditor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.SharedPassword;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One client of the two-process test: opens the shared store its first argument names (the password
 * from {@code PGPASSWORD}) as the user its second names, and answers commands read from its standard
 * input, one a line:
 * <ul>
 *   <li>{@code look CARD}: reads the plan afresh (a refresh) and prints {@code card CARD COLUMN VERSION};</li>
 *   <li>{@code move CARD COLUMN}: moves the card as last read to the top of the column through the
 *       plan editor, prints {@code stored VERSION} or {@code conflict MESSAGE};</li>
 *   <li>{@code random N SEED ROUND}: N random edits of cards among the plan's first 10, each from the
 *       plan as last read (read afresh after a conflict and now and then): moves to random columns,
 *       budget raises by one and new steps on their sheets (from the sheet as read a moment before), and
 *       votes in the vote round ROUND; prints {@code moved CARD VERSION COLUMN}, {@code raised CARD},
 *       {@code step CARD TEXT} or {@code voted CARD} for each stored one, {@code refused KIND CARD} for
 *       each refused one, and then {@code tally STORED CONFLICTS};</li>
 *   <li>{@code quit}.</li>
 * </ul>
 */
public final class SharedEditChild {

    private SharedEditChild() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation location = StoreLocation.of(args[0], SharedPassword.NONE);
        String user = args[1];
        try (Store store = Store.open(location)) {
            PlanEditor editor = new PlanEditor(store, () -> user, Clock.systemUTC());
            Plan seen = store.plan().orElseThrow();
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                String[] w = line.split(" ");
                switch (w[0]) {
                    case "look" -> {
                        seen = store.plan().orElseThrow();
                        Card card = card(seen, UUID.fromString(w[1]));
                        System.out.println("card " + card.id() + " " + card.column() + " " + card.version());
                    }
                    case "move" -> {
                        Card card = card(seen, UUID.fromString(w[1]));
                        try {
                            editor.execute(new MoveCard(card, column(seen, UUID.fromString(w[2])), 0));
                            System.out.println("stored " + (card.version() + 1));
                        } catch (PlanConflictException e) {
                            System.out.println("conflict " + e.getMessage());
                        }
                    }
                    case "random" -> seen = random(store, editor, user, Integer.parseInt(w[1]), Long.parseLong(w[2]),
                            UUID.fromString(w[3]));
                    default -> System.out.println("unknown " + line);
                }
                System.out.flush();
            }
        }
    }

    private static Plan random(Store store, PlanEditor editor, String user, int edits, long seed, UUID round) {
        Random random = new Random(seed);
        Plan seen = store.plan().orElseThrow();
        List<UUID> cards = seen.cards().stream().map(Card::id).sorted().limit(10).toList();
        int stored = 0;
        int conflicts = 0;
        for (int i = 0; i < edits; i++) {
            Card card = card(seen, cards.get(random.nextInt(cards.size())));
            int kind = random.nextInt(10);
            try {
                if (kind < 4) {
                    PlanColumn target = seen.columns().get(random.nextInt(seen.columns().size()));
                    editor.execute(new MoveCard(card, target, 0));
                    System.out.println("moved " + card.id() + " " + (card.version() + 1) + " " + target.id());
                } else if (kind < 8) {
                    // a sheet field or a new step, from the sheet as read a moment before
                    Werkzeugblatt sheet = store.sheet(card.id());
                    pause(random);
                    Werkzeugblatt after;
                    String line;
                    if (kind < 6) {
                        BigDecimal amount = sheet.budget() == null ? BigDecimal.ZERO : sheet.budget().amount();
                        after = sheet.with(d -> d.budget = new Budget(amount.add(BigDecimal.ONE), "Kreis"));
                        line = "raised " + card.id();
                    } else {
                        String text = user + " Schritt " + i;
                        after = sheet.with(d -> d.steps = java.util.stream.Stream.concat(d.steps.stream(),
                                java.util.stream.Stream.of(Step.of(text))).toList());
                        line = "step " + card.id() + " " + text;
                    }
                    editor.execute(new EditSheet(sheet, after, card.title()));
                    System.out.println(line);
                } else {
                    editor.execute(new CastVotes(round, user + " " + i, card.id(), card.title(), 1));
                    System.out.println("voted " + card.id());
                }
                stored++;
            } catch (PlanConflictException e) {
                System.out.println("refused " + kind + " " + card.id());
                conflicts++;
                seen = store.plan().orElseThrow();
            }
            if (random.nextInt(4) == 0) {
                seen = store.plan().orElseThrow();
            }
        }
        System.out.println("tally " + stored + " " + conflicts);
        return seen;
    }

    private static void pause(Random random) {
        try {
            Thread.sleep(random.nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Card card(Plan plan, UUID id) {
        return plan.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static PlanColumn column(Plan plan, UUID id) {
        return plan.columns().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
