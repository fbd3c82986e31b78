// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader that serves the contexts bundled in this jar and refuses every other IRI, so that
 * importing never reaches the network and the meaning of imported data never depends on a third party's server.
 *
 * <p>The Smart Data Models WaterConsumption context is served from a copy; the NGSI-LD core context is served as
 * this project's own minimal definition of the core terms the importer reads, since the ETSI file is not bundled.
 */
final class BundledContextLoader implements DocumentLoader {

    /** Where the Smart Data Models examples point for the WaterConsumption context. */
    static final String WATER_CONSUMPTION_CONTEXT =
            "https://raw.githubusercontent.com/smart-data-models/dataModel.WaterConsumption/master/context.jsonld";

    /** The NGSI-LD core context, which NGSI-LD applies to every payload, last. */
    static final String CORE_CONTEXT = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld";

    private static final String WATER_RESOURCE = "ngsi-ld/dataModel.WaterConsumption-context.jsonld";
    private static final String CORE_RESOURCE = "ngsi-ld/ngsi-ld-core-terms.jsonld";

    private static final Map<String, String> BUNDLED = bundled();

    private static Map<String, String> bundled() {
        Map<String, String> bundled = new HashMap<>();
        bundled.put(WATER_CONSUMPTION_CONTEXT, WATER_RESOURCE);
        bundled.put("https://smart-data-models.github.io/dataModel.WaterConsumption/context.jsonld", WATER_RESOURCE);
        bundled.put(CORE_CONTEXT, CORE_RESOURCE);
        for (String version : List.of("1.3", "1.4", "1.5", "1.6", "1.7", "1.8")) {
            bundled.put("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v" + version + ".jsonld", CORE_RESOURCE);
        }
        return Map.copyOf(bundled);
    }

    /** Whether the loader serves an IRI. */
    static boolean serves(String iri) {
        return BUNDLED.containsKey(iri);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = BUNDLED.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "The JSON-LD context " + url
                    + " is not bundled with the importer, and contexts are never fetched");
        }
        try (InputStream in = BundledContextLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled context is missing from the class path: " + resource);
            }
            Document document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled context " + resource, e);
        }
    }
}
