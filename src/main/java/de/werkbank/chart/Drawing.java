package de.werkbank.chart;

import java.awt.Graphics2D;

/**
 * A picture the app draws with Java2D (the timeline, a map, a chart), placed on a page as vector
 * graphics: {@link PdfWriter} scales it to the box the page gives it, keeping its proportions.
 */
public interface Drawing {

    /** The picture's own width, in its units (pixels of the screen version). */
    double width();

    double height();

    /** Draws the picture into {@code g}, from (0, 0) to ({@link #width()}, {@link #height()}). */
    void paint(Graphics2D g);
}
