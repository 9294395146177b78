package de.werkbank.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.FieldChange;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.EditHandlungsfeld;
import de.werkbank.catalogue.edit.EditWerkzeug;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.board.BoardViewModel;
import de.werkbank.ui.board.CardItem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's view-model and the board follow every catalogue change, without a screen. */
class CatalogueViewModelTest {

    @TempDir
    Path dir;

    private Session session;
    private final CatalogueViewModel catalogue = new CatalogueViewModel();
    private final BoardViewModel board = new BoardViewModel(Clock.systemUTC());
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        catalogue.attach(session);
        board.attach(session);
        catalogue.setErrorHandler(errors::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<CardItem> cards() {
        return board.columns().stream().flatMap(c -> c.cards().stream()).toList();
    }

    @Test
    void aRenamedRecolouredFieldShowsOnTheBoardAndInTheFilterAtOnce() {
        Handlungsfeld field = catalogue.catalogue().handlungsfeld("MOBILITAET").orElseThrow();
        Handlungsfeld renamed = new Handlungsfeld(field.id(), field.key(), "Unterwegs", field.title(), "#00AA00",
                field.position());
        catalogue.fieldProperty().set(field);

        assertThat(catalogue.execute(new EditHandlungsfeld(new FieldChange(field,
                catalogue.catalogue().zukunftsbild("MOBILITAET"), renamed, "Neu.")))).isTrue();

        assertThat(catalogue.fieldProperty().get()).isEqualTo(renamed);
        assertThat(catalogue.zukunftsbild(renamed)).isEqualTo("Neu.");
        assertThat(board.handlungsfelder()).contains(renamed);
        assertThat(cards()).filteredOn(i -> i.card().handlungsfeld().equals("MOBILITAET")).isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.fieldName()).isEqualTo("Unterwegs");
                    assertThat(i.colour()).isEqualTo("#00AA00");
                });

        board.undo();
        assertThat(catalogue.fieldProperty().get()).isEqualTo(field);
    }

    @Test
    void retiredToolsAreListedOnlyWhenAskedAndARefusedChangeIsReported() {
        Werkzeug tool = catalogue.visibleTools().get(0);
        catalogue.execute(EditWerkzeug.retire(tool, true));
        assertThat(catalogue.visibleTools()).extracting(Werkzeug::id).doesNotContain(tool.id());
        assertThat(catalogue.countText().get()).isEqualTo("99 von 99 Werkzeugen");
        catalogue.showRetiredProperty().set(true);
        assertThat(catalogue.visibleTools()).extracting(Werkzeug::id).contains(tool.id());

        assertThat(catalogue.execute(EditWerkzeug.retire(tool, true))).isFalse();
        assertThat(errors).singleElement().asString().contains(tool.code(), "anderswo geändert");
        assertThat(catalogue.blankTool().code()).isEqualTo("W-101");
    }
}
