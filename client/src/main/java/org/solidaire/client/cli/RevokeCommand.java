// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.Callable;

import org.solidaire.client.AccessControl;
import org.solidaire.client.Origins;
import org.solidaire.client.PodClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revoke}: takes an agent's access to a container of the pod away. */
@Command(name = "revoke", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Takes an agent's access to a container of your pod away."
                + "%nWith --origin, only what the agent was given through that app goes; access not restricted by "
                + "origin stays.")
final class RevokeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Credentials credentials;

    @Mixin
    private ContainerTarget target;

    @Option(names = "--agent", paramLabel = "WEBID", required = true, description = "The WebID whose access goes.")
    private URI agent;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Only the access given through this app.")
    private String origin;

    @Option(names = {"-q", "--quiet"}, description = "No confirmation line.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        GrantCommand.webId(agent);
        URI container = target.container();
        PodClient client = credentials.client();
        target.checkPodRoot(client);
        AccessControl access = client.accessControl();
        boolean revoked = origin == null ? access.revoke(container, agent) : access.revoke(container, agent, origin);
        Console console = new Console(spec, quiet);
        if (!revoked) {
            console.problem("error: nothing to revoke: no authorization of " + container + " names " + agent
                    + (origin == null ? "" : " using " + Origins.normalize(origin)) + ", so nothing was changed");
            return Main.FAILED;
        }
        console.summary("Revoked the access of " + agent + " to " + container
                + (origin == null ? "" : " using " + Origins.normalize(origin)));
        return Main.OK;
    }
}
