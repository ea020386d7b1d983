package vn.datamap.ingest;

import java.net.URI;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * The JSON-LD processor's only way to load a document ({@code @context} by IRI, {@code @import}),
 * and it loads none: a submission that names a remote context is refused, so the server never
 * fetches a URL (or reads a file) because a body told it to. Titanium's default loader would
 * fetch http, https and file IRIs.
 */
final class OfflineDocumentLoader implements DocumentLoader {
    private volatile URI refused;

    /** Options for Jena's JSON-LD 1.1 reader with this loader. */
    JsonLdOptions options() {
        return new JsonLdOptions(this);
    }

    /**
     * Why the body was refused, when it asked for a document: the processor wraps the loader's
     * error in messages of its own, which do not say that nothing was fetched.
     */
    SyntaxProblem refusal() {
        return refused == null ? null : new SyntaxProblem(message(refused), -1, -1);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (refused == null) {
            refused = url;
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, message(url));
    }

    private static String message(URI url) {
        return "Remote JSON-LD contexts are not fetched: put the context in the body itself (it names <" + url + ">)";
    }
}
