// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.identity;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.solidaire.server.problem.ProblemException;
import org.solidaire.server.store.Content;
import org.solidaire.server.store.Precondition;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;
import org.solidaire.shapes.DataType;
import org.solidaire.vocab.ACL;

/**
 * Creates the resources of a new pod in the store. Each resource is written only when missing, so provisioning
 * that stopped half-way completes when run again and never overwrites what the owner changed.
 */
final class PodProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(PodProvisioner.class);

    /** Inside the store's write, so that two provisioners racing on one resource cannot both write it. */
    private static final Precondition ABSENT = current -> {
        if (current.isPresent()) {
            throw ProblemException.preconditionFailed("The resource exists already.");
        }
    };

    private final ResourceStore store;
    private final String baseUrl;

    PodProvisioner(ResourceStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** Whether the pod's root container exists. */
    boolean exists(String pod) {
        return store.info(ResourcePath.parse(PodLayout.of(baseUrl, pod).storage())).isPresent();
    }

    /**
     * Whether an existing pod without an owner was left by an interrupted provisioning of this very pod, and so
     * may be finished: its root has no ACL yet, or an ACL naming the pod's own WebID. A pod opened to anyone from
     * the command line, whose data others may have written, is not.
     */
    boolean adoptable(String pod) {
        PodLayout layout = PodLayout.of(baseUrl, pod);
        ResourcePath acl = ResourcePath.parse(layout.rootAcl());
        if (store.info(acl).isEmpty()) {
            return true;
        }
        return store.graph(acl).contains(Node.ANY, ACL.agent, NodeFactory.createURI(layout.webId()));
    }

    /**
     * Writes the missing resources of a pod.
     *
     * @param name the owner's name for the profile, or null
     * @return the pod's layout
     */
    PodLayout provision(String pod, String name) {
        PodLayout layout = PodLayout.of(baseUrl, pod);
        PodDocuments documents = new PodDocuments(layout);
        // The root rules come right after the root, so that the pod is never readable by others meanwhile.
        createIfMissing(layout.storage(), GraphFactory.createGraphMem());
        createIfMissing(layout.rootAcl(), documents.rootAcl());
        createIfMissing(layout.profile(), documents.profile(baseUrl, name));
        createIfMissing(layout.profile() + ResourcePath.ACL_SUFFIX, documents.publicReadAcl(layout.profile()));
        createIfMissing(layout.preferences(), documents.preferences());
        createIfMissing(layout.publicTypeIndex(), documents.typeIndex(layout.publicTypeIndex(), true));
        createIfMissing(layout.publicTypeIndex() + ResourcePath.ACL_SUFFIX,
                documents.publicReadAcl(layout.publicTypeIndex()));
        createIfMissing(layout.privateTypeIndex(), documents.privateTypeIndex());
        createIfMissing(layout.inbox(), GraphFactory.createGraphMem());
        for (DataType type : DataType.values()) {
            String container = layout.storage() + type.container();
            createIfMissing(container, GraphFactory.createGraphMem());
            createIfMissing(container + ResourcePath.META_SUFFIX, documents.constrainedBy(type));
        }
        LOG.debug("Provisioned the pod {}", layout.storage());
        return layout;
    }

    private void createIfMissing(String path, Graph graph) {
        ResourcePath target = ResourcePath.parse(path);
        if (store.info(target).isPresent()) {
            return;
        }
        try {
            store.put(target, new Content.Rdf(graph), ABSENT);
        } catch (ProblemException e) {
            if (e.status() != 412) {
                throw e;
            }
            LOG.debug("{} was created meanwhile", target);
        }
    }
}
