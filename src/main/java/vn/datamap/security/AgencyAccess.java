package vn.datamap.security;

import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.datamap.web.ApiException;

/**
 * The question every write path asks: may the current caller act for this agency? A steward
 * (account or token) acts for the agencies it is bound to, an administrator for all. Other
 * capabilities call this rather than reading Spring Security themselves.
 */
@Component
public class AgencyAccess {
    static final String NEEDS_CREDENTIALS =
            "This needs credentials: an account (HTTP Basic) or an API token (Authorization: Bearer)";

    /** Throws ApiException 401 when anonymous, 403 when the caller may not write this agency's catalogue. Admin may write all. */
    public void requireWriter(String agencyId) {
        require(agencyId, "write the catalogue of");
    }

    /** Same rule for reading internal records of an agency (revisions). */
    public void requireReader(String agencyId) {
        require(agencyId, "read the internal records of");
    }

    /** Throws ApiException 401 when anonymous, 403 when the caller is not an administrator. */
    public void requireAdmin() {
        Caller caller = caller().orElseThrow(() -> ApiException.unauthorized(NEEDS_CREDENTIALS));
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("Only an administrator may do this");
        }
    }

    /** Who is acting, for provenance: e.g. "admin", "account:nguyen.a", "token:<id>"; "anonymous" when nobody. */
    public String agent() {
        return caller().map(Caller::agent).orElse("anonymous");
    }

    /** The caller of the current request, empty when it brought no credentials. */
    public Optional<Caller> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication proven ? Optional.of(proven.getPrincipal()) : Optional.empty();
    }

    private void require(String agencyId, String what) {
        Caller caller = caller().orElseThrow(() -> ApiException.unauthorized(NEEDS_CREDENTIALS));
        if (!caller.mayActFor(agencyId)) {
            throw ApiException.forbidden(caller.agent() + " may not " + what + " '" + agencyId
                    + "': it acts for " + (caller.agencies().isEmpty() ? "no agency" : String.join(", ", new TreeSet<>(caller.agencies()))));
        }
    }
}
