// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.solidaire.server.problem.ProblemException;

/**
 * The path of a resource on this server, in one canonical percent-encoded form, such as {@code /alice/notes/}.
 *
 * <p>Each segment is decoded and re-encoded so that two spellings of the same name ({@code caf%c3%a9} and
 * {@code caf%C3%A9}, {@code %7E} and {@code ~}) name one resource; an encoded slash {@code %2F} stays inside its
 * segment and is never a separator. A path ending in {@code /} is a container. The first segment is the pod.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2">RFC 3986 §6.2.2 Syntax-based normalization</a>
 */
public final class ResourcePath implements Comparable<ResourcePath> {

    /** The suffix of the ACL auxiliary resource of a resource. */
    public static final String ACL_SUFFIX = ".acl";
    /** The suffix of the description auxiliary resource of a resource. */
    public static final String META_SUFFIX = ".meta";

    private static final ResourcePath ROOT = new ResourcePath("/");

    private final String path;

    private ResourcePath(String path) {
        this.path = path;
    }

    /** The server root, {@code /}, which holds the pods. */
    public static ResourcePath root() {
        return ROOT;
    }

    /**
     * The resource an IRI of this server names, or whose fragment it names: the IRI without its fragment, read as a
     * path under the base URL.
     *
     * @param iri an absolute IRI
     * @param baseUrl the public base URL, ending with {@code /}
     * @return the resource, or empty when the IRI is not under the base URL or its path names no resource
     */
    public static Optional<ResourcePath> ofIri(String iri, String baseUrl) {
        if (!iri.startsWith(baseUrl)) {
            return Optional.empty();
        }
        int hash = iri.indexOf('#');
        try {
            return Optional.of(parse("/" + iri.substring(baseUrl.length(), hash < 0 ? iri.length() : hash)));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses the raw (still percent-encoded) path of a request into its canonical form.
     *
     * @param rawPath the path as received, starting with {@code /}
     * @return the canonical path
     * @throws ProblemException 400 when a segment is empty, a dot segment, or not valid UTF-8 once decoded
     */
    public static ResourcePath parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw ProblemException.badRequest("The request path must start with '/'.");
        }
        if (rawPath.equals("/")) {
            return ROOT;
        }
        boolean container = rawPath.endsWith("/");
        String body = rawPath.substring(1, container ? rawPath.length() - 1 : rawPath.length());
        StringBuilder canonical = new StringBuilder(rawPath.length() + 8);
        for (String segment : body.split("/", -1)) {
            String name = decodeSegment(segment, rawPath);
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                throw ProblemException.badRequest("The path '" + rawPath
                        + "' has an empty or dot segment, which could name another resource than the one it seems to.")
                        .with("path", rawPath);
            }
            canonical.append('/').append(encodeSegment(name));
        }
        if (container) {
            canonical.append('/');
        }
        return new ResourcePath(canonical.toString());
    }

    /** This container's child of the given decoded name, as a document or as a container. */
    public ResourcePath child(String decodedName, boolean asContainer) {
        requireNonNull(decodedName, "decodedName");
        if (!isContainer()) {
            throw new IllegalStateException(path + " is not a container");
        }
        return new ResourcePath(path + encodeSegment(decodedName) + (asContainer ? "/" : ""));
    }

    /** The same name with the trailing slash added or removed: {@code /a/b} for {@code /a/b/} and back. */
    public ResourcePath twin() {
        if (isRoot()) {
            return this;
        }
        return new ResourcePath(isContainer() ? path.substring(0, path.length() - 1) : path + "/");
    }

    /** The auxiliary resource of this resource with the given suffix, such as {@code /a/b.acl} or {@code /a/.acl}. */
    public ResourcePath auxiliary(String suffix) {
        return new ResourcePath(path + suffix);
    }

    /** The container that holds this resource; empty for the root. */
    public Optional<ResourcePath> parent() {
        if (isRoot()) {
            return Optional.empty();
        }
        String trimmed = isContainer() ? path.substring(0, path.length() - 1) : path;
        return Optional.of(new ResourcePath(trimmed.substring(0, trimmed.lastIndexOf('/') + 1)));
    }

    /** The containers from the pod root down to this resource's parent, outermost first. */
    public List<ResourcePath> ancestors() {
        List<ResourcePath> result = new ArrayList<>();
        for (ResourcePath p = parent().orElse(null); p != null && !p.isRoot(); p = p.parent().orElse(null)) {
            result.add(0, p);
        }
        return result;
    }

    /** The pod this resource belongs to, such as {@code alice}; empty for the server root. */
    public Optional<String> pod() {
        if (isRoot()) {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        return Optional.of(path.substring(1, end < 0 ? path.length() : end));
    }

    /** The root container of this resource's pod, such as {@code /alice/}. */
    public ResourcePath podRoot() {
        return pod().map(p -> new ResourcePath("/" + p + "/")).orElse(ROOT);
    }

    /** The last segment, still encoded, without a trailing slash. */
    public String encodedName() {
        String trimmed = isContainer() && !isRoot() ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public boolean isContainer() {
        return path.endsWith("/");
    }

    public boolean isRoot() {
        return path.equals("/");
    }

    /** Whether this is a pod's root container, such as {@code /alice/}. */
    public boolean isPodRoot() {
        return isContainer() && !isRoot() && path.indexOf('/', 1) == path.length() - 1;
    }

    /** Whether this is an auxiliary resource (an ACL or a description resource) rather than a member. */
    public boolean isAuxiliary() {
        return !isContainer() && (path.endsWith(ACL_SUFFIX) || path.endsWith(META_SUFFIX));
    }

    /** Whether this is the ACL resource of another resource, such as {@code /a/b.acl}. */
    public boolean isAcl() {
        return isAuxiliary() && path.endsWith(ACL_SUFFIX);
    }

    /** Whether this is the description resource of another resource, such as {@code /a/b.meta}. */
    public boolean isDescription() {
        return isAuxiliary() && path.endsWith(META_SUFFIX);
    }

    /** For an auxiliary resource, the resource it belongs to, such as {@code /a/b} for {@code /a/b.acl}. */
    public Optional<ResourcePath> subject() {
        if (!isAuxiliary()) {
            return Optional.empty();
        }
        String suffix = isAcl() ? ACL_SUFFIX : META_SUFFIX;
        return Optional.of(new ResourcePath(path.substring(0, path.length() - suffix.length())));
    }

    /** The absolute IRI of this resource under a base URL ending with {@code /}. */
    public String iri(String baseUrl) {
        return baseUrl + path.substring(1);
    }

    @Override
    public String toString() {
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourcePath that && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public int compareTo(ResourcePath other) {
        return path.compareTo(other.path);
    }

    /** Decodes a name given by a client (for example in a {@code Slug} header): percent-escapes become UTF-8. */
    public static String decodeName(String encoded) {
        return decodeSegment(encoded, encoded);
    }

    private static String decodeSegment(String segment, String rawPath) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int value = i + 2 < segment.length() ? hexPair(segment.charAt(i + 1), segment.charAt(i + 2)) : -1;
                if (value < 0) {
                    throw ProblemException.badRequest("The path '" + rawPath + "' has a malformed percent-escape.")
                            .with("path", rawPath);
                }
                bytes.write(value);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The path '" + rawPath + "' is not UTF-8 once decoded.")
                    .with("path", rawPath);
        }
    }

    private static int hexPair(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    /** Encodes a decoded segment: RFC 3986 unreserved characters and a few safe sub-delimiters stay as they are. */
    static String encodeSegment(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isKept(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isKept(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~'
                || c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' || c == '+'
                || c == ',' || c == ';' || c == '=' || c == ':' || c == '@';
    }
}
