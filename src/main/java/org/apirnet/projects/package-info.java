/**
 * ILO projects and programmes in the region: a page per project (donors, partners, duration, countries, themes,
 * objectives, contact, stage) listing the resources and news that name it, and {@code /projects} by country, theme
 * and stage. Editors create and edit projects. Other modules' content names a project by id through the content
 * kernel's seams ({@link org.apirnet.content.ProjectDirectory}, {@link org.apirnet.content.ProjectContent}), so this
 * module knows none of them and none of them knows it. Lists, facets and a project's items come from the search index.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.projects;
