package vn.datamap.ingest;

import java.time.Instant;
import org.apache.jena.graph.Node;

/**
 * What is left of a database an agency dropped from its catalogue: its IRI answers 410 Gone,
 * saying when, from which catalogue, and what replaced it when that is known.
 */
public record Tombstone(Node iri, String title, Node catalogue, Instant removedAt, int revision, Node replacedBy) {
}
