// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Refusals arrive as typed exceptions that keep the request's method and URI, the status, the response headers
 * and the server's problem details.
 */
class FailureTest {

    @RegisterExtension
    static final PodServer SERVER = new PodServer();

    private static final String SHAPE = "https://w3id.org/cdv/shapes#WaterConsumptionObservationShape";
    private static final String READING = """
            @prefix cdv: <https://w3id.org/cdv#> .
            @prefix sosa: <http://www.w3.org/ns/sosa/> .
            @prefix qudt: <http://qudt.org/schema/qudt/> .
            @prefix unit: <http://qudt.org/vocab/unit/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <#d1> a cdv:WaterConsumptionObservation ;
                sosa:hasFeatureOfInterest <contract#point> ; sosa:madeBySensor <contract#meter> ;
                sosa:observedProperty cdv:WaterConsumption ; cdv:underContract <contract#contract> ;
                cdv:periodStart "2024-06-01T00:00:00+02:00"^^xsd:dateTime ;
                cdv:periodEnd "2024-06-02T00:00:00+02:00"^^xsd:dateTime ;
                sosa:resultTime "2024-06-02T02:00:00+02:00"^^xsd:dateTime ;
                cdv:granularity cdv:Daily ; cdv:readingMethod cdv:ActualReading ;
                sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue 317.0 ; qudt:hasUnit unit:L ] .
            """;
    private static final String DIARY = "alice/private/diary.ttl";

    private final PodClient alice = SERVER.client("alice");

    @BeforeAll
    static void aliceKeepsAPrivateDiary() {
        URI diary = SERVER.uri(DIARY);
        SERVER.client("alice").write(diary, Graphs.titled(diary, "Private thoughts"));
    }

    @Test
    void anAnonymousReadOfPrivateDataIsUnauthorizedWithADpopChallenge() {
        UnauthorizedException refused = assertThrows(UnauthorizedException.class,
                () -> SERVER.anonymous().read(SERVER.uri(DIARY)));

        assertAll(
                () -> assertEquals(401, refused.status()),
                () -> assertEquals(SERVER.uri(DIARY), refused.uri()),
                () -> assertEquals("GET", refused.method()),
                () -> assertTrue(refused.header("WWW-Authenticate").orElse("").startsWith("DPoP"),
                        () -> "headers " + refused.headers()),
                () -> assertEquals(OptionalInt.of(401), refused.problem().orElseThrow().status()));
    }

    @Test
    void anotherCitizensReadIsForbiddenWithProblemDetails() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> SERVER.client("bob").read(SERVER.uri(DIARY)));

        ProblemDetails problem = refused.problem().orElseThrow();
        assertAll(
                () -> assertEquals(403, refused.status()),
                () -> assertEquals(Optional.of("Forbidden"), problem.title()),
                () -> assertEquals(OptionalInt.of(403), problem.status()),
                () -> assertEquals(URI.create("about:blank"), problem.type()),
                () -> assertTrue(problem.detail().isPresent(), problem::toString),
                () -> assertTrue(refused.getMessage().startsWith("GET " + SERVER.uri(DIARY) + " answered 403"),
                        refused::getMessage));
    }

    @Test
    void aMissingResourceIsNotFound() {
        URI missing = SERVER.uri("alice/private/missing.ttl");

        NotFoundException refused = assertThrows(NotFoundException.class, () -> alice.read(missing));

        assertAll(
                () -> assertEquals(404, refused.status()),
                () -> assertEquals(Optional.of(missing), refused.problem().orElseThrow().instance()),
                () -> assertTrue(refused.problem().orElseThrow().detail().orElse("").contains(missing.toString())));
    }

    @Test
    void deletingAContainerThatIsNotEmptyIsAConflict() {
        URI container = SERVER.uri("alice/private/");

        ConflictException refused = assertThrows(ConflictException.class, () -> alice.delete(container));

        assertAll(
                () -> assertEquals(409, refused.status()),
                () -> assertEquals("DELETE", refused.method()),
                () -> assertTrue(refused.problem().orElseThrow().detail().orElse("").contains("not empty"),
                        refused::getMessage));
    }

    @Test
    void aWaterReadingThatBreaksItsShapeIsUnprocessableWithTheViolationsAndTheShape() {
        URI reading = SERVER.uri("alice/water/2024-06-01");
        String broken = READING.replace("sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue 317.0 ; "
                + "qudt:hasUnit unit:L ] .", "cdv:readingMethod cdv:ActualReading .");

        UnprocessableContentException refused = assertThrows(UnprocessableContentException.class,
                () -> alice.write(reading, Graphs.turtle(reading.toString(), broken)));

        assertAll(
                () -> assertEquals(422, refused.status()),
                () -> assertEquals(Optional.of(URI.create(SHAPE)), refused.constrainedBy()),
                () -> assertTrue(refused.violations().size() >= 1, refused::body),
                () -> assertTrue(refused.violations().stream().allMatch(violation -> violation.get("message")
                        instanceof String), refused::body),
                () -> assertInstanceOf(java.util.List.class, refused.problem().orElseThrow().extension("violations")
                        .orElseThrow()),
                () -> assertTrue(refused.body().contains("violations"), refused::body),
                () -> assertThrows(NotFoundException.class, () -> alice.read(reading), "nothing was stored"));
    }

    @Test
    void aConformingWaterReadingIsStored() {
        URI reading = SERVER.uri("alice/water/2024-06-02");

        alice.write(reading, Graphs.turtle(reading.toString(), READING));

        assertTrue(alice.read(reading).graph().size() > 10);
    }

    @Test
    void aRefusedLoginIsReportedWithTheIssuerItsStatusAndItsError() {
        PodSession wrong = PodSession.ofClientCredentials(SERVER.issuer(), "alice-app", "not-the-secret");

        SolidaireClientException refused = assertThrows(SolidaireClientException.class, wrong::webId);

        assertAll(
                () -> assertEquals(SERVER.issuer(), refused.uri()),
                () -> assertEquals(SolidaireClientException.LOGIN, refused.method()),
                () -> assertEquals(401, refused.status()),
                () -> assertTrue(refused.getMessage().startsWith("the issuer " + SERVER.issuer() + " refused the "
                        + "credentials of alice-app: "), refused::getMessage),
                () -> assertTrue(refused.getMessage().contains("invalid_client"), refused::getMessage));
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAFailureWithoutStatus() {
        PodClient impatient = PodClient.builder().timeout(Duration.ofMillis(1)).build();

        SolidaireClientException refused = assertThrows(SolidaireClientException.class,
                () -> impatient.read(SERVER.uri("alice/profile/card")));

        assertAll(
                () -> assertEquals(0, refused.status()),
                () -> assertEquals(Map.of(), refused.headers()),
                () -> assertTrue(refused.getCause() instanceof java.io.IOException, () -> "cause "
                        + refused.getCause()));
    }
}
