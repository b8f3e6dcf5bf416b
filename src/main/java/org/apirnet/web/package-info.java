/**
 * The shell: one layout, navigation, home page, error pages and security configuration.
 * Feature modules plug into it (navigation entries, home page sections); it knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"platform"})
package org.apirnet.web;
