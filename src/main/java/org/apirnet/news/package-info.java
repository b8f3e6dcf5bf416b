/**
 * News: country news, news of ILO projects in the region, project reports and new programme development, with an
 * optional image resized to the sizes pages use. Editors publish; members submit news of their organization for an
 * editor's approval. Lists, facets and the newest items on other pages come from the search index.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.news;
