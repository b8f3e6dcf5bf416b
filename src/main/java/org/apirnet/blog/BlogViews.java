package org.apirnet.blog;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Tag;
import org.apirnet.content.Visibility;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.RichText;
import org.apirnet.web.DisplayDates;

import org.springframework.stereotype.Component;

/** Read models of posts for templates, resolved in one pass (authors in one query); templates never see an entity. */
@Component
class BlogViews {

    /** The author as the identity module lets this viewer see them: null name when their profile is not visible. */
    public record Author(String name, String profilePath, List<Tag> country) {
    }

    public record Card(long id, String href, String title, String summary, String kindKey, String date, String dateIso,
                       boolean membersOnly, List<Tag> themes, List<Tag> countries, Author author) {
    }

    public record Comment(long id, String authorName, String bodyHtml, String date, String dateIso) {
    }

    public record Detail(Card card, String bodyHtml, ContentStatus status, String language, String kindSlug,
                         String discussionPath) {
    }

    private static final Author UNNAMED = new Author(null, null, List.of());

    private final ContentTags tags;
    private final RichText richText;
    private final BlogService blog;

    BlogViews(ContentTags tags, RichText richText, BlogService blog) {
        this.tags = tags;
        this.richText = richText;
        this.blog = blog;
    }

    static String path(long id, String slug) {
        return "/blog/" + id + "-" + slug;
    }

    /** Cards naming their authors (one query for the whole list). */
    List<Card> cards(Collection<BlogHit> hits, boolean viewerIsMember) {
        Set<Long> authorIds = new HashSet<>();
        hits.forEach(hit -> authorIds.add(hit.author()));
        Map<Long, Author> authors = authors(authorIds, viewerIsMember);
        return hits.stream().map(hit -> card(hit, authors.getOrDefault(hit.author(), UNNAMED))).toList();
    }

    /** Cards without their authors, for blocks on other pages, which show titles only and so run no SQL. */
    List<Card> unsignedCards(Collection<BlogHit> hits) {
        return hits.stream().map(hit -> card(hit, UNNAMED)).toList();
    }

    private Card card(BlogHit hit, Author author) {
        return new Card(hit.id(), path(hit.id(), hit.slug()), hit.title(), hit.summary(),
                hit.kind().labelKey(), DisplayDates.day(hit.published()), DisplayDates.isoDay(hit.published()),
                hit.visibility() == Visibility.MEMBERS, tags.themes(hit.themes() == null ? List.of() : hit.themes()),
                tags.countries(hit.countries() == null ? List.of() : hit.countries()), author);
    }

    Detail detail(BlogPost post, boolean viewerIsMember) {
        Instant date = post.getPublishedAt() != null ? post.getPublishedAt() : post.getCreatedAt();
        Author author = authors(Set.of(post.getCreatedBy()), viewerIsMember).getOrDefault(post.getCreatedBy(), UNNAMED);
        Card card = new Card(post.getId(), path(post.getId(), post.getSlug()), post.getTitle(), post.getSummary(),
                post.getKind().labelKey(), DisplayDates.day(date), DisplayDates.isoDay(date),
                post.getVisibility() == Visibility.MEMBERS, tags.themes(post.getThemeIds()), tags.countries(post.getCountryIso2s()),
                author);
        return new Detail(card, post.getBodyMarkdown() == null ? null : richText.toSafeHtml(post.getBodyMarkdown()),
                post.getStatus(), post.getLanguage(), post.getKind().slug(), post.getDiscussionPath());
    }

    /** Comments with their authors' names, in one query for all of them. */
    List<Comment> comments(List<BlogComment> comments) {
        Set<Long> ids = new HashSet<>();
        comments.forEach(comment -> ids.add(comment.getAuthorId()));
        Map<Long, String> names = ids.isEmpty() ? Map.of() : blog.names(ids);
        return comments.stream().map(comment -> new Comment(comment.getId(), names.getOrDefault(comment.getAuthorId(), "\u2013"),
                richText.toSafeHtml(comment.getBody()), DisplayDates.day(comment.getCreatedAt()),
                DisplayDates.isoDay(comment.getCreatedAt()))).toList();
    }

    private Map<Long, Author> authors(Set<Long> ids, boolean viewerIsMember) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, MemberContacts.Participant> participants = blog.participants(ids, viewerIsMember);
        Map<Long, Author> authors = new java.util.HashMap<>();
        participants.forEach((id, p) -> authors.put(id, new Author(p.credit() == null ? null : p.credit().name(),
                p.credit() == null ? null : p.credit().profilePath(),
                p.credit() == null || p.countryIso2() == null ? List.of() : tags.countries(List.of(p.countryIso2())))));
        return authors;
    }
}
