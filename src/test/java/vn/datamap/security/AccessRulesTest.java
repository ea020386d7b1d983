package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The access matrix of the HTTP API, request by request. */
class AccessRulesTest {
    private final AccessRules rules = new AccessRules();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET,     /,                                         open",
        "GET,     /catalog,                                  open",
        "HEAD,    /catalog/mps,                              open",
        "OPTIONS, /catalog,                                  open",
        "GET,     /sparql,                                   open",
        "POST,    /sparql,                                   open",
        "POST,    /api/validate,                             open",
        "POST,    /validate,                                 open",
        "GET,     /dump,                                     open",
        "GET,     /api/template.csv,                         open",
        "GET,     /api/agencies/mps/revisions,               signed-in",
        "GET,     /api/agencies/mps/revisions/3,             signed-in",
        "GET,     /api/me,                                   signed-in",
        "PUT,     /api/agencies/mps/catalogue,               signed-in",
        "POST,    /api/agencies/mps/revisions/3/restore,     signed-in",
        "POST,    /api/versions,                             signed-in",
        "POST,    /api/harvest-sources,                      signed-in",
        "DELETE,  /catalog,                                  signed-in",
        "POST,    /sparql/update,                            admin",
        "GET,     /api/accounts,                             admin",
        "POST,    /api/accounts,                             admin",
        "PUT,     /api/accounts/nguyen.a,                    admin",
        "HEAD,    /api/tokens,                               admin",
        "DELETE,  /api/tokens/abc,                           admin",
    })
    void classifiesEachRequest(String method, String path, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);

        String actual = rules.adminOnly().matches(request) ? "admin" : rules.isOpen(request) ? "open" : "signed-in";

        assertThat(actual).isEqualTo(expected);
    }
}
