// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.okhttp.OkHttpService;
import com.inrupt.client.spi.HttpService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** The HTTP engine under Inrupt's client: OkHttp, with every phase of a call bounded in time. */
final class HttpServices {

    /**
     * How many requests one client sends at once, to one host or in all. Inrupt's client queues its calls on
     * OkHttp's dispatcher, which runs 5 per host unless told otherwise: a caller's threads beyond 5 would wait
     * for one another instead of their requests reaching the pod server.
     */
    static final int MAX_CONCURRENT_REQUESTS = 64;

    private HttpServices() {
    }

    /**
     * An HTTP service whose calls, connection included, each take at most the timeout; a slow or silent server
     * makes the call fail rather than hang. Up to {@link #MAX_CONCURRENT_REQUESTS} calls run at once, over as many
     * kept-alive connections.
     */
    static HttpService withTimeout(Duration timeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
        OkHttpClient client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_CONCURRENT_REQUESTS, 5, TimeUnit.MINUTES))
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .followRedirects(false)
                .build();
        return OkHttpService.ofOkHttpClient(client);
    }
}
