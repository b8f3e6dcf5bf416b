/**
 * Shared infrastructure: typed settings, the embedded database used when no server is configured,
 * start-up diagnostics and the search analysis every indexed module relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {})
package org.apirnet.platform;
