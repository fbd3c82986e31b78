// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import org.solidaire.server.problem.ProblemException;

/** The names of the HTTP headers the Solid Protocol adds to RFC 9110's, and a few values used throughout. */
final class Headers {

    static final String ACCEPT = "Accept";
    static final String ACCEPT_PATCH = "Accept-Patch";
    static final String ACCEPT_POST = "Accept-Post";
    static final String ACCEPT_PUT = "Accept-Put";
    static final String ACCEPT_RANGES = "Accept-Ranges";
    static final String ALLOW = "Allow";
    static final String CONTENT_RANGE = "Content-Range";
    static final String CONTENT_TYPE = "Content-Type";
    static final String ETAG = "ETag";
    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    static final String IF_UNMODIFIED_SINCE = "If-Unmodified-Since";
    static final String IF_RANGE = "If-Range";
    static final String LAST_MODIFIED = "Last-Modified";
    static final String LINK = "Link";
    static final String LOCATION = "Location";
    static final String ORIGIN = "Origin";
    static final String RANGE = "Range";
    static final String SLUG = "Slug";
    static final String VARY = "Vary";
    static final String WAC_ALLOW = "WAC-Allow";
    /** The WAC-Allow of what anyone may read and no one may write, such as the server root. */
    static final String READ_ONLY_FOR_ALL = "user=\"read\",public=\"read\"";

    static final String PROBLEM_JSON = ProblemException.MEDIA_TYPE;
    static final String RDF_TYPES = "text/turtle, application/ld+json, application/n-triples, application/rdf+xml";

    private Headers() {
    }
}
