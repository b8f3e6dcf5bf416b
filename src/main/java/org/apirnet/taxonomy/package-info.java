/**
 * Reference data every other module tags its content with: the eighteen themes, the countries of the region
 * with their subregion, resource types and constituency groups. The leaf module: it depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy",
        allowedDependencies = {"web", "platform"})
package org.apirnet.taxonomy;
