// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code bin/pod-server}, started as people start it: through a symbolic link, or with
 * {@code CDPATH} set in their shell. It finds the jar of the repository it belongs to, and the server it starts
 * answers with the launcher's process id.
 *
 * <p>Each test copies the launcher into a repository of its own whose {@code pod-server.jar} is a jar of the test
 * classpath, since the build makes the real jar after the tests.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("../bin/pod-server");
    private static final Pattern SERVES = Pattern.compile(" on 127\\.0\\.0\\.1:(\\d+) ");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    private Path dir;

    @Test
    void aSymbolicLinkToTheLauncherStartsTheServer() throws Exception {
        Path root = repository();
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("links")).resolve("pod-server"),
                root.resolve("bin/pod-server"));

        assertServes(new ProcessBuilder(command(link.toString())).directory(dir.toFile()));
    }

    @Test
    void aLinkToTheLaunchersDirectoryStartsTheServer() throws Exception {
        Path root = repository();
        Path link = Files.createSymbolicLink(dir.resolve("tools"), root.resolve("bin"));

        assertServes(new ProcessBuilder(command(link.resolve("pod-server").toString())).directory(dir.toFile()));
    }

    @Test
    void cdpathDoesNotSendTheLauncherToAnotherDirectory() throws Exception {
        Path root = repository();
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere.resolve("bin"));
        ProcessBuilder launch = new ProcessBuilder(command("bin/pod-server")).directory(root.toFile());
        launch.environment().put("CDPATH", elsewhere.toString());

        assertServes(launch);
    }

    private List<String> command(String launcher) {
        return List.of(launcher, "--port", "0", "--base-url", "http://localhost/", "--data-dir",
                dir.resolve("data").toString());
    }

    /** Starts the server, waits for a 200 on {@code GET /}, checks that the launcher became the JVM, stops it. */
    private void assertServes(ProcessBuilder launch) throws Exception {
        Path out = dir.resolve("launcher.log");
        Process server = launch.redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            int port = port(server, out);
            HttpResponse<String> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, root.statusCode(), root::body);
            String command = server.info().command().orElse("");
            assertTrue(command.endsWith("java"), "the launcher's process runs " + command + ", not java");
        } finally {
            server.destroy();
            if (!server.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The port the server says it listens on, once it serves. */
    private static int port(Process server, Path out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String log = Files.readString(out);
            Matcher serves = SERVES.matcher(log);
            if (serves.find()) {
                return Integer.parseInt(serves.group(1));
            }
            if (!server.isAlive()) {
                fail("the launcher exited with " + server.exitValue() + ":\n" + log);
            }
            Thread.sleep(50);
        }
        return fail("the server did not start within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(out));
    }

    /** A repository with the launcher and, as its server jar, a jar that runs Main on the test classpath. */
    private Path repository() throws IOException {
        Path root = dir.resolve("repository");
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve("pod-server");
        Files.copy(LAUNCHER, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.createDirectories(root.resolve("pod-server/target")).resolve("pod-server.jar");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(file,
                manifest)) {
            return root;
        }
    }
}
