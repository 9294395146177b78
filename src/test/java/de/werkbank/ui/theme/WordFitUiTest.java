package de.werkbank.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Card titles keep long German compounds whole instead of breaking them in the middle. */
@ExtendWith(ApplicationExtension.class)
class WordFitUiTest {

    private Label compound;
    private Label shortWords;

    private static Label title(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setStyle("");
        label.setFont(Font.font(20));
        label.setPrefWidth(150);
        label.setMaxWidth(150);
        WordFit.install(label);
        return label;
    }

    @Start
    void start(Stage stage) {
        compound = title("Willkommenspaket für Neubürger");
        shortWords = title("Dorfladen in Bürgerhand");
        stage.setScene(new Scene(new VBox(compound, shortWords), 300, 200));
        stage.show();
    }

    private static double width(String word, Font font) {
        var text = new Text(word);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    @Test
    void aWordWiderThanTheLabelGetsSmallerTypeUntilItFitsAndShortWordsKeepTheirSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double widest = width("Willkommenspaket", new Font(compound.getFont().getName(), 20));
        assertThat(widest).as("the word is too wide at 20 px").isGreaterThan(150);

        assertThat(compound.getFont().getSize()).isLessThan(20);
        assertThat(width("Willkommenspaket", compound.getFont())).isLessThanOrEqualTo(compound.getWidth());
        assertThat(shortWords.getFont().getSize()).isEqualTo(20);
    }
}
