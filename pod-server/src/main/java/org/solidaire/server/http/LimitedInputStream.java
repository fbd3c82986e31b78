// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.solidaire.server.problem.ProblemException;

/** A request body that answers 413 as soon as it grows past the limit, before the rest is read. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    private LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static InputStream of(InputStream in, long limit) {
        return new LimitedInputStream(in, limit);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw ProblemException.of(413, "Content Too Large", "The body is larger than the limit of " + limit
                    + " bytes.").with("limit", limit);
        }
    }
}
