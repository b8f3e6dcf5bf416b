/**
 * Events and regional training: meetings, conferences, workshops, courses and webinars with their own time zone,
 * listed and counted from the search index, and offered as iCalendar feeds that calendar clients subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.events;
