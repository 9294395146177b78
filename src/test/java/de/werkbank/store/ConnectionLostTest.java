package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.PlanChange;
import de.werkbank.seed.Seeder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server drops a shared store's connections (as when it restarts or the network goes): the failed
 * transaction says the connection is lost, the next one connects anew; the listener says it is lost,
 * reconnects by itself, says it is back and asks for a full refresh.
 */
class ConnectionLostTest {

    private StoreLocation location;

    @AfterEach
    void drop() {
        if (location != null) {
            TestStores.drop(location);
        }
    }

    @Test
    void aDroppedConnectionIsReportedAndComesBackByItself() throws Exception {
        location = TestStores.freshDatabase();
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            BlockingQueue<Boolean> status = new LinkedBlockingQueue<>();
            BlockingQueue<Optional<PlanChange>> changes = new LinkedBlockingQueue<>();
            try (SharedListener listener = store.listen(changes::add, status::add).orElseThrow()) {
                int cards = store.plan().orElseThrow().cards().size();
                dropConnections();

                // the first read after the drop fails with the plain message, unless the listener has
                // noticed the drop first and the store has already reconnected (on a quick machine it may)
                try {
                    store.plan();
                } catch (StoreException e) {
                    assertThat(Store.connectionLost(e)).isTrue();
                    assertThat(e).hasMessageContaining("Verbindung zum gemeinsamen Speicher ist unterbrochen");
                }
                assertThat(store.plan().orElseThrow().cards()).hasSize(cards);

                assertThat(status.poll(10, TimeUnit.SECONDS)).as("lost").isFalse();
                assertThat(status.poll(15, TimeUnit.SECONDS)).as("back").isTrue();
                assertThat(changes.poll(5, TimeUnit.SECONDS)).as("a full refresh after the reconnect").isEmpty();
            }
        }
    }

    private void dropConnections() throws Exception {
        SharedStoreUrl admin = TestStores.server();
        String database = location.jdbcUrl().replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), System.getenv("PGPASSWORD"))) {
            List<Integer> pids = Sql.list(c, "select pid from pg_stat_activity where datname = ? and pid <> pg_backend_pid()",
                    rs -> rs.getInt(1), database);
            for (int pid : pids) {
                Sql.list(c, "select pg_terminate_backend(?)", rs -> rs.getBoolean(1), pid);
            }
            // pg_terminate_backend only signals: wait until those backends have ended (new ones may start)
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && pids.stream().anyMatch(pid ->
                    !Sql.list(c, "select 1 from pg_stat_activity where pid = ?", rs -> rs.getInt(1), pid).isEmpty())) {
                Thread.sleep(20);
            }
        }
    }
}
