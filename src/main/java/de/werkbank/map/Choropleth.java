package de.werkbank.map;

import java.util.Map;

/**
 * What a map shows: a figure's values by area key (areas without a value are "no data"), divided into
 * classes, with one colour per class.
 *
 * @param title e.g. "Altenquotient 2019"
 */
public record Choropleth(String title, Map<String, Double> values, Classes classes, int[] colours, int decimals) {

    public Choropleth {
        values = Map.copyOf(values);
        colours = colours.clone();
    }

    /** Classifies the values and picks the palette's colours for the classes. */
    public static Choropleth of(String title, Map<String, Double> values, ClassMethod method, int classes,
                                double[] manualBreaks, Palette palette, int decimals) {
        double[] v = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        Classes c = Classification.of(v, method, classes, manualBreaks);
        return new Choropleth(title, values, c, palette.colours(c), decimals);
    }

    /** The RGB colour of an area: its class's, or {@link Palette#NO_DATA}. */
    public int colourOf(String key) {
        Double v = values.get(key);
        return v == null || values.isEmpty() ? Palette.NO_DATA : colours[classes.classOf(v)];
    }

    @Override
    public int[] colours() {
        return colours.clone();
    }
}
