package de.werkbank.catalogue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Enumeration;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a workbook once as a stream, before the Excel reader sees it, and refuses one whose sizes
 * would make that reader allocate without bound: fastexcel fills its list of shared strings up to the
 * highest index a cell names (a 21 KB file naming index 999,999,999 ran into an
 * {@code OutOfMemoryError}), and sizes its rows by the highest column a cell names. Nothing here
 * allocates by a number the file states: parts are counted while they are inflated, strings and
 * cells while they are read.
 */
public final class WorkbookGuard {

    /** More than any catalogue needs; the tools' sheet is limited by {@link CatalogueTable#MAX_ROWS}. */
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final int MAX_SHARED_STRINGS = 2_000_000;
    /** Excel's own limits: characters in a cell, columns and rows of a sheet. */
    static final int MAX_CELL_LENGTH = 32_767;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROW_NUMBER = 1_048_576;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final String fileName;
    private long total;

    private WorkbookGuard(String fileName) {
        this.fileName = fileName;
    }

    /** @throws CatalogueFileException naming the part (and the cell) that goes beyond a limit */
    public static void check(String fileName, byte[] bytes) {
        new WorkbookGuard(fileName).check(bytes);
    }

    private void check(byte[] bytes) {
        // the central directory, as fastexcel reads it (the local headers of files fastexcel writes
        // carry no sizes, so a plain ZipInputStream cannot read them)
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            int sharedStrings = 0;
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); all.nextElement()) {
                if (++entries > MAX_ENTRIES) {
                    throw new CatalogueFileException("catalogueFile.tooManyParts", fileName, MAX_ENTRIES);
                }
            }
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry e = all.nextElement();
                if (e.getName().equalsIgnoreCase("xl/sharedStrings.xml")) {
                    try (InputStream in = new Limited(zip.getInputStream(e), e.getName())) {
                        sharedStrings = countStrings(in);
                    }
                }
            }
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry e = all.nextElement();
                try (InputStream part = new Limited(zip.getInputStream(e), e.getName())) {
                    if (isSheet(e.getName())) {
                        checkSheet(part, e.getName(), sharedStrings);
                    } else {
                        part.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (CatalogueFileException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // the XML parser reports malformed parts as unchecked exceptions of its own, too
            throw new CatalogueFileException(e, "catalogueFile.notXlsx", fileName);
        }
    }

    private int countStrings(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        int count = 0;
        int length = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                if (++count > MAX_SHARED_STRINGS) {
                    throw new CatalogueFileException("catalogueFile.tooManyStrings", fileName, MAX_SHARED_STRINGS);
                }
                length = 0;
            } else if (event == XMLStreamConstants.CHARACTERS) {
                length += xml.getTextLength();
                if (length > MAX_CELL_LENGTH) {
                    throw new CatalogueFileException("catalogueFile.cellTooLong", fileName,
                            "xl/sharedStrings.xml #" + count, MAX_CELL_LENGTH);
                }
            }
        }
        return count;
    }

    private static boolean isSheet(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("xl/worksheets/") && n.endsWith(".xml");
    }

    private void checkSheet(InputStream in, String part, int sharedStrings) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        int rows = 0;
        String cell = null;
        boolean shared = false;
        StringBuilder value = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        if (++rows > CatalogueTable.MAX_ROWS + 1) {
                            throw new CatalogueFileException("catalogueFile.tooManyRows", fileName, CatalogueTable.MAX_ROWS);
                        }
                    }
                    case "c" -> {
                        cell = xml.getAttributeValue(null, "r");
                        shared = "s".equals(xml.getAttributeValue(null, "t"));
                        checkReference(cell, part);
                    }
                    case "v", "t" -> value = new StringBuilder();
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && value != null) {
                if (value.length() + xml.getTextLength() > MAX_CELL_LENGTH) {
                    throw new CatalogueFileException("catalogueFile.cellTooLong", fileName, where(cell, part),
                            MAX_CELL_LENGTH);
                }
                value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.END_ELEMENT && value != null) {
                if (shared && "v".equals(xml.getLocalName())) {
                    checkIndex(value.toString().strip(), sharedStrings, cell, part);
                }
                value = null;
            }
        }
    }

    /** A cell's reference such as "B7": within Excel's columns and rows, so rows are not sized without bound. */
    private void checkReference(String cell, String part) {
        if (cell == null) {
            return;
        }
        int column = 0;
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
            if (column > MAX_COLUMNS) {
                throw new CatalogueFileException("catalogueFile.badCell", fileName, where(cell, part));
            }
            i++;
        }
        String row = cell.substring(i);
        if (row.isEmpty() || row.length() > 7 || !row.chars().allMatch(Character::isDigit)
                || Integer.parseInt(row) > MAX_ROW_NUMBER) {
            throw new CatalogueFileException("catalogueFile.badCell", fileName, where(cell, part));
        }
    }

    private void checkIndex(String text, int sharedStrings, String cell, String part) {
        long index;
        try {
            index = text.length() > 12 ? Long.MAX_VALUE : Long.parseLong(text);
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= sharedStrings) {
            throw new CatalogueFileException("catalogueFile.badSharedString", fileName, where(cell, part),
                    text.length() > 20 ? text.substring(0, 20) + "…" : text, sharedStrings);
        }
    }

    private static String where(String cell, String part) {
        String sheet = part.substring(part.lastIndexOf('/') + 1).replaceFirst("(?i)\\.xml$", "");
        return cell == null ? sheet : sheet + " › " + cell;
    }

    /** A part of the zip, counted as it is inflated; refused once it, or the whole file, grows too large. */
    private final class Limited extends FilterInputStream {
        private final String name;
        private long read;

        Limited(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            total += n;
            if (read > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
                throw new CatalogueFileException("catalogueFile.partTooLarge", fileName, name, MAX_PART_BYTES / (1024 * 1024));
            }
        }
    }
}
