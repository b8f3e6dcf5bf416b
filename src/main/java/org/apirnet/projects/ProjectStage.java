package org.apirnet.projects;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a project stands in its life, which readers filter by; not its editorial status (draft, published…). */
enum ProjectStage {
    PIPELINE, ACTIVE, COMPLETED;

    /** The value in URLs and forms, e.g. {@code active}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    String labelKey() {
        return "projects.stage." + name();
    }

    static Optional<ProjectStage> ofSlug(String slug) {
        return Arrays.stream(values()).filter(stage -> stage.slug().equals(slug)).findFirst();
    }
}
