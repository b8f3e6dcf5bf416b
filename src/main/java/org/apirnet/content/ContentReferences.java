package org.apirnet.content;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Published content of any indexed kind, referred to from elsewhere (a discussion reply citing a library resource)
 * without the referring module knowing the kind's module: what a person typed is read as an item of the kind (its
 * page's address, or its bare id), and items are looked up by id in the search index alone (title, visibility), so a
 * page that shows many references costs no SQL.
 */
@Component
public class ContentReferences {

    /** A published item: its title, its page and who may see it (the caller decides what each viewer is shown). */
    public record Reference(long id, String title, String path, Visibility visibility) {

        public boolean isVisibleTo(boolean viewerIsMember) {
            return Visibility.visibleTo(viewerIsMember).contains(visibility);
        }
    }

    private static final Pattern BARE_ID = Pattern.compile("\\d{1,18}");
    /** The id at the start of the path segment after the kind's path: {@code 123} or {@code 123-a-slug}. */
    private static final Pattern ID_SEGMENT = Pattern.compile("(\\d{1,18})(?:-[^/]*)?/?");

    private final IndexSearch index;
    private final Map<String, IndexedKind> kinds;

    ContentReferences(IndexSearch index, List<IndexedKind> kinds) {
        this.index = index;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(IndexedKind::key, Function.identity()));
    }

    /**
     * The id of the item of {@code kindKey} that this text names: its bare id ({@code 123}), its path
     * ({@code /library/123}) or its address on any host ({@code https://host/library/123-slug}, with or without a
     * query or fragment). Empty for anything else, including an address of another kind's page.
     */
    public Optional<Long> idIn(String kindKey, String text) {
        IndexedKind kind = kind(kindKey);
        String typed = text == null ? "" : text.strip();
        if (BARE_ID.matcher(typed).matches()) {
            return Optional.of(Long.parseLong(typed));
        }
        String path;
        try {
            URI uri = new URI(typed);
            if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("http") && !uri.getScheme().equalsIgnoreCase("https")) {
                return Optional.empty();
            }
            if (uri.getScheme() == null && uri.getHost() == null && !typed.startsWith("/")) {
                return Optional.empty();
            }
            path = uri.getRawPath();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null || !path.startsWith(kind.itemPath())) {
            return Optional.empty();
        }
        Matcher id = ID_SEGMENT.matcher(path.substring(kind.itemPath().length()));
        return id.matches() ? Optional.of(Long.parseLong(id.group(1))) : Optional.empty();
    }

    /** Those of these ids that are published items of {@code kindKey}, whoever may see them; one index query. */
    public Map<Long, Reference> published(String kindKey, Collection<Long> ids) {
        IndexedKind kind = kind(kindKey);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> distinct = ids.stream().distinct().toList();
        return index.query(session -> session.search(kind.entityType())
                        .select(f -> f.composite().from(f.id(Long.class), f.field(ContentIndex.TITLE, String.class),
                                f.field(ContentIndex.VISIBILITY, Visibility.class)).asList())
                        .where(f -> f.bool().filter(f.id().matchingAny(distinct))
                                .filter(f.match().field(ContentIndex.STATUS).matching(ContentStatus.PUBLISHED)))
                        .fetchHits(distinct.size()))
                .stream()
                .map(row -> new Reference((Long) row.get(0), (String) row.get(1), kind.pathOf((Long) row.get(0)), (Visibility) row.get(2)))
                .collect(Collectors.toUnmodifiableMap(Reference::id, Function.identity()));
    }

    private IndexedKind kind(String key) {
        IndexedKind kind = kinds.get(key);
        if (kind == null) {
            throw new IllegalArgumentException("No indexed kind " + key);
        }
        return kind;
    }
}
