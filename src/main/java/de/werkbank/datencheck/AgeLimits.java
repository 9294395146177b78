package de.werkbank.datencheck;

/**
 * The age limits of the derived indicators, which sources set differently.
 *
 * @param young the first age of working age (Jugendquotient: under it; default 20, variant 18)
 * @param old the first age of the old (Altenquotient, Anteil 65+; default 65)
 * @param veryOld the first age of the very old (Anteil 80+; default 80)
 * @param openGroupMean the mean age assumed in the open top group (e.g. 85+) for the average age
 */
public record AgeLimits(int young, int old, int veryOld, double openGroupMean) {

    public static final AgeLimits STANDARD = new AgeLimits(20, 65, 80, 90);

    public AgeLimits {
        if (!(0 < young && young < old && old < veryOld)) {
            throw new IllegalArgumentException("age limits out of order: " + young + ", " + old + ", " + veryOld);
        }
    }
}
