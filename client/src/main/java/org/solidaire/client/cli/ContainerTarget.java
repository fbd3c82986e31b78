// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.net.URI;
import java.util.Locale;

import org.solidaire.client.PodClient;
import org.solidaire.shapes.DataType;
import picocli.CommandLine.Option;

/**
 * The container a grant or revocation is about: given by its URL, or by a kind of data in a pod. The options are
 * checked here rather than by picocli's argument groups, whose message for {@code --type} without {@code --pod}
 * named the option given as the one missing.
 */
final class ContainerTarget {

    @Option(names = "--container", paramLabel = "URL",
            description = "The container, such as https://pods.example/alice/water/ (or give --type and --pod).")
    private URI container;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "The kind of data, whose container is taken: ${COMPLETION-CANDIDATES}; with --pod.")
    private DataType type;

    @Option(names = "--pod", paramLabel = "POD_ROOT", description = "The pod root, with --type.")
    private String pod;

    /**
     * The container's URL, ending with {@code /}.
     *
     * @throws IllegalArgumentException when the options do not name one container, saying what is missing
     */
    URI container() {
        if (container != null) {
            if (type != null || pod != null) {
                throw new IllegalArgumentException("Give either --container, or --type with --pod, not both.");
            }
            String text = container.toString();
            return text.endsWith("/") ? container : URI.create(text + "/");
        }
        if (type == null && pod == null) {
            throw new IllegalArgumentException("Which container? Give --container URL, or --type TYPE with --pod "
                    + "POD_ROOT.");
        }
        if (pod == null) {
            throw new IllegalArgumentException("--type " + type.name().toLowerCase(Locale.ROOT) + " needs --pod "
                    + "POD_ROOT, the root of the pod whose " + type.container() + " container is meant.");
        }
        if (type == null) {
            throw new IllegalArgumentException("--pod needs --type TYPE, the kind of data whose container is meant, "
                    + "or give --container URL instead.");
        }
        return ImportWaterCommand.podRoot(pod).resolve(type.container());
    }

    /**
     * Refuses a {@code --pod} that is not a pod root, before anything is written into it.
     *
     * @throws IllegalArgumentException naming the pod the URL is in
     */
    void checkPodRoot(PodClient client) {
        if (pod != null) {
            PodRootCheck.require(client, ImportWaterCommand.podRoot(pod));
        }
    }
}
