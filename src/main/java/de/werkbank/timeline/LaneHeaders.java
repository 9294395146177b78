package de.werkbank.timeline;

import de.werkbank.i18n.Messages;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lane headers of the {@link TimelinePainter}: each Handlungsfeld's colour and name, the name
 * wrapped onto two lines where it needs them (an ellipsis only if two do not hold it; the full name
 * and the Zukunftsbild are the header's hover text). A name stays in sight while its lane is
 * scrolled past the top. Wrapped names are kept, so a repaint measures no text.
 */
final class LaneHeaders {

    /** Where a name starts and how much room it has. */
    static final int NAME_X = 14;
    static final int NAME_WIDTH = TimelinePainter.HEADER_WIDTH - NAME_X - 6;
    private static final int LINE = 14;

    private final Map<String, List<String>> wrapped = new ConcurrentHashMap<>();

    void paint(Graphics2D g, Timeline t, TimelinePainter.View v, double top, double bottom) {
        int width = TimelinePainter.HEADER_WIDTH;
        int axis = TimelinePainter.AXIS_HEIGHT;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, v.height());
        g.setColor(TimelinePainter.MUTED);
        g.setFont(TimelinePainter.FONT);
        g.drawString(Messages.tr(t.zoom().messageKey()), 10, 27);
        Shape clip = g.getClip();
        g.clipRect(0, axis, width, v.height() - axis);
        g.setFont(TimelinePainter.BOLD);
        FontMetrics fm = g.getFontMetrics();
        for (Lane lane : t.lanes()) {
            if (lane.y() + lane.height() < top || lane.y() > bottom) {
                continue;
            }
            int y = (int) Math.round(v.screenY(lane.y()));
            int h = (int) Math.round(lane.height());
            g.setColor(TimelinePainter.colour(lane.colour()));
            g.fillRect(0, y + 2, 6, h - 4);
            g.setColor(TimelinePainter.TEXT);
            List<String> lines = wrapped.computeIfAbsent(lane.name(), name -> wrap(name, fm, NAME_WIDTH));
            // the name stays in sight while the lane is scrolled past the top
            int nameY = Math.min(Math.max(y, axis) + 17, y + h - 6 - LINE * (lines.size() - 1));
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), NAME_X, nameY + i * LINE);
            }
            g.setColor(TimelinePainter.GRID);
            g.drawLine(0, y + h - 1, width, y + h - 1);
        }
        g.setClip(clip);
        g.setColor(TimelinePainter.GRID);
        g.drawLine(width - 1, 0, width - 1, v.height());
    }

    /** The name on one line, else broken at spaces (or hyphens) onto two, the second cut with "…" if need be. */
    static List<String> wrap(String name, FontMetrics fm, int width) {
        if (fm.stringWidth(name) <= width) {
            return List.of(name);
        }
        int cut = -1;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean breakable = c == ' ' || name.charAt(i - 1) == '-' && c != ')';
            if (breakable && fm.stringWidth(name.substring(0, i).strip()) <= width) {
                cut = i;
            }
        }
        List<String> lines = new ArrayList<>();
        String rest;
        if (cut < 0) {
            int i = name.length();
            while (i > 1 && fm.stringWidth(name.substring(0, i)) > width) {
                i--;
            }
            lines.add(name.substring(0, i));
            rest = name.substring(i);
        } else {
            lines.add(name.substring(0, cut).strip());
            rest = name.substring(cut).strip();
        }
        if (fm.stringWidth(rest) > width) {
            while (!rest.isEmpty() && fm.stringWidth(rest + "…") > width) {
                rest = rest.substring(0, rest.length() - 1);
            }
            rest = rest.strip() + "…";
        }
        lines.add(rest);
        return List.copyOf(lines);
    }
}
