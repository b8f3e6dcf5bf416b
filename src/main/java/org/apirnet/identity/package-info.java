/**
 * Accounts, roles and sign-in; membership applications, invitations, profiles and the member directory build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"taxonomy", "content", "web", "platform"})
package org.apirnet.identity;
