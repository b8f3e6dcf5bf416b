/** Membership decisions: applications and their review, email confirmation, and invitations. */
package org.apirnet.identity.membership;
