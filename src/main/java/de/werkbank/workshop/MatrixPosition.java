package de.werkbank.workshop;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a card stands on the value/effort matrix.
 *
 * @param nutzen the value, 0 (little) to 1 (much)
 * @param aufwand the effort, 0 (little) to 1 (much)
 */
public record MatrixPosition(UUID card, double nutzen, double aufwand) {

    public MatrixPosition {
        Objects.requireNonNull(card, "card");
        if (!(nutzen >= 0 && nutzen <= 1) || !(aufwand >= 0 && aufwand <= 1)) {
            throw new IllegalArgumentException("matrix position out of range: " + nutzen + ", " + aufwand);
        }
    }

    /** A position with both values clamped to 0..1 and rounded to thousandths (what the store keeps). */
    public static MatrixPosition clamped(UUID card, double nutzen, double aufwand) {
        return new MatrixPosition(card, clamp(nutzen), clamp(aufwand));
    }

    private static double clamp(double v) {
        double within = Double.isNaN(v) ? 0.5 : Math.max(0, Math.min(1, v));
        return Math.round(within * 1000) / 1000.0;
    }

    public Quadrant quadrant() {
        return Quadrant.of(nutzen, aufwand);
    }
}
