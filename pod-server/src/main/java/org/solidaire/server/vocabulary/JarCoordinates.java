// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Maven coordinates of a jar of this project, shown on the documentation page so that another city's build
 * can depend on it.
 *
 * @param groupId the Maven group
 * @param artifactId the Maven artifact
 * @param version the version of the jar on the class path
 */
record JarCoordinates(String groupId, String artifactId, String version) {

    private static final String GROUP_ID = "org.solidaire";

    /**
     * The coordinates of the jar that holds a class, read from the {@code pom.properties} Maven packs into it;
     * when the class is not in a packaged jar (as when the module's classes directory is on the class path) the
     * version is the one the module states.
     *
     * @param type a class of the jar
     * @param artifactId the module's artifact
     * @param declaredVersion the version the module states for its content
     */
    static JarCoordinates of(Class<?> type, String artifactId, String declaredVersion) {
        String resource = "/META-INF/maven/" + GROUP_ID + "/" + artifactId + "/pom.properties";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                return new JarCoordinates(GROUP_ID, artifactId, declaredVersion);
            }
            Properties properties = new Properties();
            properties.load(in);
            return new JarCoordinates(GROUP_ID, artifactId, properties.getProperty("version", declaredVersion));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
