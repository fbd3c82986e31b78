// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Records what an OkHttp-based client puts on the wire for authentication: for each exchange, the scheme of its
 * {@code Authorization} header and the claim names of its DPoP proof, so that a test can tell DPoP from Bearer and
 * see whether the proof carries {@code ath} (RFC 9449 §4.2).
 */
final class WireLog implements Interceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One exchange as sent and answered.
     *
     * @param scheme the scheme of the {@code Authorization} header, or empty when there was none
     * @param proofClaims the claim names of the {@code DPoP} proof, or empty when there was none
     */
    record Exchange(String method, String url, String scheme, Set<String> proofClaims, int status) {
    }

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    /** An OkHttp client that records every exchange in this log. */
    OkHttpClient client() {
        return new OkHttpClient.Builder().addNetworkInterceptor(this).build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        String authorization = request.header("Authorization");
        String scheme = authorization == null ? "" : authorization.split(" ", 2)[0];
        exchanges.add(new Exchange(request.method(), request.url().toString(), scheme,
                claimNames(request.header("DPoP")), response.code()));
        return response;
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The exchanges with the URL, in the order they were sent. */
    List<Exchange> to(String url) {
        return exchanges.stream().filter(exchange -> exchange.url().equals(url)).toList();
    }

    private static Set<String> claimNames(String proof) {
        if (proof == null) {
            return Set.of();
        }
        String[] parts = proof.split("\\.");
        try {
            Set<String> names = new TreeSet<>();
            JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).fieldNames().forEachRemaining(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
