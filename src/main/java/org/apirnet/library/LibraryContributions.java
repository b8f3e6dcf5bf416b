package org.apirnet.library;

import java.util.List;

import org.apirnet.identity.ProfileContributions;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's profile lists the resources they shared that are published. */
@Component
class LibraryContributions implements ProfileContributions {

    private final ResourceRepository resources;

    LibraryContributions(ResourceRepository resources) {
        this.resources = resources;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> of(long accountId, boolean viewerIsMember, int limit) {
        return resources.findSharedBy(accountId, viewerIsMember, PageRequest.of(0, limit)).stream()
                .map(shared -> new Contribution("resource", shared.getTitle(), "/library/" + shared.getId(), shared.getPublishedAt()))
                .toList();
    }
}
