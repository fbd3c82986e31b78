// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.DateParser;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.rdf.RdfFormat;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourceInfo;

/**
 * Conditional requests (RFC 9110 §13): the preconditions of a write, checked by the store inside the write, and
 * the evaluation of a read's conditions.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2">RFC 9110 §13.2.2 Precedence</a>
 */
final class Conditions {

    /** Outcome of a read's conditions. */
    enum ReadOutcome {
        PROCEED, NOT_MODIFIED
    }

    private Conditions() {
    }

    /** The precondition of a write, from its {@code If-Match}, {@code If-None-Match} and date headers. */
    static Precondition forWrite(Exchange exchange) {
        String ifMatch = exchange.header(Headers.IF_MATCH);
        String ifNoneMatch = exchange.header(Headers.IF_NONE_MATCH);
        String ifUnmodifiedSince = exchange.header(Headers.IF_UNMODIFIED_SINCE);
        if (ifMatch == null && ifNoneMatch == null && ifUnmodifiedSince == null) {
            return Precondition.NONE;
        }
        return current -> {
            if (ifMatch != null && !matchesAny(ifMatch, current, true)) {
                throw ProblemException.preconditionFailed("If-Match: " + describe(current));
            } else if (ifMatch == null && ifUnmodifiedSince != null && current.isPresent()) {
                parseDate(ifUnmodifiedSince).filter(date -> seconds(current.get()).isAfter(date)).ifPresent(date -> {
                    throw ProblemException.preconditionFailed("If-Unmodified-Since: the resource changed since.");
                });
            }
            if (ifNoneMatch != null && matchesAny(ifNoneMatch, current, false)) {
                throw ProblemException.preconditionFailed("If-None-Match: the resource exists"
                        + (ifNoneMatch.trim().equals("*") ? "." : " in the state named."));
            }
        };
    }

    /** Evaluates a GET or HEAD's conditions against the resource and the representation chosen. */
    static ReadOutcome forRead(Exchange exchange, ResourceInfo info, RdfFormat format) {
        String ifMatch = exchange.header(Headers.IF_MATCH);
        if (ifMatch != null && !matchesAny(ifMatch, Optional.of(info), true)) {
            throw ProblemException.preconditionFailed("If-Match: the resource is in another state.");
        }
        String ifNoneMatch = exchange.header(Headers.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            boolean match = ifNoneMatch.trim().equals("*") || EntityTags.parse(ifNoneMatch, false).stream()
                    .anyMatch(tag -> EntityTags.sameRepresentation(tag, info, format));
            return match ? ReadOutcome.NOT_MODIFIED : ReadOutcome.PROCEED;
        }
        String ifModifiedSince = exchange.header(Headers.IF_MODIFIED_SINCE);
        // RFC 9110 §13.1.3: a date later than the server's current time is invalid, and the header is ignored.
        Instant now = Instant.now();
        if (ifModifiedSince != null && parseDate(ifModifiedSince).filter(d -> !d.isAfter(now))
                .filter(d -> !seconds(info).isAfter(d)).isPresent()) {
            return ReadOutcome.NOT_MODIFIED;
        }
        return ReadOutcome.PROCEED;
    }

    /** Whether a header's tags name the current state: strongly for {@code If-Match}, weakly for the other. */
    private static boolean matchesAny(String header, Optional<ResourceInfo> current, boolean strong) {
        if (current.isEmpty()) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        List<String> tags = EntityTags.parse(header, strong);
        return tags.stream().anyMatch(tag -> EntityTags.sameState(tag, current.get()));
    }

    private static String describe(Optional<ResourceInfo> current) {
        return current.isPresent() ? "the resource has changed since that entity tag." : "the resource does not exist.";
    }

    /** HTTP dates have a resolution of one second. */
    private static Instant seconds(ResourceInfo info) {
        return info.modified().truncatedTo(ChronoUnit.SECONDS);
    }

    /** An HTTP date, or empty when invalid, in which case RFC 9110 §13.1.3 says to ignore the header. */
    static Optional<Instant> parseDate(String value) {
        long millis = DateParser.parseDate(value.trim());
        return millis < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    /** An IMF-fixdate (RFC 9110 §5.6.7). */
    static String formatDate(Instant instant) {
        return DateGenerator.formatDate(instant);
    }
}
