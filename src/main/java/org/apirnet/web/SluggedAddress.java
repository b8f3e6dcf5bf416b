package org.apirnet.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Addresses of the form {@code {id}-{slug}} ({@code /news/12-wage-council-meets}): the id decides, the slug is the
 * title as a URL part and may change. Any other slug, or none, is answered with a permanent redirect to the current
 * address, so old links and bookmarks keep working; anything that does not start with an id names nothing.
 */
public final class SluggedAddress {

    /** {@code 123-minimum-wage-rises}, or only the id; the slug part is whatever was linked. */
    private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18})(?:-(.*))?");

    /** The parts of an address as asked for: the id as text (for {@link RequestValues#id}), the slug or null. */
    public record Asked(String id, String slug) {
    }

    private SluggedAddress() {
    }

    /** The id and slug asked for, or empty when the path part is no such address (a 404). */
    public static Optional<Asked> parse(String reference) {
        Matcher parts = REFERENCE.matcher(reference == null ? "" : reference);
        return parts.matches() ? Optional.of(new Asked(parts.group(1), parts.group(2))) : Optional.empty();
    }

    /** The permanent redirect to an item's current address. */
    public static View movedTo(String currentPath) {
        RedirectView redirect = new RedirectView(currentPath);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
