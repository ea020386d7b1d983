package vn.datamap.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The prefixes of a JSON-LD document's context and the compact IRIs they give. JSON-LD 1.1 uses a
 * term as a prefix only if it has no ':' and its IRI ends with a gen-delim; and any string with a
 * ':' may be read as a compact IRI, so a full IRI whose scheme is a prefix ({@code <dct:title>} is
 * an absolute IRI) would be expanded with it — {@link #clashes} names such prefixes, for the node
 * object to undefine.
 */
final class JsonLdPrefixes {
    /** Prefix names a full IRI is likely to start with: never used, so that such IRIs never clash. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "urn", "mailto", "tel", "file", "ftp", "data", "tag");
    private static final int KEPT = 4096;

    private final Map<String, String> prefixes = new TreeMap<>();
    private final Map<String, String> compacted = new HashMap<>();

    /** Adds the prefix if JSON-LD 1.1 can use it as one. */
    void add(String name, String namespace) {
        boolean usable = !name.isEmpty() && !name.equals("_") && !name.startsWith("@") && name.indexOf(':') < 0
                && !SCHEMES.contains(name) && !namespace.isEmpty()
                && ":/?#[]@".indexOf(namespace.charAt(namespace.length() - 1)) >= 0;
        if (usable) {
            prefixes.put(name, namespace);
            compacted.clear();
        }
    }

    /** The prefixes by name, in name order. */
    Map<String, String> byName() {
        return Collections.unmodifiableMap(prefixes);
    }

    /** The IRI as {@code prefix:local} with the longest namespace that fits and is not cleared, else in full. */
    String compact(String iri, Set<String> cleared) {
        String known = cleared.isEmpty() ? compacted.get(iri) : null;
        if (known != null) {
            return known;
        }
        String best = iri;
        int bestLength = -1;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            // A local part starting with "//" would make the whole an absolute IRI.
            if (ns.length() > bestLength && iri.startsWith(ns) && !iri.startsWith("//", ns.length())
                    && !cleared.contains(p.getKey())) {
                best = p.getKey() + ":" + iri.substring(ns.length());
                bestLength = ns.length();
            }
        }
        if (cleared.isEmpty() && compacted.size() < KEPT) {
            compacted.put(iri, best);
        }
        return best;
    }

    /**
     * Adds to {@code cleared} the prefix that {@code iri}, written as it will be ({@code compacted}
     * where a compact IRI may stand, in full otherwise), would be misread with; true if that
     * prefix was not cleared yet.
     */
    boolean clashes(String iri, boolean compacted, Set<String> cleared) {
        if (compacted && !compact(iri, cleared).equals(iri)) {
            return false;
        }
        int colon = iri.indexOf(':');
        if (colon <= 0 || iri.startsWith("//", colon + 1)) {
            return false;
        }
        String scheme = iri.substring(0, colon);
        return prefixes.containsKey(scheme) && cleared.add(scheme);
    }
}
