package de.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.controls.DateFields;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** In German the date pickers' weeks start on Monday, also on a system set to the US region. */
@ExtendWith(ApplicationExtension.class)
class DatePickerWeekUiTest {

    private final Locale before = Locale.getDefault();
    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
        Messages.use(null);
    }

    @Test
    void theGermanCalendarStartsItsWeekOnMonday(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.US);
        Messages.use(Locale.GERMAN);
        WerkbankApp.useLocale(Locale.GERMAN);

        DatePicker[] picker = new DatePicker[1];
        FxToolkit.setupStage(stage -> {
            picker[0] = DateFields.picker();
            picker[0].setValue(LocalDate.of(2026, 12, 2));
            stage.setScene(new Scene(new StackPane(picker[0]), 400, 300));
            stage.show();
        });
        robot.interact(() -> picker[0].show());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".day-name-cell").tryQuery().isPresent());
        // the first column of the calendar: Monday („Mo“), and 30 November 2026 was a Monday
        Labeled firstDay = robot.lookup(".day-name-cell").queryAllAs(Labeled.class).stream()
                .min((a, b) -> Double.compare(a.localToScene(0, 0).getX(), b.localToScene(0, 0).getX())).orElseThrow();
        assertThat(firstDay.getText()).isEqualTo("Mo");
        robot.interact(() -> picker[0].hide());
    }
}
