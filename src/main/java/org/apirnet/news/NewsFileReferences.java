package org.apirnet.news;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apirnet.platform.StoredFileReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The renditions of news images and the files attached to news are the stored files news uses; any other file it stored is an orphan. */
@Component
class NewsFileReferences implements StoredFileReferences {

    private final NewsRepository news;

    NewsFileReferences(NewsRepository news) {
        this.news = news;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> used = new HashSet<>(news.findCardKeysIn(keys));
        used.addAll(news.findWideKeysIn(keys));
        used.addAll(news.findAttachmentKeysIn(keys));
        return used;
    }
}
