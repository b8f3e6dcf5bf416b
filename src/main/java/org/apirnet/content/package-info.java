/**
 * The shared kernel of every kind of content (resources now; news, events, discussions as they arrive): status and
 * its allowed transitions, visibility, language, theme and country tags, author and timestamps ({@link ContentItem});
 * the append-only audit trail of every decision, content and membership alike ({@link AuditTrail}); the
 * reject-with-reason form and page parts; and two seams: {@link ReviewSource}, through which a module offers its
 * pending items to the review inbox, and {@link IndexedKind} with {@link ContentIndex}, through which a module declares
 * an indexed kind so that search, listings and facets work for it without the search module knowing the module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content kernel",
        allowedDependencies = {"taxonomy", "web", "platform"})
package org.apirnet.content;
