package vn.datamap.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.datamap.web.ApiException;

/**
 * Measures the sheets of an XLSX body, streaming, before the spreadsheet reader builds them in
 * memory. The reader turns each sheet into a grid as wide as its widest cell and as long as its
 * last row, so one cell in column XFD of each of a few thousand rows (a 20 KB upload) would fill
 * hundreds of megabytes: such a workbook is refused with a 400 instead. POI's own guards
 * ({@code WorkbookLimits}) bound inflation and part sizes; this bounds the shape.
 */
final class WorkbookScan {
    /** Most grid cells (rows times widths, blank ones included) all sheets may span together. */
    static final long MAX_GRID_CELLS = 1_000_000;
    /** Most bytes any part may inflate to while it is measured (POI refuses larger parts anyway). */
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final XMLInputFactory FACTORY = lockedDown();

    private WorkbookScan() {}

    static void check(byte[] body) {
        long cells = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    cells += gridCells(new Capped(zip), MAX_GRID_CELLS - cells);
                }
            }
        } catch (ApiException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // Not a readable zip or XML: the spreadsheet reader says so in its own words.
        }
    }

    /** The grid cells of the {@code sheetData} of one part (0 for any other part); refuses past {@code room}. */
    private static long gridCells(InputStream part, long room) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(part);
        long cells = 0;
        long lastRow = 0;
        long row = 0;
        long width = 0;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (xml.isStartElement() && name.equals("row")) {
                    row = number(xml.getAttributeValue(null, "r"), row + 1);
                    lastRow = Math.max(lastRow, row);
                    width = 0;
                } else if (xml.isStartElement() && name.equals("c")) {
                    width = Math.max(width + 1, column(xml.getAttributeValue(null, "r"), width + 1));
                } else if (xml.isEndElement() && name.equals("row")) {
                    cells += width;
                } else if (xml.isEndElement() && name.equals("sheetData")) {
                    cells += lastRow;
                    lastRow = 0;
                }
                if (cells + lastRow > room) {
                    throw ApiException.badRequest("The workbook's sheets span more than " + MAX_GRID_CELLS + " cells "
                            + "(blank ones included, up to the last row and the widest column); a catalogue needs far fewer");
                }
            }
        } finally {
            xml.close();
        }
        return cells;
    }

    private static long number(String value, long otherwise) {
        try {
            return value == null ? otherwise : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The 1-based column of a cell reference such as {@code XFD12}. */
    private static long column(String reference, long otherwise) {
        if (reference == null) {
            return otherwise;
        }
        long column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)) && column < Integer.MAX_VALUE; i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column == 0 ? otherwise : column;
    }

    private static XMLInputFactory lockedDown() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** One zip entry, never closed by the XML reader, and never inflated past {@link #MAX_PART_BYTES}. */
    private static final class Capped extends FilterInputStream {
        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public void close() {
            // The zip stream goes on to the next entry.
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_PART_BYTES) {
                throw new IOException("part too large");
            }
        }
    }
}
