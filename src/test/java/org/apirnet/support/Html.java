package org.apirnet.support;

import java.io.UnsupportedEncodingException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.ResultActions;

/** Parses a rendered page the way a browser would (HTML5, not XML), for assertions with CSS selectors. */
public final class Html {

    private Html() {
    }

    public static Document of(ResultActions result) throws UnsupportedEncodingException {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
