package org.apirnet.platform;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A cache of answers computed from the data (index queries, counts), valid until the next committed change: every
 * entry belongs to the {@link DataChanges} generation it was computed in, and a lookup sees only entries of the
 * current one. Concurrent lookups of the same missing key compute it once, so a burst of requests after a change
 * does not run the same costly query many times over. The time to live bounds staleness from other nodes' changes.
 */
public final class ChangeAwareCache<K, V> {

    private record Entry<K>(long generation, K key) {
    }

    private final DataChanges changes;
    private final Cache<Entry<K>, V> cache;

    public ChangeAwareCache(DataChanges changes, long maximumSize, Duration timeToLive) {
        this.changes = changes;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(timeToLive).build();
    }

    public V get(K key, Function<K, V> compute) {
        return cache.get(new Entry<>(changes.generation(), key), entry -> compute.apply(entry.key()));
    }
}
