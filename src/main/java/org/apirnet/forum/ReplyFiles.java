package org.apirnet.forum;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apirnet.platform.MemberUploadQuota;
import org.apirnet.platform.StoredFileReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to replies, as the rest of the portal asks about them: which stored files the forum still uses
 * (any other it stored is an orphan for the sweep), and what an account uploaded here (its daily upload quota is
 * shared with the library).
 */
@Component
class ReplyFiles implements StoredFileReferences, MemberUploadQuota.Uploads {

    private final ReplyRepository replies;

    ReplyFiles(ReplyRepository replies) {
        this.replies = replies;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> referenced(Collection<String> keys) {
        return keys.isEmpty() ? Set.of() : new HashSet<>(replies.findFileKeysIn(keys));
    }

    @Override
    @Transactional(readOnly = true)
    public MemberUploadQuota.Used uploadedSince(long accountId, Instant since) {
        ReplyRepository.UploadsUsed used = replies.uploadedSince(accountId, since);
        return new MemberUploadQuota.Used(used.getFiles(), used.getBytes());
    }
}
