// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.http;

import java.util.regex.Pattern;

/**
 * The syntax of a media type in a {@code Content-Type} header: {@code type/subtype} followed by parameters, each a
 * name and a token or quoted-string value.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-8.3.1">RFC 9110 §8.3.1 Media Type</a>
 */
final class MediaTypeSyntax {

    /** RFC 9110 §5.6.2: a token is one or more tchar. */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

    /** RFC 9110 §5.6.4: qdtext and quoted-pair between double quotes; obs-text arrives as ISO-8859-1 chars. */
    private static final String QUOTED_STRING = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]"
            + "|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*\"";

    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN
            + "(?:[ \\t]*;[ \\t]*(?:" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED_STRING + "))?)*");

    private MediaTypeSyntax() {
    }

    /** Whether a header value, without its surrounding whitespace, is a media type. */
    static boolean isMediaType(String value) {
        return MEDIA_TYPE.matcher(value).matches();
    }
}
