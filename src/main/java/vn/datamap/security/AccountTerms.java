package vn.datamap.security;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * RDF terms of the account store. They are internal on purpose: they never appear in the live
 * map, in the published vocabulary or in any response, so they live here rather than in
 * {@code vocab}.
 */
final class AccountTerms {
    static final String NS = "urn:datamap:account:";

    static final Node Account = term("Account");
    static final Node Token = term("Token");
    static final Node username = term("username");
    static final Node passwordHash = term("passwordHash");
    static final Node role = term("role");
    static final Node agency = term("agency");
    static final Node created = term("created");
    static final Node modified = term("modified");
    static final Node tokenId = term("tokenId");
    static final Node name = term("name");
    static final Node secretHash = term("secretHash");
    static final Node boundTo = term("boundTo");
    static final Node createdBy = term("createdBy");
    static final Node lastUsed = term("lastUsed");

    private AccountTerms() {}

    static Node account(String username) {
        return NodeFactory.createURI(NS + "user:" + username);
    }

    static Node token(String id) {
        return NodeFactory.createURI(NS + "token:" + id);
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
