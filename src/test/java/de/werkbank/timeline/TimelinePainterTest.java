package de.werkbank.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Handlungsfeld;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelinePainterTest {

    @Test
    void aBarIsDrawnInItsLanesColourWhereTheLayoutPutsItAndTodayIsARedLine() {
        System.setProperty("java.awt.headless", "true");
        var field = new Handlungsfeld(UUID.randomUUID(), "MOBIL", "Mobilität", "Mobilität", "#2E7D32", 1);
        var m = new TimelineMeasure(UUID.randomUUID(), "Rufbus", "MOBIL", 4, "Verstetigt", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(), List.of());
        LocalDate today = LocalDate.of(2026, 6, 15);
        Timeline t = new TimelineLayout(List.of(field), Map.of(), 5).layout(List.of(m), id -> true, Zoom.QUARTERS, today);
        var view = TimelinePainter.View.whole(t);
        BufferedImage image = new TimelinePainter().render(t, view, TimelinePainter.Highlight.NONE);
        Bar bar = t.bars().get(0);
        // the last column's bar is filled with the lane's full colour; probe right of the title
        int x = (int) view.screenX(bar.x() + bar.width() - 30);
        int y = (int) view.screenY(bar.y() + 4);
        assertThat(image.getRGB(x, y) & 0xffffff).isEqualTo(0x2E7D32);
        int todayX = (int) Math.round(view.screenX(t.xOf(today)));
        int below = (int) view.screenY(t.height() - 2);
        assertThat(image.getRGB(todayX, below) & 0xffffff).isEqualTo(0xcf222e);
        // nothing of the bar left of its start
        assertThat(image.getRGB((int) view.screenX(bar.x()) - 4, y) & 0xffffff).isNotEqualTo(0x2E7D32);
    }
}
