package org.apirnet.library;

/** Where a resource is in its life. Only PUBLISHED is ever shown to people other than its author and editors. */
public enum ContentStatus {
    DRAFT, PENDING, PUBLISHED, REJECTED, ARCHIVED
}
