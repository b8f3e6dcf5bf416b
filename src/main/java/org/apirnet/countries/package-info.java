/**
 * Country pages: each member State's IR profile (indicators that admins define as data and editors fill in, every
 * value with its source, reference year and note, every change in the audit trail), the content tagged with the
 * country, and cross-country comparison tables with a CSV download.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Countries",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.countries;
