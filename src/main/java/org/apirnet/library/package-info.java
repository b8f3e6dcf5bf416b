/**
 * The resource library: research, policy advice, tools and training material tagged by theme and country, with
 * attachments stored on disk, their text extracted for search, and member submissions reviewed by editors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library",
        allowedDependencies = {"taxonomy", "identity", "content", "web", "platform"})
package org.apirnet.library;
