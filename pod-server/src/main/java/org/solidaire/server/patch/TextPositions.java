// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between offsets in a text and the 1-based line and column that a parser reports, so that an error found
 * in a rewritten or embedded piece of a PATCH body can be reported where the client wrote it.
 *
 * <p>Columns count UTF-16 code units, as both RIOT and ARQ do. The parsers disagree on line breaks: RIOT's tokenizer
 * starts a line after a line feed only, while ARQ's JavaCC parsers also break lines at a lone carriage return.
 */
final class TextPositions {

    private final int length;
    private final int[] lineStarts;

    private TextPositions(int length, int[] lineStarts) {
        this.length = length;
        this.lineStarts = lineStarts;
    }

    /** Positions as RIOT's Turtle tokenizer counts them. */
    static TextPositions riot(String text) {
        return new TextPositions(text.length(), lineStarts(text, false));
    }

    /** Positions as ARQ's SPARQL parsers count them. */
    static TextPositions sparql(String text) {
        return new TextPositions(text.length(), lineStarts(text, true));
    }

    private static int[] lineStarts(String text, boolean carriageReturnBreaks) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (carriageReturnBreaks && c == '\r' && !crlf)) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The offset of a 1-based line and column, kept within the text. */
    int offset(long line, long column) {
        int index = (int) Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        long offset = lineStarts[index] + Math.max(0, column - 1);
        return (int) Math.min(offset, length);
    }

    /** The 1-based line of an offset. */
    long line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** The 1-based column of an offset. */
    long column(int offset) {
        return offset - lineStarts[lineIndex(offset)] + 1;
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
