package org.apirnet.events;

/** What kind of gathering an event is; the facet and the label shown on cards. */
enum EventType {
    MEETING, CONFERENCE, WORKSHOP, TRAINING_COURSE, WEBINAR, VIRTUAL_WORKSHOP;

    String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<EventType> ofSlug(String slug) {
        for (EventType type : values()) {
            if (type.slug().equals(slug)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
