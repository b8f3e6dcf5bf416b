package org.apirnet.library;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apirnet.platform.StoredFileReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The library's attachments are the stored files it uses; any other file it stored is an orphan. */
@Component
class LibraryFileReferences implements StoredFileReferences {

    private final ResourceAttachmentRepository attachments;

    LibraryFileReferences(ResourceAttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> referenced(Collection<String> keys) {
        return keys.isEmpty() ? Set.of() : new HashSet<>(attachments.findStorageKeysIn(keys));
    }
}
