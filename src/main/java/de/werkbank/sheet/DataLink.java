package de.werkbank.sheet;

import java.util.Objects;

/**
 * An indicator whose values come from the Datencheck: one figure of one area, year by year (e.g. the
 * share of people 65 and older in Heimbach), instead of values typed in.
 *
 * @param figure the figure's key as the Datencheck and the command line name it ({@code anteil_65_plus},
 *               or the key of an indicator imported as it is)
 * @param area the area's key (AGS)
 */
public record DataLink(String figure, String area) {

    public DataLink {
        figure = Objects.requireNonNull(figure, "figure").strip();
        area = Objects.requireNonNull(area, "area").strip();
    }
}
