// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.rdf;

import java.net.URI;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader that loads nothing and remembers the first IRI it was asked for.
 *
 * <p>A remote {@code @context} or {@code @import} in a request body would make the server fetch any URL a client
 * names, including hosts on its own network, and make the meaning of stored data depend on a third party; so a
 * document that needs one is refused. One instance serves one parse.
 */
final class RefusingDocumentLoader implements DocumentLoader {

    private URI refused;

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (refused == null) {
            refused = url;
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "Remote JSON-LD contexts are not loaded: " + url);
    }

    /** The first IRI a load was attempted for, if any. */
    Optional<URI> refused() {
        return Optional.ofNullable(refused);
    }
}
