/**
 * The special thematic focus: a theme an admin features on the home page for a period, with an introduction and
 * hand-picked items of any kind of content (looked up through the content kernel, never the kinds' modules).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thematic focus",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.focus;
