/**
 * One inbox over everything that waits for a decision, whatever module it belongs to: each module offers its pending
 * items through the content kernel's {@link org.apirnet.content.ReviewSource}, and this module knows none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"content", "web"})
package org.apirnet.review;
