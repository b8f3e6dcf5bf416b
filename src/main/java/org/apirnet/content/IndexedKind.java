package org.apirnet.content;

/**
 * A kind of content that is in the search index, declared as a bean by the module that owns it. Search, the index
 * upkeep and facets learn the kinds from these beans, never from the modules themselves.
 *
 * @param key        the value of {@link ContentIndex#KIND} in its documents, e.g. {@code resource}
 * @param entityType the indexed entity, a {@link ContentItem}
 * @param labelKey   message key naming the kind to people, e.g. "Resource"
 * @param itemPath   the page of one item without its id, e.g. {@code /library/}; the id is appended
 */
public record IndexedKind(String key, Class<? extends ContentItem> entityType, String labelKey, String itemPath) {

    public String pathOf(long id) {
        return itemPath + id;
    }
}
