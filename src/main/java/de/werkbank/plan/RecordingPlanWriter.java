package de.werkbank.plan;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.CatalogueWriter;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.review.ReviewWriter;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.workshop.MatrixPosition;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.WorkshopWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Passes a command's writes on to the store and notes what they touched. */
final class RecordingPlanWriter implements PlanWriter {

    private final PlanWriter target;
    private final Set<UUID> cards = new HashSet<>();
    private final Set<UUID> columns = new HashSet<>();
    private final Set<UUID> sheets = new HashSet<>();
    private boolean columnsChanged;
    private boolean swimlanesChanged;
    private boolean catalogueChanged;
    private boolean workshopChanged;

    RecordingPlanWriter(PlanWriter target) {
        this.target = target;
    }

    PlanChange change() {
        return new PlanChange(cards, columns, columnsChanged, sheets, swimlanesChanged, catalogueChanged,
                workshopChanged);
    }

    @Override
    public Optional<Card> card(UUID id) {
        return target.card(id);
    }

    @Override
    public List<Card> cardsIn(UUID columnId) {
        return target.cardsIn(columnId);
    }

    @Override
    public Neighbours neighbours(UUID columnId, int index, UUID except) {
        return target.neighbours(columnId, index, except);
    }

    @Override
    public int countAbove(UUID columnId, long position) {
        return target.countAbove(columnId, position);
    }

    @Override
    public void insertCard(Card card) {
        target.insertCard(card);
        cards.add(card.id());
    }

    @Override
    public void deleteCard(UUID id) {
        target.deleteCard(id);
        cards.add(id);
    }

    @Override
    public Card placeCard(UUID id, UUID columnId, long position, String handlungsfeld, int expectedVersion) {
        Card placed = target.placeCard(id, columnId, position, handlungsfeld, expectedVersion);
        cards.add(id);
        return placed;
    }

    @Override
    public Card retitleCard(UUID id, String title, UUID werkzeug, int expectedVersion) {
        Card changed = target.retitleCard(id, title, werkzeug, expectedVersion);
        cards.add(id);
        return changed;
    }

    @Override
    public Optional<Card> archivedCard(UUID id) {
        return target.archivedCard(id);
    }

    @Override
    public void setArchived(UUID id, boolean archived, int expectedVersion) {
        target.setArchived(id, archived, expectedVersion);
        cards.add(id);
    }

    @Override
    public void renumber(UUID columnId) {
        target.renumber(columnId);
        columns.add(columnId);
    }

    @Override
    public boolean swimlanes() {
        return target.swimlanes();
    }

    @Override
    public int planVersion() {
        return target.planVersion();
    }

    @Override
    public void setSwimlanes(boolean on, int expectedVersion) {
        target.setSwimlanes(on, expectedVersion);
        swimlanesChanged = true;
    }

    @Override
    public List<PlanColumn> columns() {
        return target.columns();
    }

    @Override
    public void insertColumn(PlanColumn column) {
        target.insertColumn(column);
        columnsChanged = true;
    }

    @Override
    public PlanColumn updateColumn(PlanColumn column) {
        columnsChanged = true;
        return target.updateColumn(column);
    }

    @Override
    public void deleteColumn(UUID columnId) {
        target.deleteColumn(columnId);
        columnsChanged = true;
    }

    @Override
    public Werkzeugblatt sheet(UUID card) {
        return target.sheet(card);
    }

    @Override
    public Werkzeugblatt saveSheet(Werkzeugblatt sheet, String cardTitle) {
        Werkzeugblatt saved = target.saveSheet(sheet, cardTitle);
        cards.add(sheet.card());
        sheets.add(sheet.card());
        return saved;
    }

    @Override
    public List<Actor> actors() {
        return target.actors();
    }

    @Override
    public boolean insertActor(Actor actor) {
        return target.insertActor(actor);
    }

    @Override
    public void deleteActor(UUID id) {
        target.deleteActor(id);
    }

    @Override
    public CatalogueWriter catalogue() {
        return new RecordingCatalogue(target.catalogue());
    }

    /** Raises the catalogue's version once if the command changed the catalogue. */
    void raiseCatalogueVersionIfChanged() {
        if (catalogueChanged) {
            target.catalogue().raiseVersion();
        }
    }

    /** Passes catalogue writes on and notes that the catalogue changed. */
    private final class RecordingCatalogue implements CatalogueWriter {
        private final CatalogueWriter catalogue;

        RecordingCatalogue(CatalogueWriter catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public Catalogue load() {
            return catalogue.load();
        }

        @Override
        public void insertWerkzeug(Werkzeug tool) {
            catalogue.insertWerkzeug(tool);
            catalogueChanged = true;
        }

        @Override
        public Map<UUID, Integer> werkzeugVersions() {
            return catalogue.werkzeugVersions();
        }

        @Override
        public void updateWerkzeug(Werkzeug tool, int expectedVersion) {
            catalogue.updateWerkzeug(tool, expectedVersion);
            catalogueChanged = true;
        }

        @Override
        public void deleteWerkzeug(Werkzeug tool, int expectedVersion) {
            catalogue.deleteWerkzeug(tool, expectedVersion);
            catalogueChanged = true;
        }

        @Override
        public int cardsUsing(UUID tool) {
            return catalogue.cardsUsing(tool);
        }

        @Override
        public Map<String, FieldVersions> handlungsfeldVersions() {
            return catalogue.handlungsfeldVersions();
        }

        @Override
        public void updateHandlungsfeld(Handlungsfeld field, int expectedVersion) {
            catalogue.updateHandlungsfeld(field, expectedVersion);
            catalogueChanged = true;
        }

        @Override
        public void setZukunftsbild(Handlungsfeld field, String text, int expectedVersion) {
            catalogue.setZukunftsbild(field, text, expectedVersion);
            catalogueChanged = true;
        }

        @Override
        public int version() {
            return catalogue.version();
        }

        @Override
        public void raiseVersion() {
            catalogueChanged = true;
        }
    }

    @Override
    public long recordHistory(HistoryEntry entry, PlanCommand.Memento change) {
        return target.recordHistory(entry, change);
    }

    @Override
    public long historyMark() {
        return target.historyMark();
    }

    @Override
    public List<HistoryEntry> historySince(long mark) {
        return target.historySince(mark);
    }

    @Override
    public void insertHistoryEntry(HistoryEntry entry) {
        target.insertHistoryEntry(entry);
    }

    @Override
    public void deleteHistoryEntry(UUID id) {
        target.deleteHistoryEntry(id);
    }

    @Override
    public ReviewWriter reviews() {
        return target.reviews();
    }

    @Override
    public CardSources cardSources() {
        CardSources inner = target.cardSources();
        return new CardSources() {
            @Override
            public java.util.Map<UUID, String> all() {
                return inner.all();
            }

            @Override
            public Optional<UUID> card(String sourceId) {
                return inner.card(sourceId);
            }

            @Override
            public void set(UUID card, String sourceId) {
                inner.set(card, sourceId);
                cards.add(card);
            }

            @Override
            public void remove(UUID card) {
                inner.remove(card);
                cards.add(card);
            }
        };
    }

    @Override
    public WorkshopWriter workshop() {
        WorkshopWriter inner = target.workshop();
        return new WorkshopWriter() {
            @Override
            public List<VoteRound> voteRounds() {
                return inner.voteRounds();
            }

            @Override
            public Optional<VoteRound> voteRound(UUID id) {
                return inner.voteRound(id);
            }

            @Override
            public void insertVoteRound(VoteRound round) {
                inner.insertVoteRound(round);
                workshopChanged = true;
            }

            @Override
            public void deleteVoteRound(UUID id) {
                inner.deleteVoteRound(id);
                workshopChanged = true;
            }

            @Override
            public void updateVoteRound(VoteRound round) {
                inner.updateVoteRound(round);
                workshopChanged = true;
            }

            @Override
            public List<MatrixPosition> matrix() {
                return inner.matrix();
            }

            @Override
            public Optional<MatrixPosition> matrixPosition(UUID card) {
                return inner.matrixPosition(card);
            }

            @Override
            public void placeOnMatrix(MatrixPosition position) {
                inner.placeOnMatrix(position);
                workshopChanged = true;
            }

            @Override
            public void removeFromMatrix(UUID card) {
                inner.removeFromMatrix(card);
                workshopChanged = true;
            }
        };
    }
}
