package org.apirnet.search;

/**
 * One result of a site search.
 *
 * @param kindKey message key naming what kind of thing this is (theme, country…)
 * @param title   the linked title
 * @param url     where it lives on the portal
 * @param summary a line of context, may be empty
 */
public record SearchHit(String kindKey, String title, String url, String summary) {
}
