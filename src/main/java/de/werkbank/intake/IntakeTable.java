package de.werkbank.intake;

import de.werkbank.catalogue.CatalogueFileException;
import de.werkbank.catalogue.WorkbookGuard;
import de.werkbank.datencheck.CsvFailure;
import de.werkbank.datencheck.TidyCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of a workbook, or a CSV file, as rows of cells: a workbook checked by the
 * catalogue's {@link WorkbookGuard} before fastexcel reads it (ADR 11), a CSV as German Excel writes
 * it ({@code ;}, or {@code ,} when the first line has no {@code ;}; UTF-8 with or without BOM, else
 * Windows-1252). Date cells keep their date, number cells their number.
 */
record IntakeTable(String sheet, List<Row> rows) {

    static final int MAX_ROWS = 20_000;
    static final int MAX_CELL = 32_767;

    /** @param number the row number as Excel shows it */
    record Row(int number, List<Value> cells) {
        String text(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).text() : "";
        }

        Value cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Value.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c.text().isBlank());
        }
    }

    /** A cell's text (stripped), and its date or number when the workbook stored one. */
    record Value(String text, LocalDate date, BigDecimal number) {
        static final Value EMPTY = new Value("", null, null);

        Value {
            text = text == null ? "" : text.strip();
        }
    }

    static boolean isWorkbook(byte[] bytes) {
        return ReadableWorkbook.isOOXMLZipHeader(bytes);
    }

    static IntakeTable read(String fileName, byte[] bytes) {
        return isWorkbook(bytes) ? workbook(fileName, bytes) : csv(fileName, bytes);
    }

    static IntakeTable workbook(String fileName, byte[] bytes) {
        if (!isWorkbook(bytes)) {
            throw new CatalogueFileException("catalogueFile.notXlsx", fileName);
        }
        WorkbookGuard.check(fileName, bytes);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getFirstSheet();
            List<Row> rows = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                if (rows.size() >= MAX_ROWS) {
                    throw new IntakeFileException("intake.tooManyRows", fileName, MAX_ROWS);
                }
                List<Value> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(cell(row.getCell(i)));
                }
                rows.add(new Row(row.getRowNum(), cells));
            }
            return new IntakeTable(sheet.getName(), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IntakeFileException || e instanceof CatalogueFileException) {
                throw (RuntimeException) e;
            }
            throw new CatalogueFileException(e, "catalogueFile.notXlsx", fileName);
        }
    }

    private static Value cell(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return Value.EMPTY;
        }
        if (c.getType() == CellType.NUMBER) {
            BigDecimal n = c.asNumber();
            if (isDateFormat(c.getDataFormatString()) || isDateFormatId(c.getDataFormatId())) {
                LocalDate d = c.asDate().toLocalDate();
                return new Value(d.toString(), d, n);
            }
            return new Value(n.stripTrailingZeros().toPlainString(), null, n);
        }
        return new Value(c.getText(), null, null);
    }

    /** Excel's built-in date formats (14–22, 45–47). */
    private static boolean isDateFormatId(Integer id) {
        return id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47));
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("d") && f.contains("m") || f.contains("y") || f.contains("j") && f.contains("t");
    }

    static IntakeTable csv(String fileName, byte[] bytes) {
        String text = TidyCsv.text(bytes);
        String header = text.lines().findFirst().orElse("");
        char separator = header.indexOf(';') >= 0 || header.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new IntakeFileException("intake.tooManyRows", fileName, MAX_ROWS);
                }
                List<Value> cells = new ArrayList<>();
                for (String value : r) {
                    if (value.length() > MAX_CELL) {
                        throw new IntakeFileException("intake.cellTooLong", fileName, r.getRecordNumber(), MAX_CELL);
                    }
                    cells.add(new Value(value, null, null));
                }
                rows.add(new Row((int) r.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IntakeFileException(e, "intake.notCsv", fileName, CsvFailure.reason(e));
        }
        return new IntakeTable(fileName, rows);
    }
}
