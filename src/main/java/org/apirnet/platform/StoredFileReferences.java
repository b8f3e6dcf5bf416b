package org.apirnet.platform;

import java.util.Collection;
import java.util.Set;

/**
 * Which stored files a module's rows still point to. Every module that keeps files in the {@link FileStore} declares
 * one of these beans: a file no module claims is an orphan (its row never committed, or was deleted) and is removed by
 * {@link OrphanedFileSweep} after a grace period.
 */
public interface StoredFileReferences {

    /** Those of {@code keys} that a row of this module refers to. */
    Set<String> referenced(Collection<String> keys);
}
