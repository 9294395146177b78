package de.werkbank.document;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XHTML: elements are opened and closed in order, every text and attribute value
 * is escaped, so a user's text ({@code <}, {@code &}, quotes, control characters) never becomes markup.
 * Attributes are given as name/value pairs; a {@code null} value leaves the attribute out.
 */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code tag} with the given attributes ({@code name, value, name, value, …}). */
    public Xhtml open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    public Xhtml close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag} (a check that the nesting is right). */
    public Xhtml close(String tag) {
        if (!tag.equals(open.peek())) {
            throw new IllegalStateException("closing " + tag + " but " + open.peek() + " is open");
        }
        return close();
    }

    /** {@code <tag …>text</tag>}. */
    public Xhtml element(String tag, String text, String... attributes) {
        start(tag, attributes);
        out.append('>');
        escape(text == null ? "" : text, false);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag …/>}: an element without content. */
    public Xhtml empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text inside the open element. */
    public Xhtml text(String text) {
        escape(text == null ? "" : text, false);
        return this;
    }

    /** Text whose line breaks become {@code <br/>}. */
    public Xhtml lines(String text) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            escape(lines[i], false);
        }
        return this;
    }

    /** The whole document; every element must be closed. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("still open: " + open);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + out;
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t' -> out.append(attribute ? ' ' : c);
                case '\r' -> out.append(' ');
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append(' '); // not allowed in XML 1.0
                    } else if (Character.isSurrogate(c) && !validPair(text, i)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
