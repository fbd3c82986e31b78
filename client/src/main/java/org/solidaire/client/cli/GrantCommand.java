// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.cli;

import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.solidaire.client.AccessMode;
import org.solidaire.client.Origins;
import org.solidaire.client.PodClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grant}: gives an agent modes on a container of the pod and everything in it (Web Access Control). */
@Command(name = "grant", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Gives an agent access to a container of your pod and everything in it; modes the agent "
                + "already has are kept.")
final class GrantCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Credentials credentials;

    @Mixin
    private ContainerTarget target;

    @Option(names = "--agent", paramLabel = "WEBID", required = true, description = "The WebID given access.")
    private URI agent;

    @Option(names = "--origin", paramLabel = "ORIGIN",
            description = "Only when the agent uses the web app of this origin, such as https://app.example.")
    private String origin;

    @Option(names = "--mode", paramLabel = "MODE", required = true,
            description = "An access mode, ${COMPLETION-CANDIDATES} (Write includes Append); may be repeated.")
    private List<AccessMode> modes;

    @Option(names = {"-q", "--quiet"}, description = "No confirmation line.")
    private boolean quiet;

    /** A WebID is an absolute http(s) IRI; anything else would be read relative to the ACL, or name no agent. */
    static URI webId(URI agent) {
        if (!agent.isAbsolute() || !("http".equalsIgnoreCase(agent.getScheme())
                || "https".equalsIgnoreCase(agent.getScheme())) || agent.getHost() == null) {
            throw new IllegalArgumentException("--agent must be a WebID, an absolute http(s) IRI such as "
                    + "https://pods.example/alice/profile/card#me, not '" + agent + "'.");
        }
        return agent;
    }

    @Override
    public Integer call() throws IOException {
        GrantCommand.webId(agent);
        URI container = target.container();
        EnumSet<AccessMode> granted = EnumSet.copyOf(modes);
        PodClient client = credentials.client();
        target.checkPodRoot(client);
        if (origin == null) {
            client.accessControl().grant(container, agent, granted);
        } else {
            client.accessControl().grant(container, agent, origin, granted);
        }
        new Console(spec, quiet).summary("Granted " + granted.stream().map(mode -> mode.name().toLowerCase(
                Locale.ROOT)).collect(Collectors.joining(", ")) + " on " + container + " to " + agent
                + (origin == null ? "" : " using " + Origins.normalize(origin)));
        return Main.OK;
    }
}
