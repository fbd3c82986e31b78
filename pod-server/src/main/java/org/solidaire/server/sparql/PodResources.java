// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.solidaire.server.store.Change;
import org.solidaire.server.store.ResourceInfo;
import org.solidaire.server.store.ResourceInfo.Kind;
import org.solidaire.server.store.ResourcePath;
import org.solidaire.server.store.ResourceStore;

/**
 * The resources of each pod that hold triples a GET can return: containers, RDF documents, the description
 * resource of every resource (binaries included) and the ACL resources that exist. A pod's list is kept until a
 * resource of the pod is created or deleted; a change of content leaves the list as it is.
 */
final class PodResources {

    private final ResourceStore store;
    private final Cache<ResourcePath, List<ResourcePath>> pods = Caffeine.newBuilder().maximumSize(10_000).build();

    PodResources(ResourceStore store) {
        this.store = store;
        store.onChange(this::changed);
    }

    /**
     * The RDF resources of a pod, the same list object for as long as the pod's tree stays the same.
     *
     * @param podRoot the root container of the pod
     * @return the paths, parents before their members; empty when the pod does not exist
     */
    List<ResourcePath> of(ResourcePath podRoot) {
        return pods.get(podRoot, this::walk);
    }

    private List<ResourcePath> walk(ResourcePath podRoot) {
        List<ResourcePath> found = new ArrayList<>();
        if (store.info(podRoot).isEmpty()) {
            return List.copyOf(found);
        }
        Deque<ResourcePath> containers = new ArrayDeque<>();
        containers.add(podRoot);
        addWithAuxiliaries(found, podRoot, true);
        while (!containers.isEmpty()) {
            for (ResourceInfo member : store.members(containers.poll())) {
                addWithAuxiliaries(found, member.path(), member.isRdf());
                if (member.kind() == Kind.CONTAINER) {
                    containers.add(member.path());
                }
            }
        }
        return List.copyOf(found);
    }

    private void addWithAuxiliaries(List<ResourcePath> found, ResourcePath path, boolean rdf) {
        if (rdf) {
            found.add(path);
        }
        found.add(path.auxiliary(ResourcePath.META_SUFFIX));
        ResourcePath acl = path.auxiliary(ResourcePath.ACL_SUFFIX);
        if (store.info(acl).isPresent()) {
            found.add(acl);
        }
    }

    private void changed(Change change) {
        if (change.type() != Change.Type.UPDATED && !change.path().isRoot()) {
            pods.invalidate(change.path().podRoot());
        }
    }
}
