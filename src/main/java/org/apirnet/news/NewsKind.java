package org.apirnet.news;

import java.util.Locale;
import java.util.Optional;

/** What a news item reports: the concept note's four kinds of news; the facet and the label on cards. */
enum NewsKind {
    COUNTRY_NEWS, ILO_PROJECT_NEWS, PROJECT_REPORT, NEW_PROGRAMME_DEVELOPMENT;

    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String labelKey() {
        return "news.kind." + name();
    }

    static Optional<NewsKind> ofSlug(String slug) {
        for (NewsKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
