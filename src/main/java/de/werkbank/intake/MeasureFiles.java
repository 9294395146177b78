package de.werkbank.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads a file of measures in the format named or, left out, guessed from the file. */
public final class MeasureFiles {

    /** No measure file is larger; Trello boards with years of history stay well below it. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private MeasureFiles() {
    }

    /**
     * @param format empty: guessed (a JSON board with lists and cards is Trello, a workbook with
     *               Planner's columns is Planner, any other workbook or CSV a measure list)
     * @throws IntakeFileException when the file cannot be read in that format
     */
    public static MeasureSource read(Path file, Optional<IntakeFormat> format, IntakeMapping mapping) {
        byte[] bytes = bytes(file);
        String name = file.getFileName().toString();
        IntakeFormat f = format.orElseGet(() -> guess(name, bytes));
        return switch (f) {
            case TRELLO -> TrelloReader.read(name, bytes);
            case PLANNER -> PlannerReader.read(name, bytes);
            case EXCEL -> ListReader.read(name, bytes, mapping);
        };
    }

    /** The format a file most likely has. */
    public static IntakeFormat guess(Path file) {
        return guess(file.getFileName().toString(), bytes(file));
    }

    static IntakeFormat guess(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || TrelloReader.looksLikeBoard(bytes)) {
            return IntakeFormat.TRELLO;
        }
        if (IntakeTable.isWorkbook(bytes)) {
            try {
                if (PlannerReader.looksLikePlanner(IntakeTable.workbook(name, bytes))) {
                    return IntakeFormat.PLANNER;
                }
            } catch (RuntimeException e) {
                // not readable as a workbook: the list reader says why
            }
        }
        return IntakeFormat.EXCEL;
    }

    static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IntakeFileException("intake.tooLarge", file.getFileName(), MAX_BYTES / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IntakeFileException(e, "intake.notFound", file);
        } catch (IOException e) {
            throw new IntakeFileException(e, "intake.unreadable", file.getFileName(), e.getMessage());
        }
    }
}
