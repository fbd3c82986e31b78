// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.solidaire.vocab.CV;
import org.solidaire.vocab.FOAF;
import org.solidaire.vocab.PERSON;
import org.solidaire.vocab.SCHEMA;
import org.solidaire.vocab.VCARD;

/**
 * The citizen as their WebID profile describes them, after EU Core Person: names carry a language tag, at most one
 * per language, so each name is a map from language tag to text.
 *
 * @param webId the citizen's WebID, such as {@code profile/card#me}
 * @param name the full names by language, possibly empty
 * @param givenName the given names by language, at least one
 * @param familyName the family names by language, at least one
 * @param birthDate the date of birth, or null
 * @param domicile the IRI of the {@code locn:Address} of the domicile, or null
 * @param homeLocations the IRIs of the {@code cdv:Dwelling} resources, in IRI order
 * @param emails the {@code mailto:} IRIs, in IRI order
 */
public record CitizenProfile(URI webId, Map<String, String> name, Map<String, String> givenName,
        Map<String, String> familyName, LocalDate birthDate, URI domicile, List<URI> homeLocations, List<URI> emails)
        implements RdfDescription {

    /** Checks the components the shape requires and copies the collections. */
    public CitizenProfile {
        requireNonNull(webId, "webId");
        name = Map.copyOf(requireNonNull(name, "name"));
        givenName = Map.copyOf(requireNonNull(givenName, "givenName"));
        familyName = Map.copyOf(requireNonNull(familyName, "familyName"));
        if (givenName.isEmpty() || familyName.isEmpty()) {
            throw new IllegalArgumentException("A profile has a given name and a family name");
        }
        homeLocations = RdfValues.sorted(requireNonNull(homeLocations, "homeLocations"));
        emails = RdfValues.sorted(requireNonNull(emails, "emails"));
        emails.forEach(email -> {
            if (!"mailto".equals(email.getScheme())) {
                throw new IllegalArgumentException("An email is a mailto: IRI, not " + email);
            }
        });
    }

    /**
     * A citizen known by their names in one language.
     *
     * @param webId the WebID
     * @param givenName the given name
     * @param familyName the family name
     * @param language the language tag of both, such as {@code fr}
     * @return the profile, with no full name, birth date, domicile, home or email
     */
    public static CitizenProfile named(URI webId, String givenName, String familyName, String language) {
        return new CitizenProfile(webId, Map.of(), Map.of(language, givenName), Map.of(language, familyName), null,
                null, List.of(), List.of());
    }

    /**
     * Returns this profile with a full name in a language, replacing any in that language.
     *
     * @param text the full name
     * @param language its language tag
     * @return a new profile
     */
    public CitizenProfile withName(String text, String language) {
        Map<String, String> names = new HashMap<>(name);
        names.put(language, text);
        return new CitizenProfile(webId, names, givenName, familyName, birthDate, domicile, homeLocations, emails);
    }

    /**
     * Returns this profile with a date of birth.
     *
     * @param date the date of birth
     * @return a new profile
     */
    public CitizenProfile bornOn(LocalDate date) {
        return new CitizenProfile(webId, name, givenName, familyName, date, domicile, homeLocations, emails);
    }

    /**
     * Returns this profile with a domicile and one more dwelling.
     *
     * @param address the IRI of the domicile's address
     * @param dwelling the IRI of the dwelling
     * @return a new profile
     */
    public CitizenProfile livingAt(URI address, URI dwelling) {
        return new CitizenProfile(webId, name, givenName, familyName, birthDate, address,
                Stream.concat(homeLocations.stream(), Stream.of(dwelling)).distinct().toList(), emails);
    }

    /**
     * Returns this profile with one more email address.
     *
     * @param email a {@code mailto:} IRI
     * @return a new profile
     */
    public CitizenProfile withEmail(URI email) {
        return new CitizenProfile(webId, name, givenName, familyName, birthDate, domicile, homeLocations,
                Stream.concat(emails.stream(), Stream.of(email)).distinct().toList());
    }

    @Override
    public URI iri() {
        return webId;
    }

    @Override
    public void addTo(Graph graph) {
        Node subject = RdfValues.iri(webId);
        RdfValues.addType(graph, subject, PERSON.Person);
        RdfValues.addType(graph, subject, FOAF.Person);
        addNames(graph, subject, FOAF.name, name);
        addNames(graph, subject, FOAF.givenName, givenName);
        addNames(graph, subject, FOAF.familyName, familyName);
        RdfValues.addOptional(graph, subject, CV.birthDate, birthDate == null ? null : RdfValues.date(birthDate));
        RdfValues.addOptional(graph, subject, CV.domicile, domicile == null ? null : RdfValues.iri(domicile));
        homeLocations.forEach(home -> RdfValues.add(graph, subject, SCHEMA.homeLocation, RdfValues.iri(home)));
        emails.forEach(email -> RdfValues.add(graph, subject, VCARD.hasEmail, RdfValues.iri(email)));
    }

    private static void addNames(Graph graph, Node subject, Node property, Map<String, String> names) {
        names.forEach((language, text) -> RdfValues.add(graph, subject, property,
                NodeFactory.createLiteralLang(text, language)));
    }

    /**
     * Reads a profile from a graph, such as the WebID profile document.
     *
     * @param graph the graph
     * @param webId the citizen's WebID
     * @return the profile; other statements of the document, such as its OIDC issuer, are not part of it
     * @throws IllegalArgumentException when the graph lacks a value the profile needs
     */
    public static CitizenProfile fromGraph(Graph graph, URI webId) {
        Node s = RdfValues.iri(webId);
        return new CitizenProfile(webId, names(graph, s, FOAF.name), names(graph, s, FOAF.givenName),
                names(graph, s, FOAF.familyName),
                RdfValues.optional(graph, s, CV.birthDate).map(RdfValues::toDate).orElse(null),
                RdfValues.optional(graph, s, CV.domicile).map(RdfValues::toUri).orElse(null),
                RdfValues.toUris(RdfValues.all(graph, s, SCHEMA.homeLocation)),
                RdfValues.toUris(RdfValues.all(graph, s, VCARD.hasEmail)));
    }

    private static Map<String, String> names(Graph graph, Node subject, Node property) {
        Map<String, String> names = new HashMap<>();
        for (Node literal : RdfValues.all(graph, subject, property)) {
            String language = literal.isLiteral() ? literal.getLiteralLanguage() : "";
            if (language.isEmpty() || names.put(language, literal.getLiteralLexicalForm()) != null) {
                throw new IllegalArgumentException(subject + " needs one " + property + " per language, each tagged");
            }
        }
        return names;
    }

    /**
     * Reads every citizen profile of a graph: the subjects typed {@code person:Person}.
     *
     * @param graph the graph
     * @return the profiles, in IRI order
     */
    public static List<CitizenProfile> allIn(Graph graph) {
        return RdfValues.subjectsOfType(graph, PERSON.Person).stream().map(iri -> fromGraph(graph, iri)).toList();
    }
}
