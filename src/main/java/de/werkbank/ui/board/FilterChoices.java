package de.werkbank.ui.board;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.sheet.Actor;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the board's filter offers (lead offices, Kommunen) and the offices' short names the cards use. */
public final class FilterChoices {

    private final ObservableList<String> leadOffices = FXCollections.observableArrayList();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private Map<String, String> officeShortNames = Map.of();

    /** Takes the choices from the registry, the catalogue and the areas. */
    void read(List<Actor> actors, Catalogue catalogue, List<Area> allAreas) {
        officeShortNames = actors.stream()
                .filter(a -> a.kind() == Actor.Kind.OFFICE && !a.shortName().isEmpty())
                .collect(Collectors.toMap(Actor::name, Actor::shortName, (a, b) -> a));
        leadOffices.setAll(Stream.concat(catalogue.werkzeuge().stream().map(Werkzeug::leadOffice),
                        actors.stream().filter(a -> a.kind() == Actor.Kind.OFFICE).map(Actor::name))
                .filter(o -> !o.isBlank()).distinct().sorted(Collator.getInstance(Locale.GERMAN)).toList());
        areas.setAll(allAreas.stream().filter(a -> a.level() != Area.Level.ORTSTEIL).toList());
    }

    /** An office's short name from the registry (such as „A 61“), or its name when it has none. */
    public String shortOffice(String office) {
        return officeShortNames.getOrDefault(office, office);
    }

    /** The lead offices of the catalogue's tools and the registry's offices. */
    public ObservableList<String> leadOffices() {
        return leadOffices;
    }

    /** The Kreis and its Kommunen. */
    public ObservableList<Area> areas() {
        return areas;
    }
}
