/**
 * Outgoing mail through a transactional outbox: other modules publish events, this module turns them into mail
 * rows in the publisher's transaction and sends them after commit, retrying until delivered. Nothing calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"identity", "library", "events", "news", "forum", "blog", "web", "platform"})
package org.apirnet.notify;
