/** The member directory and profiles, the admins' member list and the composition report. */
package org.apirnet.identity.directory;
