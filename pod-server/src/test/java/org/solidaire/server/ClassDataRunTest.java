// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run from which the build records the class-data archive gets the answer it expects to each of its requests.
 */
class ClassDataRunTest {

    @TempDir
    private Path dir;

    @Test
    void everyRequestOfTheRunIsAnsweredAsExpected() throws Exception {
        assertDoesNotThrow(() -> ClassDataRun.run(dir));

        String log = Files.readString(dir.resolve("access.log"));
        assertTrue(log.contains("PATCH") && log.contains("DELETE"), log);
    }
}
