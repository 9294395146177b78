package de.werkbank.timeline;

/**
 * One Handlungsfeld's band across the chart.
 *
 * @param colour a CSS hex colour such as {@code #546E7A}
 * @param y the band's top in chart coordinates (below the axis)
 * @param rows how many rows its bars are stacked in (at least one)
 */
public record Lane(String key, String name, String title, String colour, String zukunftsbild, double y,
                   double height, int rows) {

    public boolean contains(double chartY) {
        return chartY >= y && chartY < y + height;
    }
}
