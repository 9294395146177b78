package de.werkbank.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Handlungsfeld;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the painter shows of titles, lane names and arrows, probed in the picture. */
class TimelinePictureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Handlungsfeld FIELD = new Handlungsfeld(UUID.randomUUID(), "TEIL",
            "Gesellschaftliche Teilhabe und Engagement", "Teilhabe", "#2E7D32", 1);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static TimelineMeasure measure(String title, LocalDate start, LocalDate end, UUID... dependsOn) {
        return new TimelineMeasure(UUID.randomUUID(), title, "TEIL", 0, "Vorschlag", start, end, List.of(),
                List.of(dependsOn));
    }

    private static Timeline layout(TimelineMeasure... measures) {
        return new TimelineLayout(List.of(FIELD), Map.of(), 5).layout(List.of(measures), id -> true, Zoom.QUARTERS,
                TODAY);
    }

    /** Whether any pixel in the rectangle is darker than the lightest grey the chart draws. */
    private static boolean inked(BufferedImage image, int x0, int y0, int w, int h) {
        for (int x = x0; x < x0 + w; x++) {
            for (int y = y0; y < y0 + h; y++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 120) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aBarStartingLeftOfTheViewKeepsItsTitleAtTheViewsLeftEdge() {
        // a proposal (white bar) from 2024 to 2028, the view scrolled to 2027 (today's line left of it)
        Timeline t = layout(measure("Dorfladen", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
        Bar bar = t.bars().get(0);
        var view = new TimelinePainter.View(t.xOf(LocalDate.of(2027, 1, 1)), 0, 900, 200);
        BufferedImage image = new TimelinePainter().render(t, view, TimelinePainter.Highlight.NONE);
        int y = (int) view.screenY(bar.y());
        assertThat(inked(image, TimelinePainter.HEADER_WIDTH + 4, y + 4, 60, 12)).isTrue();
        // and nowhere else along the bar
        assertThat(inked(image, TimelinePainter.HEADER_WIDTH + 200, y + 4, 500, 12)).isFalse();
    }

    @Test
    void aLongLaneNameIsWrappedOntoTwoLinesInsteadOfCut() {
        var fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        List<String> lines = LaneHeaders.wrap("Gesellschaftliche Teilhabe", fm, LaneHeaders.NAME_WIDTH);
        assertThat(lines).containsExactly("Gesellschaftliche", "Teilhabe");
        assertThat(LaneHeaders.wrap("Mobilität & (Nah-)Versorgung", fm, LaneHeaders.NAME_WIDTH))
                .containsExactly("Mobilität &", "(Nah-)Versorgung");
        assertThat(LaneHeaders.wrap("Bildung", fm, LaneHeaders.NAME_WIDTH)).containsExactly("Bildung");
        List<String> tooLong = LaneHeaders.wrap("Wohnen und Leben im Alter zwischen Eifel und Börde in allen Orten",
                fm, LaneHeaders.NAME_WIDTH);
        assertThat(tooLong).hasSize(2);
        assertThat(tooLong.get(1)).endsWith("…");
        assertThat(tooLong).allSatisfy(line -> assertThat(fm.stringWidth(line)).isLessThanOrEqualTo(LaneHeaders.NAME_WIDTH));
    }

    @Test
    void anArrowIntoALaterRowRunsAlongTheGapAboveItAndTheSelectedBarsArrowIsBlue() {
        var first = measure("Verein gründen", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        var overlapping = measure("Fahrzeug", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31));
        var after = measure("Fahrplan", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 30), first.card());
        Timeline t = layout(first, overlapping, after);
        Arrow arrow = t.arrows().get(0);
        Bar into = t.bar(after.card()).orElseThrow();
        double[] route = arrow.route();
        // ends at the dependent's start, its middle
        assertThat(route[route.length - 2]).isEqualTo(into.x());
        assertThat(route[route.length - 1]).isEqualTo(into.middleY());
        // its horizontal runs cross no bar (but for the last few pixels into the start, which touch a bar
        // ending the day before in the same row)
        for (int i = 0; i + 5 < route.length; i += 2) {
            if (route[i + 1] == route[i + 3]) {
                double y = route[i + 1];
                double from = Math.min(route[i], route[i + 2]);
                double to = Math.max(route[i], route[i + 2]);
                assertThat(t.bars()).noneMatch(b -> y > b.y() && y < b.y() + b.height() && to > b.x()
                        && from < b.right());
            }
        }
        // a late arrow stands out in orange when its bar is selected
        assertThat(pixelOnTheGap(t, arrow, after.card())).isEqualTo(0xbf5700);
    }

    @Test
    void theSelectedBarsArrowIsDrawnBlueAlongTheGap() {
        var wide = measure("Netzwerk", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        var first = measure("Bedarf erheben", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        var filler = measure("Förderantrag", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        var after = measure("Umsetzung", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), first.card());
        Timeline t = layout(wide, first, filler, after);
        assertThat(t.bar(after.card()).orElseThrow().row()).isEqualTo(2);
        Arrow arrow = t.arrows().get(0);
        assertThat(arrow.late()).isFalse();
        assertThat(pixelOnTheGap(t, arrow, after.card())).isEqualTo(0x0969da);
        assertThat(pixelOnTheGap(t, arrow, null)).isEqualTo(0x57606a & 0xffffff);
        // a selected bar without arrows leaves the others as they are
        assertThat(pixelOnTheGap(t, arrow, wide.card())).isEqualTo(0x57606a & 0xffffff);
    }

    /** The colour in the middle of the arrow's run along the gap, with {@code selected} selected. */
    private static int pixelOnTheGap(Timeline t, Arrow arrow, UUID selected) {
        double[] route = arrow.route();
        var view = TimelinePainter.View.whole(t);
        BufferedImage image = new TimelinePainter().render(t, view,
                new TimelinePainter.Highlight(selected, null, null, 0, 0));
        int gapY = (int) Math.round(view.screenY(route[5]));
        int midX = (int) Math.round(view.screenX((route[4] + route[6]) / 2));
        return image.getRGB(midX, gapY) & 0xffffff;
    }
}
