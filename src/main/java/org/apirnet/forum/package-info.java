/**
 * Time-boxed moderated discussions: an editor prepares one, it opens and closes by itself at its times, its
 * moderators pose questions and decide members' replies, and after closing they publish a synopsis that every member
 * receives and that stays, searchable and citable, in the repository of synopses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussions",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.forum;
