package org.apirnet.content;

import java.time.Instant;

/**
 * Something waiting for a decision, as a review inbox lists it.
 *
 * @param kindKey     message key naming what it is, e.g. "Library submission"
 * @param title       its title or the applicant's name
 * @param url         where it is decided
 * @param submittedBy who sent it
 * @param waitingSince since when it has waited
 */
public record PendingItem(String kindKey, long id, String title, String url, String submittedBy, Instant waitingSince) {
}
