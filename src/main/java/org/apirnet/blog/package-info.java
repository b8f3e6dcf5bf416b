/**
 * The expert blog: analysis of IR developments, reports from training and meetings, and reflections after a
 * discussion, written by editors, moderators and the members an admin allows. Posts carry themes and countries and
 * appear on theme and country pages; members comment, and a moderator approves each comment through the review inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Blog",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.blog;
