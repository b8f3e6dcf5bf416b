package org.apirnet.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.ProjectContent;
import org.apirnet.content.Tag;
import org.apirnet.platform.RichText;
import org.apirnet.web.DisplayDates;

import org.springframework.stereotype.Component;

/**
 * Read models of projects for templates, resolved in one pass: links with the current slug, the duration written
 * out, tags resolved to names and links, the project's items grouped by kind. Templates never see an entity.
 */
@Component
class ProjectViews {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** A project in a list or block. */
    public record Card(long id, String href, String title, String summary, String stageKey, String stageSlug,
                       Duration duration, List<Tag> themes, List<Tag> countries) {
    }

    /** When a project runs: months written out, ISO dates for {@code <time>}; {@code end} may be empty (open-ended). */
    public record Duration(String start, String startIso, String end, String endIso) {
    }

    /** An item of the project as its page lists it. */
    public record Item(String href, String title, String summary, String date, String dateIso) {
    }

    /** A kind's items of the project: the newest, and how many there are in all. */
    public record Group(String kindKey, String labelKey, List<Item> items, long total) {
    }

    /** The project's page. */
    public record Detail(Card card, String objectivesHtml, List<String> donors, List<String> partners, String contactName,
                         String contactEmail, ContentStatus status, List<Group> groups) {
    }

    private final ContentTags tags;
    private final RichText richText;

    ProjectViews(ContentTags tags, RichText richText) {
        this.tags = tags;
        this.richText = richText;
    }

    /** The project's address: its id, then its slug (which may change; the id never does). */
    static String path(long id, String slug) {
        return "/projects/" + id + "-" + slug;
    }

    List<Card> cards(Collection<ProjectHit> hits) {
        return hits.stream().map(hit -> new Card(hit.id(), path(hit.id(), hit.slug()), hit.title(), hit.summary(),
                hit.stage().labelKey(), hit.stage().slug(), duration(hit.start(), hit.end()),
                tags.themes(hit.themes() == null ? List.of() : hit.themes()),
                tags.countries(hit.countries() == null ? List.of() : hit.countries()))).toList();
    }

    Detail detail(Project project, List<ProjectContent.Group> groups) {
        Card card = new Card(project.getId(), path(project.getId(), project.getSlug()), project.getTitle(), project.getSummary(),
                project.getStage().labelKey(), project.getStage().slug(), duration(project.getStart(), project.getEnd()),
                tags.themes(project.getThemeIds()), tags.countries(project.getCountryIso2s()));
        return new Detail(card, project.getObjectivesMarkdown() == null ? null : richText.toSafeHtml(project.getObjectivesMarkdown()),
                project.getDonors(), project.getPartners(), project.getContactName(), project.getContactEmail(),
                project.getStatus(), groups.stream().map(ProjectViews::group).toList());
    }

    private static Group group(ProjectContent.Group group) {
        return new Group(group.kindKey(), group.labelKey(), group.items().stream().map(item -> new Item(item.path(), item.title(),
                item.summary(), DisplayDates.day(item.published()), DisplayDates.isoDay(item.published()))).toList(), group.total());
    }

    static Duration duration(LocalDate start, LocalDate end) {
        return new Duration(start == null ? "" : start.format(MONTH), start == null ? "" : start.toString(),
                end == null ? "" : end.format(MONTH), end == null ? "" : end.toString());
    }

}
