/**
 * Country pages: each member State's profile and, as they arrive, its IR indicators and content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Countries",
        allowedDependencies = {"taxonomy", "web"})
package org.apirnet.countries;
