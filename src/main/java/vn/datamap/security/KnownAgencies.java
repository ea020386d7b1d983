package vn.datamap.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.springframework.stereotype.Component;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;

/** Checks agency ids against the reference data of the live map before anything is bound to them. */
@Component
class KnownAgencies {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private final Store store;
    private final Minted minted;

    KnownAgencies(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    /**
     * The ids, trimmed, without duplicates and sorted; refuses (400) any id that is not an agency
     * of the reference data.
     */
    List<String> require(Collection<String> ids) {
        TreeSet<String> unique = new TreeSet<>();
        for (String raw : ids) {
            String id = raw == null ? "" : raw.trim();
            if (!ID.matcher(id).matches() || !exists(id)) {
                throw ApiException.badRequest("Unknown agency '" + id + "': name agencies by their id in the "
                        + "reference data, e.g. mps or vn34-ha-noi");
            }
            unique.add(id);
        }
        return new ArrayList<>(unique);
    }

    private boolean exists(String id) {
        BindingBuilder b = BindingBuilder.create();
        b.add(Var.alloc("agency"), minted.agency(id));
        b.add(Var.alloc("reference"), minted.referenceGraph());
        return store.read(r -> r.ask(QueryLibrary.get("security/agency-exists"), b.build()));
    }
}
