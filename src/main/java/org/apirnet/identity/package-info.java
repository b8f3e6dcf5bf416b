/**
 * Accounts, roles and sign-in; membership applications, invitations, profiles and the member directory build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.apirnet.identity;
