package org.apirnet.web;

/**
 * What the pager of a list shows: where the reader is and the links to the pages around. A page asked for beyond
 * the last one is "past the end": the list says so and links back to the last page, never contradicting the total.
 *
 * @param number      the page shown, one-based
 * @param totalPages  how many pages there are (at least one)
 * @param previous    link to the previous page, or null
 * @param next        link to the next page, or null
 * @param last        link to the last page
 */
public record Pager(int number, int totalPages, String previous, String next, String last) {

    /** The pager of page {@code index} (zero-based) of {@code total} items, {@code pageSize} a page. */
    public static Pager of(int index, long total, int pageSize, QueryLinks links) {
        int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int number = index + 1;
        boolean pastTheEnd = number > totalPages;
        String previous = number > 1 && !pastTheEnd ? links.page(number - 1) : null;
        String next = number < totalPages ? links.page(number + 1) : null;
        return new Pager(number, totalPages, previous, next, links.page(totalPages));
    }

    /** The pager of a Spring Data page. */
    public static Pager of(org.springframework.data.domain.Page<?> page, QueryLinks links) {
        return of(page.getNumber(), page.getTotalElements(), Math.max(1, page.getSize()), links);
    }

    public boolean isPastTheEnd() {
        return number > totalPages;
    }

    /** Worth showing: more than one page, or a page past the end that needs its way back. */
    public boolean isShown() {
        return totalPages > 1 || isPastTheEnd();
    }
}
