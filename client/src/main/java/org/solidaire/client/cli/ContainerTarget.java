// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.net.URI;

import org.solidaire.shapes.DataType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The container a grant or revocation is about: given by its URL, or by a kind of data in a pod. */
final class ContainerTarget {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    /** Either the container, or the kind of data and the pod. */
    static final class Choice {
        @Option(names = "--container", paramLabel = "URL", required = true,
                description = "The container, such as https://pods.example/alice/water/.")
        private URI container;

        @ArgGroup(exclusive = false)
        private ByType byType;
    }

    /** A kind of data in a pod. */
    static final class ByType {
        @Option(names = "--type", paramLabel = "TYPE", required = true,
                description = "The kind of data, whose container is taken: ${COMPLETION-CANDIDATES}.")
        private DataType type;

        @Option(names = "--pod", paramLabel = "POD_ROOT", required = true, description = "The pod root, with --type.")
        private String pod;
    }

    /** The container's URL, ending with {@code /}. */
    URI container() {
        if (choice.container != null) {
            String text = choice.container.toString();
            return text.endsWith("/") ? choice.container : URI.create(text + "/");
        }
        return ImportWaterCommand.podRoot(choice.byType.pod).resolve(choice.byType.type.container());
    }
}
