package org.apirnet.platform;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Turns the Markdown people write into HTML that is safe to show: CommonMark renders it (raw HTML escaped), then an
 * allow-list sanitizer keeps only formatting, lists, headings, code and http(s)/mailto links, which get
 * {@code rel="nofollow noopener"}. Headings are shifted down so that a body never outranks the page's own h1 and h2.
 */
@Component
public class RichText {

    private static final PolicyFactory POLICY = policy("nofollow", "noopener");
    /** Links members write in replies and comments are marked as user content, so search engines weigh them so. */
    private static final PolicyFactory USER_POLICY = policy("nofollow", "ugc", "noopener");

    private static PolicyFactory policy(String... rels) {
        return Sanitizers.FORMATTING
                .and(Sanitizers.BLOCKS)
                .and(new HtmlPolicyBuilder()
                        .allowElements("a")
                        .allowAttributes("href").onElements("a")
                        .allowUrlProtocols("http", "https", "mailto")
                        .requireRelsOnLinks(rels)
                        .allowElements("pre", "code", "hr", "br")
                        .toFactory());
    }

    private static final Parser PLAIN_PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toSafeHtml(String markdown) {
        return render(markdown, POLICY);
    }

    /** The same for what members write where everyone reads it (discussion replies): links also get {@code ugc}. */
    public String toSafeUserHtml(String markdown) {
        return render(markdown, USER_POLICY);
    }

    private String render(String markdown, PolicyFactory policy) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        return policy.sanitize(shiftHeadings(renderer.render(document)));
    }

    /**
     * The words of some Markdown without its markup, paragraphs on lines of their own: what search indexes and quotes
     * from a body. Static, because the index builds documents outside any bean.
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PLAIN_TEXT.render(PLAIN_PARSER.parse(markdown));
    }

    /** h1 becomes h3, h2 h4, and everything deeper h5 or h6, keeping the order: the body sits under the page's h2. */
    private static String shiftHeadings(String html) {
        String shifted = html;
        for (int level : List.of(5, 4, 3, 2, 1)) {
            int target = Math.min(level + 2, 6);
            shifted = shifted.replace("<h" + level + ">", "<h" + target + ">").replace("</h" + level + ">", "</h" + target + ">");
        }
        return shifted;
    }
}
