// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A routes file gives each service point one pod, and each pod one service point, however its URL is spelled. */
class PodRoutesTest {

    @TempDir
    private Path dir;

    @Test
    void aPodRoutedASecondServicePointRefusesThatLineWhateverTheSpelling() throws IOException {
        Path file = Files.writeString(dir.resolve("routes.csv"), """
                service_point_id;pod
                SP1;http://127.0.0.1:8080/camille/
                SP2;HTTP://127.0.0.1:8080/dominique
                SP3;http://127.0.0.1:8080/camille
                SP4;https://Pods.Example:443/eliott/
                """);

        PodRoutes routes = PodRoutes.read(file);

        assertAll(
                () -> assertEquals(List.of(file + ":4: the pod http://127.0.0.1:8080/camille/ takes the service point "
                        + "SP1 on line 2 already; a pod takes the water readings of one service point"),
                        routes.problems()),
                () -> assertEquals(Map.of("SP1", URI.create("http://127.0.0.1:8080/camille/"),
                        "SP2", URI.create("http://127.0.0.1:8080/dominique/"),
                        "SP4", URI.create("https://pods.example/eliott/")), routes.pods()));
    }
}
