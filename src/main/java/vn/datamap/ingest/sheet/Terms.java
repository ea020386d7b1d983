package vn.datamap.ingest.sheet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/** The terms a catalogue graph uses, built from the namespaces of {@code vn.datamap.vocab}. */
final class Terms {
    static final Node TYPE = NS.RDF_TYPE;

    static final Node CATALOG = dcat("Catalog");
    static final Node DATASET_CLASS = dcat("Dataset");
    static final Node DATA_SERVICE = dcat("DataService");
    static final Node DATASET = dcat("dataset");
    static final Node SERVICE = dcat("service");
    static final Node CONTACT_POINT = dcat("contactPoint");
    static final Node KEYWORD = dcat("keyword");
    static final Node ENDPOINT_URL = dcat("endpointURL");
    static final Node SERVES_DATASET = dcat("servesDataset");

    static final Node TITLE = dct("title");
    static final Node DESCRIPTION = dct("description");
    static final Node IDENTIFIER = dct("identifier");
    static final Node PUBLISHER = dct("publisher");
    static final Node ISSUED = dct("issued");
    static final Node MODIFIED = dct("modified");
    static final Node LANGUAGE = dct("language");
    static final Node LINGUISTIC_SYSTEM = dct("LinguisticSystem");

    static final Node AGENCY_CATALOGUE = DM.AgencyCatalogue;
    static final Node DATABASE = DM.Database;
    static final Node ROADMAP_CLASS = DM.Roadmap;
    static final Node MILESTONE_CLASS = DM.Milestone;
    static final Node AGENCY = DM.Agency;
    static final Node LEGAL_DOCUMENT = dm("LegalDocument");
    static final Node DECISION = dm("Decision");
    static final Node ROADMAP = DM.roadmap;
    static final Node MILESTONE = DM.milestone;
    static final Node DATABASE_KIND = DM.databaseKind;
    static final Node SECTOR = dm("sector");
    static final Node ACCESS_LEVEL = dm("accessLevel");
    static final Node MILESTONE_KIND = dm("milestoneKind");
    static final Node STATUS = dm("status");
    static final Node PLANNED_DATE = dm("plannedDate");
    static final Node ACHIEVED_DATE = dm("achievedDate");
    static final Node DEPENDS_ON = dm("dependsOn");
    static final Node LEGAL_BASIS = dm("legalBasis");
    static final Node ISSUED_BY = dm("issuedBy");
    static final Node SIGNER = dm("signer");
    static final Node INFORMATION_SYSTEM = dm("informationSystem");
    static final Node ILLUSTRATIVE = DM.illustrative;

    static final Node VCARD_ORGANIZATION = vcard("Organization");
    static final Node VCARD_KIND = vcard("Kind");
    static final Node FN = vcard("fn");
    static final Node HAS_EMAIL = vcard("hasEmail");

    static final Node IN_SCHEME = skos("inScheme");
    static final Node NOTATION = skos("notation");
    static final Node PREF_LABEL = skos("prefLabel");
    static final Node ALT_LABEL = skos("altLabel");

    static final String EU_LANGUAGE = NS.EU_LANGUAGE;

    private Terms() {}

    private static Node dcat(String local) {
        return NodeFactory.createURI(NS.DCAT + local);
    }

    private static Node dct(String local) {
        return NodeFactory.createURI(NS.DCT + local);
    }

    private static Node dm(String local) {
        return NodeFactory.createURI(DM.NS + local);
    }

    private static Node vcard(String local) {
        return NodeFactory.createURI(NS.VCARD + local);
    }

    private static Node skos(String local) {
        return NodeFactory.createURI(NS.SKOS + local);
    }
}
