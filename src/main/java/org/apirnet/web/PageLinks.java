package org.apirnet.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** Links for paged lists that keep the current filters: the pager appends the page number to the prefix. */
public final class PageLinks {

    private PageLinks() {
    }

    /** For example {@code /library?theme=wage-policy&page=} from the path and the filters that are set. */
    public static String prefix(String path, Map<String, ?> filters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        new LinkedHashMap<>(filters).forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                builder.queryParam(name, value);
            }
        });
        return builder.queryParam("page", "").encode().build().toUriString();
    }
}
