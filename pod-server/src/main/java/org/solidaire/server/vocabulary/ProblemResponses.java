// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.solidaire.server.problem.ProblemException;

/**
 * The RFC 9457 problem-details body of a problem, as the rest of the server writes it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457 Problem Details for HTTP APIs</a>
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    /**
     * The JSON body of a problem.
     *
     * @param problem the problem
     * @param instance the URL of the request, which identifies this occurrence
     */
    static byte[] body(ProblemException problem, String instance) {
        ObjectNode json = JSON.createObjectNode();
        json.put("type", "about:blank");
        json.put("title", problem.title());
        json.put("status", problem.status());
        if (problem.detail() != null) {
            json.put("detail", problem.detail());
        }
        json.put("instance", instance);
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            json.set(member.getKey(), JSON.valueToTree(member.getValue()));
        }
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            // Only an extension member could fail to serialise, and this package adds none.
            return ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
