// SPDX-License-Identifier: Apache-2.0
package org.solidaire.vocab;

import org.apache.jena.graph.Node;

/**
 * Terms of the Data Privacy Vocabulary (DPV 2), for consent records.
 *
 * @see <a href="https://w3id.org/dpv#">https://w3id.org/dpv#</a>
 */
public final class DPV {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv#";

    public static final Node ConsentRecord = Terms.uri(NS, "ConsentRecord");
    public static final Node Consent = Terms.uri(NS, "Consent");
    public static final Node ConsentNotice = Terms.uri(NS, "ConsentNotice");
    public static final Node ConsentStatus = Terms.uri(NS, "ConsentStatus");
    public static final Node ConsentGiven = Terms.uri(NS, "ConsentGiven");
    public static final Node ConsentRequested = Terms.uri(NS, "ConsentRequested");
    public static final Node ConsentRefused = Terms.uri(NS, "ConsentRefused");
    public static final Node ConsentWithdrawn = Terms.uri(NS, "ConsentWithdrawn");
    public static final Node ConsentExpired = Terms.uri(NS, "ConsentExpired");
    public static final Node Purpose = Terms.uri(NS, "Purpose");
    public static final Node ServiceProvision = Terms.uri(NS, "ServiceProvision");
    public static final Node ServicePersonalisation = Terms.uri(NS, "ServicePersonalisation");
    public static final Node PersonalData = Terms.uri(NS, "PersonalData");
    public static final Node DataSubject = Terms.uri(NS, "DataSubject");
    public static final Node Recipient = Terms.uri(NS, "Recipient");
    public static final Node Contract = Terms.uri(NS, "Contract");
    public static final Node hasDataSubject = Terms.uri(NS, "hasDataSubject");
    public static final Node hasRecipient = Terms.uri(NS, "hasRecipient");
    public static final Node hasPurpose = Terms.uri(NS, "hasPurpose");
    public static final Node hasLegalBasis = Terms.uri(NS, "hasLegalBasis");
    public static final Node hasConsentStatus = Terms.uri(NS, "hasConsentStatus");
    public static final Node hasPersonalData = Terms.uri(NS, "hasPersonalData");
    public static final Node hasDataController = Terms.uri(NS, "hasDataController");
    public static final Node isIndicatedAtTime = Terms.uri(NS, "isIndicatedAtTime");
    public static final Node hasDuration = Terms.uri(NS, "hasDuration");
    public static final Node hasNotice = Terms.uri(NS, "hasNotice");

    private DPV() {
    }
}
