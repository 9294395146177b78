package de.werkbank.snapshot;

/**
 * A place in a snapshot document as a JSON path, e.g. {@code $.plan.cards[3].title}. Built as a
 * chain of small steps and spelled out only when a message names it: a check of every value of a
 * large snapshot costs no text.
 */
final class DocPath {

    private static final DocPath ROOT = new DocPath(null, "$", -1);

    private final DocPath parent;
    private final String name;
    private final int index;

    private DocPath(DocPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path from the document's root through these members, e.g. {@code at("plan", "cards")}. */
    static DocPath at(String... names) {
        DocPath path = ROOT;
        for (String name : names) {
            path = path.field(name);
        }
        return path;
    }

    /** The member {@code name} of the object here. */
    DocPath field(String name) {
        return new DocPath(this, name, -1);
    }

    /** The element {@code index} of the array here. */
    DocPath index(int index) {
        return new DocPath(this, null, index);
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder();
        spell(path);
        return path.toString();
    }

    private void spell(StringBuilder path) {
        if (parent == null) {
            path.append(name);
            return;
        }
        parent.spell(path);
        if (name == null) {
            path.append('[').append(index).append(']');
        } else {
            path.append('.').append(name);
        }
    }
}
