// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Solid Notifications Protocol vocabulary.
 *
 * @see <a href="http://www.w3.org/ns/solid/notifications#">http://www.w3.org/ns/solid/notifications#</a>
 */
public final class NOTIFY {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/solid/notifications#";

    public static final Node WebSocketChannel2023 = Terms.uri(NS, "WebSocketChannel2023");
    public static final Node WebhookChannel2023 = Terms.uri(NS, "WebhookChannel2023");
    public static final Node StreamingHTTPChannel2023 = Terms.uri(NS, "StreamingHTTPChannel2023");
    public static final Node subscription = Terms.uri(NS, "subscription");
    public static final Node channelType = Terms.uri(NS, "channelType");
    public static final Node feature = Terms.uri(NS, "feature");
    public static final Node topic = Terms.uri(NS, "topic");
    public static final Node receiveFrom = Terms.uri(NS, "receiveFrom");
    public static final Node sendTo = Terms.uri(NS, "sendTo");
    public static final Node sender = Terms.uri(NS, "sender");
    public static final Node state = Terms.uri(NS, "state");
    public static final Node startAt = Terms.uri(NS, "startAt");
    public static final Node endAt = Terms.uri(NS, "endAt");
    public static final Node rate = Terms.uri(NS, "rate");
    public static final Node accept = Terms.uri(NS, "accept");

    private NOTIFY() {
    }
}
