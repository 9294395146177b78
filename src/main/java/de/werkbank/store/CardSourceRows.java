package de.werkbank.store;

import de.werkbank.plan.CardSources;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The source ids of imported cards (table {@code card_source}, removed with their card). */
final class CardSourceRows implements CardSources {

    private final Connection c;

    CardSourceRows(Connection c) {
        this.c = c;
    }

    @Override
    public Map<UUID, String> all() {
        Map<UUID, String> all = new LinkedHashMap<>();
        Sql.list(c, "select c.uuid, s.source_id from card_source s join card c on c.id = s.card_id order by s.id", rs -> {
            all.put(rs.getObject(1, UUID.class), rs.getString(2));
            return null;
        });
        return all;
    }

    @Override
    public Optional<UUID> card(String sourceId) {
        return Sql.one(c, "select c.uuid from card_source s join card c on c.id = s.card_id where s.source_id = ?",
                rs -> rs.getObject(1, UUID.class), sourceId);
    }

    @Override
    public void set(UUID card, String sourceId) {
        remove(card);
        Sql.update(c, "insert into card_source (card_id, source_id) select id, ? from card where uuid = ?", sourceId, card);
    }

    /** Adds the source ids of cards just inserted (a snapshot's, a backup's). */
    void insertAll(Map<UUID, String> sources) {
        List<Object[]> rows = new ArrayList<>();
        sources.forEach((card, id) -> rows.add(new Object[] {id, card}));
        Sql.batch(c, "insert into card_source (card_id, source_id) select id, ? from card where uuid = ?", rows);
    }

    @Override
    public void remove(UUID card) {
        Sql.update(c, "delete from card_source where card_id = (select id from card where uuid = ?)", card);
    }
}
