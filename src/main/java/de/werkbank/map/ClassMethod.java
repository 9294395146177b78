package de.werkbank.map;

/** How a map's values are divided into classes. */
public enum ClassMethod {
    /** Each class holds (about) the same number of areas. */
    QUANTILE,
    /** Classes of equal width between the smallest and the largest value. */
    EQUAL,
    /** Natural breaks (Jenks): the least squared deviation within the classes, computed exactly by Ckmeans. */
    JENKS,
    /** Breaks the user typed. */
    MANUAL
}
