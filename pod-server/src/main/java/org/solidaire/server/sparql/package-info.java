// SPDX-License-Identifier: Apache-2.0
/**
 * Each pod's read-only SPARQL 1.1 query endpoint, which never reveals a triple the caller could not GET.
 *
 * <p>A query sees one named graph per resource the caller may read, chosen by the same authorization engine as
 * every GET, holding exactly what a GET of that resource returns; ACL resources only with Control, the server's
 * own bookkeeping never. The default graph is empty unless the request asks for the union of those graphs:
 *
 * <pre>{@code
 * curl -H 'Accept: application/sparql-results+json' \
 *      --data-urlencode 'query=SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g' \
 *      'http://localhost:8080/alice/.well-known/sparql'
 * curl --data-urlencode 'query=SELECT (SUM(?v) AS ?sum) WHERE { ?r <http://qudt.org/schema/qudt/numericValue> ?v }' \
 *      'http://localhost:8080/alice/.well-known/sparql?union=true'
 * }</pre>
 *
 * @see <a href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1 Protocol</a>
 */
package org.solidaire.server.sparql;
