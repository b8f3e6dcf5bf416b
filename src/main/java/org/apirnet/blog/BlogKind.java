package org.apirnet.blog;

import java.util.Locale;
import java.util.Optional;

/** What a post is: an analysis of IR developments, a report from training or a meeting, a reflection after a discussion. */
enum BlogKind {
    ANALYSIS, REPORT, REFLECTION;

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    String labelKey() {
        return "blog.kind." + name();
    }

    static Optional<BlogKind> ofSlug(String slug) {
        for (BlogKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
