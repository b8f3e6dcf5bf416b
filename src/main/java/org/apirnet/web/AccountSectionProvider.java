package org.apirnet.web;

import java.util.Optional;

/** Implemented by modules that show something on a person's own account page (their submissions, say). */
public interface AccountSectionProvider {

    Optional<PageSection> accountSection(long accountId);
}
