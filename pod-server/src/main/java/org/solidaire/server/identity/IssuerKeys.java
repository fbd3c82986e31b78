// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.store.AtomicFiles;

/**
 * The issuer's signing keys: one ES256 and one RS256 key sign, and keys they replaced stay published until every
 * token they signed has expired.
 *
 * <p>The keys live in one JSON Web Key Set file, private parts included, readable by the process owner only. A
 * key's {@code iat} records when it was made, and a retired key's {@code exp} when it may leave the set; both are
 * removed from the published set.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7517">RFC 7517 JSON Web Key</a>
 */
final class IssuerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);
    private static final int RSA_BITS = 2048;

    /** One consistent view: the whole set and the two signing keys with their signers. */
    private record Keys(JWKSet all, JWKSet published, ECKey ec, RSAKey rsa, JWSSigner ecSigner,
            JWSSigner rsaSigner) {
    }

    private final Path file;
    private final Duration retention;
    /** Null only until the first keys of a new issuer are made, on their first use. */
    private volatile Keys keys;

    private IssuerKeys(Path file, Duration retention) {
        this.file = file;
        this.retention = retention;
    }

    /**
     * Loads the keys. A new issuer has none yet: the first use of the keys makes them, since generating an RSA key
     * takes a third of a second that no request before the first sign-in needs, and that would compete with the
     * rest of the start-up for the processor.
     *
     * @param file where the key set is kept
     * @param retention how long a retired key stays published: at least the longest token lifetime
     */
    static IssuerKeys open(Path file, Duration retention) throws IOException {
        IssuerKeys issuerKeys = new IssuerKeys(requireNonNull(file, "file"), requireNonNull(retention, "retention"));
        if (Files.exists(file)) {
            try {
                issuerKeys.keys = view(JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys());
            } catch (ParseException | JOSEException | IllegalStateException e) {
                throw new IOException("The issuer keys in " + file + " cannot be read: " + e.getMessage(), e);
            }
            LOG.info("Loaded {} issuer keys from {}", issuerKeys.keys.all().size(), file);
        }
        return issuerKeys;
    }

    /** The public keys to publish at the JWKS endpoint, old keys still in use included. */
    JWKSet publicKeys() {
        return current().published();
    }

    /** When the current signing keys were made. */
    Instant currentSince() {
        Date ec = current().ec().getIssueTime();
        return ec == null ? Instant.EPOCH : ec.toInstant();
    }

    /**
     * Makes new signing keys when the current ones are older than the period, and drops expired ones; an issuer
     * without keys yet gets new ones on their first use.
     */
    synchronized void rotateIfDue(Instant now, Duration period) throws IOException {
        if (keys != null && currentSince().plus(period).isBefore(now)) {
            rotate(now);
        }
    }

    /** Makes new ES256 and RS256 signing keys; the current ones retire and stay published for the retention. */
    synchronized void rotate(Instant now) throws IOException {
        try {
            List<JWK> kept = new ArrayList<>();
            Keys previous = keys;
            if (previous != null) {
                Date retireAt = Date.from(now.plus(retention));
                for (JWK key : previous.all().getKeys()) {
                    if (key.getExpirationTime() == null) {
                        kept.add(retire(key, retireAt));
                    } else if (key.getExpirationTime().toInstant().isAfter(now)) {
                        kept.add(key);
                    }
                }
            }
            Date issued = Date.from(now);
            kept.add(new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .issueTime(issued).keyIDFromThumbprint(true).generate());
            kept.add(new RSAKeyGenerator(RSA_BITS).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .issueTime(issued).keyIDFromThumbprint(true).generate());
            Keys next = view(kept);
            AtomicFiles.write(file, next.all().toString(false).getBytes(StandardCharsets.UTF_8), true);
            keys = next;
            LOG.info("New issuer signing keys {} and {}", next.ec().getKeyID(), next.rsa().getKeyID());
        } catch (JOSEException e) {
            throw new IOException("Could not make issuer keys: " + e.getMessage(), e);
        }
    }

    /**
     * Signs claims with the current key of an algorithm.
     *
     * @param algorithm {@link JWSAlgorithm#ES256} or {@link JWSAlgorithm#RS256}
     * @param type the {@code typ} header, such as {@code at+jwt}
     * @return the compact serialization
     */
    String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, JOSEObjectType type) {
        Keys current = current();
        boolean ec = JWSAlgorithm.ES256.equals(algorithm);
        if (!ec && !JWSAlgorithm.RS256.equals(algorithm)) {
            throw new IllegalArgumentException("Unsupported signing algorithm " + algorithm);
        }
        JWK key = ec ? current.ec() : current.rsa();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(type).build(),
                claims);
        try {
            jwt.sign(ec ? current.ecSigner() : current.rsaSigner());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }

    /** The keys, made now if there are none yet; a request that needs them meanwhile waits for them. */
    private Keys current() {
        Keys current = keys;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (keys == null) {
                try {
                    rotate(Instant.now());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return keys;
        }
    }

    private static Keys view(List<JWK> all) throws JOSEException {
        ECKey ec = null;
        RSAKey rsa = null;
        List<JWK> published = new ArrayList<>();
        for (JWK key : all) {
            if (key.getExpirationTime() == null && key instanceof ECKey e && newer(e, ec)) {
                ec = e;
            } else if (key.getExpirationTime() == null && key instanceof RSAKey r && newer(r, rsa)) {
                rsa = r;
            }
            published.add(withoutDates(key.toPublicJWK()));
        }
        if (ec == null || rsa == null) {
            throw new IllegalStateException("no current ES256 and RS256 key");
        }
        return new Keys(new JWKSet(all), new JWKSet(published), ec, rsa, new ECDSASigner(ec), new RSASSASigner(rsa));
    }

    private static boolean newer(JWK candidate, JWK current) {
        return current == null || candidate.getIssueTime() != null && current.getIssueTime() != null
                && candidate.getIssueTime().after(current.getIssueTime());
    }

    private static JWK retire(JWK key, Date retireAt) {
        if (key instanceof ECKey ec) {
            return new ECKey.Builder(ec).expirationTime(retireAt).build();
        }
        return new RSAKey.Builder((RSAKey) key).expirationTime(retireAt).build();
    }

    /** Published keys carry no dates: some verifiers refuse a key whose {@code exp} they misread as the token's. */
    private static JWK withoutDates(JWK key) {
        if (key instanceof ECKey ec) {
            return new ECKey.Builder(ec).issueTime(null).expirationTime(null).build();
        }
        return new RSAKey.Builder((RSAKey) key).issueTime(null).expirationTime(null).build();
    }
}
