/**
 * Site-wide full-text search over everything the other modules index, and keeping the index complete.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"taxonomy", "content", "identity", "web", "platform"})
package org.apirnet.search;
