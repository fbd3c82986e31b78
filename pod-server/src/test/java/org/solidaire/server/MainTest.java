// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The server's command line: what it refuses before starting, and how it says why it cannot start. */
class MainTest {

    @TempDir
    private Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        return command.execute(args);
    }

    @Test
    void aNumberOfShardsOutOfRangeIsAUsageErrorAndTouchesNothing() {
        Path data = dir.resolve("data");

        int exit = run("--store-shards", "0", "--data-dir", data.toString(), "--port", "0");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--store-shards must be between 1 and 64, not 0"), err::toString);
        assertFalse(Files.exists(data));
    }

    @Test
    void aBodyLimitBelowOneByteIsAUsageError() {
        int exit = run("--max-body-size", "-5", "--data-dir", dir.resolve("data").toString(), "--port", "0");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--max-body-size must be a positive number of bytes, not -5"),
                err::toString);
    }

    @Test
    void aDataDirectoryWithAnotherNumberOfShardsIsRefusedInOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("shards"), "2\n");

        int exit = run("--store-shards", "3", "--data-dir", data.toString(), "--port", "0");

        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("pod-server: The data directory " + data + " holds its pods in 2 store "
                + "shards, not 3: start with --store-shards 2"), err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
    }
}
