package vn.datamap.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import vn.datamap.store.StoreException;

/**
 * Accounts and API tokens, kept in a TDB2 dataset of their own ({@code {dataDir}/accounts}) so
 * that no read path of the live map can reach them. Every call is one transaction: a crash leaves
 * each account and token exactly as before or after. Nothing is cached, so a change is seen by
 * the very next request.
 */
final class AccountStore implements AutoCloseable {
    private final DatasetGraph dsg;

    private AccountStore(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    static AccountStore open(Path dataDir) {
        Path location = dataDir.resolve("accounts");
        try {
            Files.createDirectories(location);
            return new AccountStore(TDB2Factory.connectDataset(location.toString()).asDatasetGraph());
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot open the account store at " + location + ": " + e.getMessage(), e);
        }
    }

    Account account(String username) {
        return Txn.calculateRead(dsg, () -> readAccount(graph(), AccountTerms.account(username)));
    }

    List<Account> accounts() {
        return Txn.calculateRead(dsg, () -> subjects(AccountTerms.Account).stream()
                .map(s -> readAccount(graph(), s)).sorted(Comparator.comparing(Account::username)).toList());
    }

    /** Adds an account; false (and nothing written) when the username is taken. */
    boolean insert(Account account) {
        return Txn.calculateWrite(dsg, () -> {
            Node s = AccountTerms.account(account.username());
            if (graph().contains(s, RDF.type.asNode(), AccountTerms.Account)) {
                return false;
            }
            writeAccount(graph(), account);
            return true;
        });
    }

    /** Replaces an account by {@code change} of its current state; null when there is no such account. */
    Account update(String username, UnaryOperator<Account> change) {
        return Txn.calculateWrite(dsg, () -> {
            Account current = readAccount(graph(), AccountTerms.account(username));
            if (current == null) {
                return null;
            }
            Account next = change.apply(current);
            removeSubject(AccountTerms.account(username));
            writeAccount(graph(), next);
            return next;
        });
    }

    /** Removes an account and every token that acts for it; false when there is no such account. */
    boolean delete(String username) {
        return Txn.calculateWrite(dsg, () -> {
            Node s = AccountTerms.account(username);
            if (!graph().contains(s, RDF.type.asNode(), AccountTerms.Account)) {
                return false;
            }
            removeSubject(s);
            for (Triple t : graph().find(Node.ANY, AccountTerms.boundTo, s).toList()) {
                removeSubject(t.getSubject());
            }
            return true;
        });
    }

    ApiToken tokenBySecretHash(String hash) {
        return Txn.calculateRead(dsg, () -> graph().find(Node.ANY, AccountTerms.secretHash, NodeFactory.createLiteralString(hash))
                .toList().stream().findFirst().map(t -> readToken(graph(), t.getSubject())).orElse(null));
    }

    List<ApiToken> tokens() {
        return Txn.calculateRead(dsg, () -> subjects(AccountTerms.Token).stream().map(s -> readToken(graph(), s))
                .sorted(Comparator.comparing(ApiToken::created).thenComparing(ApiToken::id)).toList());
    }

    void insert(ApiToken token) {
        Txn.executeWrite(dsg, () -> writeToken(graph(), token));
    }

    /** Revokes a token; false when there is no such token. */
    boolean deleteToken(String id) {
        return Txn.calculateWrite(dsg, () -> {
            Node s = AccountTerms.token(id);
            if (!graph().contains(s, RDF.type.asNode(), AccountTerms.Token)) {
                return false;
            }
            removeSubject(s);
            return true;
        });
    }

    /** Records when a token was last accepted (if it still exists). */
    void touch(String id, Instant when) {
        Txn.executeWrite(dsg, () -> {
            Node s = AccountTerms.token(id);
            if (graph().contains(s, RDF.type.asNode(), AccountTerms.Token)) {
                graph().remove(s, AccountTerms.lastUsed, Node.ANY);
                graph().add(s, AccountTerms.lastUsed, time(when));
            }
        });
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    private Graph graph() {
        return dsg.getDefaultGraph();
    }

    private List<Node> subjects(Node type) {
        return graph().find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList();
    }

    private void removeSubject(Node s) {
        graph().remove(s, Node.ANY, Node.ANY);
    }

    private static void writeAccount(Graph g, Account a) {
        Node s = AccountTerms.account(a.username());
        g.add(s, RDF.type.asNode(), AccountTerms.Account);
        g.add(s, AccountTerms.username, NodeFactory.createLiteralString(a.username()));
        g.add(s, AccountTerms.passwordHash, NodeFactory.createLiteralString(a.passwordHash()));
        g.add(s, AccountTerms.role, NodeFactory.createLiteralString(a.role().id()));
        a.agencies().forEach(id -> g.add(s, AccountTerms.agency, NodeFactory.createLiteralString(id)));
        g.add(s, AccountTerms.created, time(a.created()));
        g.add(s, AccountTerms.modified, time(a.modified()));
    }

    private static Account readAccount(Graph g, Node s) {
        if (!g.contains(s, RDF.type.asNode(), AccountTerms.Account)) {
            return null;
        }
        return new Account(text(g, s, AccountTerms.username), text(g, s, AccountTerms.passwordHash),
                Role.of(text(g, s, AccountTerms.role)), texts(g, s, AccountTerms.agency),
                instant(g, s, AccountTerms.created), instant(g, s, AccountTerms.modified));
    }

    private static void writeToken(Graph g, ApiToken t) {
        Node s = AccountTerms.token(t.id());
        g.add(s, RDF.type.asNode(), AccountTerms.Token);
        g.add(s, AccountTerms.tokenId, NodeFactory.createLiteralString(t.id()));
        g.add(s, AccountTerms.name, NodeFactory.createLiteralString(t.name()));
        g.add(s, AccountTerms.secretHash, NodeFactory.createLiteralString(t.secretHash()));
        t.agencies().forEach(id -> g.add(s, AccountTerms.agency, NodeFactory.createLiteralString(id)));
        if (t.account() != null) {
            g.add(s, AccountTerms.boundTo, AccountTerms.account(t.account()));
        }
        g.add(s, AccountTerms.created, time(t.created()));
        g.add(s, AccountTerms.createdBy, NodeFactory.createLiteralString(t.createdBy()));
        if (t.lastUsed() != null) {
            g.add(s, AccountTerms.lastUsed, time(t.lastUsed()));
        }
    }

    private static ApiToken readToken(Graph g, Node s) {
        Node bound = object(g, s, AccountTerms.boundTo);
        String account = bound == null ? null : readAccountName(g, bound);
        return new ApiToken(text(g, s, AccountTerms.tokenId), text(g, s, AccountTerms.name),
                text(g, s, AccountTerms.secretHash), texts(g, s, AccountTerms.agency), account,
                instant(g, s, AccountTerms.created), text(g, s, AccountTerms.createdBy),
                instant(g, s, AccountTerms.lastUsed));
    }

    private static String readAccountName(Graph g, Node accountNode) {
        String name = text(g, accountNode, AccountTerms.username);
        // A token whose account is gone acts for nobody; the name keeps the listing readable.
        return name != null ? name : accountNode.getURI().substring((AccountTerms.NS + "user:").length());
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o == null ? null : o.getLiteralLexicalForm();
    }

    private static List<String> texts(Graph g, Node s, Node p) {
        List<String> values = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> values.add(t.getObject().getLiteralLexicalForm()));
        values.sort(null);
        return values;
    }

    private static Instant instant(Graph g, Node s, Node p) {
        String lexical = text(g, s, p);
        return lexical == null ? null : Instant.parse(lexical);
    }

    private static Node time(Instant when) {
        return NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime);
    }
}
