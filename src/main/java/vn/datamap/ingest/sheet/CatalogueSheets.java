package vn.datamap.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * The spreadsheet template of an agency catalogue, for stewards who fill a spreadsheet rather
 * than write RDF. {@link #write} gives a catalogue (or, for an empty graph, the blank template)
 * as an XLSX workbook or one CSV file; {@link #read} turns a filled template back into the
 * catalogue graph, shaped as stored catalogues are, with every problem located by sheet, row and
 * column. Writing then reading a catalogue gives the same graph.
 *
 * <p>Thread-safe: an instance holds only the code lists read from the reference graph.
 */
public final class CatalogueSheets {
    private final String base;
    private final Graph reference;
    private final CodeLists codes;

    /**
     * @param base the deployment's base URI, e.g. {@code http://localhost:8080/}; minted IRIs are
     *     {@code base + "dataset/{identifier}"} and so on
     * @param reference ontology, concept schemes and reference data (agencies, legal documents,
     *     national databases), as {@code new ShippedData(base).reference()} gives them
     */
    public CatalogueSheets(String base, Graph reference) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base : base + "/";
        this.reference = Objects.requireNonNull(reference, "reference");
        this.codes = new CodeLists(this.base, reference);
    }

    /**
     * Reads a filled template into the catalogue graph of {@code agencyId}. Content that cannot be
     * read is returned as problems, never thrown.
     *
     * @throws IOException when reading the body fails
     * @throws SheetUnreadableException when the body is not a spreadsheet of that format at all
     */
    public SheetImport read(InputStream body, SheetFormat format, String agencyId) throws IOException {
        byte[] bytes = body.readAllBytes();
        Problems problems = new Problems();
        SheetRecords records = format == SheetFormat.CSV ? CsvReader.read(bytes, problems) : XlsxReader.read(bytes, problems);
        return new GraphBuilder(base, agencyId, reference, codes, problems).build(records.catalogue(), records.documents(),
                records.databases(), records.milestones(), records.services());
    }

    /** Writes the catalogue graph of {@code agencyId} as a filled template; an empty graph gives the blank template. */
    public void write(Graph catalogue, String agencyId, SheetFormat format, OutputStream out) throws IOException {
        TemplateRows.Content content = new TemplateRows(catalogue, base, reference, codes).read(agencyId);
        if (format == SheetFormat.CSV) {
            CsvWriter.write(content, out);
        } else {
            new XlsxWriter(codes).write(content, out);
        }
    }
}
