// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client;

import com.inrupt.client.okhttp.OkHttpService;
import com.inrupt.client.spi.HttpService;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** The HTTP engine under Inrupt's client: OkHttp, with every phase of a call bounded in time. */
final class HttpServices {

    private HttpServices() {
    }

    /**
     * An HTTP service whose calls, connection included, each take at most the timeout; a slow or silent server
     * makes the call fail rather than hang.
     */
    static HttpService withTimeout(Duration timeout) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .followRedirects(false)
                .build();
        return OkHttpService.ofOkHttpClient(client);
    }
}
