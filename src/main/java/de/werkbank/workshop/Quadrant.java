package de.werkbank.workshop;

/**
 * A quarter of the value/effort matrix (Nutzen × Aufwand). Value runs upwards, effort to the right;
 * the middle (0.5) belongs to the upper (more value) and the left (less effort) half.
 */
public enum Quadrant {
    /** Much value for little effort: "schnelle Erfolge". */
    QUICK_WINS,
    /** Much value for much effort: "große Vorhaben". */
    MAJOR_PROJECTS,
    /** Little value for little effort: "Lückenfüller". */
    FILL_INS,
    /** Little value for much effort: "Zeitfresser". */
    TIME_SINKS;

    /** The quadrant of a place, both values from 0 to 1. */
    public static Quadrant of(double nutzen, double aufwand) {
        boolean valuable = nutzen >= 0.5;
        boolean cheap = aufwand <= 0.5;
        if (valuable) {
            return cheap ? QUICK_WINS : MAJOR_PROJECTS;
        }
        return cheap ? FILL_INS : TIME_SINKS;
    }

    /** The key of the quadrant's name in the resource bundle. */
    public String messageKey() {
        return "matrix.quadrant." + name();
    }
}
