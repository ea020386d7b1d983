package vn.datamap.ingest.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Apache POI's guards against hostile workbooks, set once for the whole process before the first
 * workbook is opened. An XLSX file is a zip: a few kilobytes may inflate to gigabytes (a zip
 * bomb), or hold a sheet far larger than any catalogue. POI refuses, while it reads, an entry
 * that inflates more than {@link #MIN_INFLATE_RATIO} allows or grows past {@link #MAX_ENTRY_BYTES},
 * more shared text than {@link #MAX_TEXT_CHARS} and more parts than {@link #MAX_FILE_COUNT};
 * the reader turns that refusal into a 400.
 */
final class WorkbookLimits {
    /** Smallest compressed/uncompressed ratio of an entry (POI's default: 1 byte may become 100). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed part (a sheet's XML): a catalogue of thousands of databases needs a few MB. */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    /** Most characters of text (shared strings) a workbook may hold. */
    static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;
    /** Most parts (files) inside the zip. */
    static final long MAX_FILE_COUNT = 500;

    private WorkbookLimits() {}

    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }
}
