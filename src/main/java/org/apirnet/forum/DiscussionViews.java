package org.apirnet.forum;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apirnet.content.ContentReferences;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Tag;
import org.apirnet.content.Visibility;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.AttachedFile;
import org.apirnet.platform.LocalTimes;
import org.apirnet.platform.PortalProperties;
import org.apirnet.taxonomy.ConstituencyGroup;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.FileDownloads;

import org.springframework.stereotype.Component;

/**
 * Read models of discussions for templates, resolved in one pass: times written out in the discussion's zone, tags
 * and people resolved to names and links, participation counted. Templates never see an entity.
 */
@Component
class DiscussionViews {

    /** A span of time in the units a reader needs ("3 days 4 hours", "25 minutes"): time left, or time waited. */
    public record Countdown(long days, long hours, long minutes) {
        static Countdown until(Instant moment, Instant now) {
            return between(now, moment);
        }

        /** From one moment to a later one; nothing when the second is not later. */
        static Countdown between(Instant from, Instant to) {
            Duration span = Duration.between(from, to);
            if (span.isNegative()) {
                span = Duration.ZERO;
            }
            return new Countdown(span.toDays(), span.toHoursPart(), span.toMinutesPart());
        }
    }

    /** A discussion in a list. */
    public record Card(long id, String title, String summary, String stageKey, String opens, String closes,
                       String closesIso, Countdown countdown, boolean hasSynopsis, boolean membersOnly, List<Tag> themes,
                       List<Tag> countries) {
    }

    /** Someone named on the page: the name (null when the viewer may not see it), the profile, where they are from. */
    public record Person(String name, String profilePath, String origin) {
    }

    public record ReplyView(long id, String bodyHtml, Person author, String sent, String sentIso, boolean edited,
                            boolean highlighted, String stateKey, String rejectionReason, boolean own, boolean editable,
                            FileView file, CitationView citation) {
    }

    /** A reply's file as the page lists it: its download address, name, kind of file and size. */
    public record FileView(String href, String name, String type, String size) {
    }

    /**
     * The library resource a reply cites: its page, and its title unless the viewer may not see it (a members-only
     * resource shown to a visitor: then the link leads to signing in, the title stays unsaid).
     */
    public record CitationView(String path, String title) {
    }

    public record QuestionView(long id, int position, String title, String bodyHtml, String posted, List<ReplyView> replies,
                               long publishedReplies) {
    }

    public record Count(String label, long count) {
    }

    /** Who has been heard: people and replies, by constituency group and by country. */
    public record Participation(long people, long replies, List<Count> byGroup, List<Count> byCountry) {
    }

    public record SynopsisView(String keyPointsHtml, String conclusionsHtml, String nextStepsHtml, String published,
                               String publishedIso, String citation) {
    }

    /** The discussion page. */
    public record Detail(long id, String title, String summary, String backgroundHtml, String stageKey,
                         DiscussionStage stage, String opens, String closes, String zone, String closesIso,
                         Countdown countdown, String policyKey, boolean membersOnly, List<Tag> themes, List<Tag> countries,
                         List<Person> moderators, List<QuestionView> questions, Participation participation,
                         SynopsisView synopsis, ContentStatus status) {
    }

    private final ContentTags tags;
    private final Taxonomy taxonomy;
    private final String baseUrl;

    DiscussionViews(ContentTags tags, Taxonomy taxonomy, PortalProperties portal) {
        this.tags = tags;
        this.taxonomy = taxonomy;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    List<Card> cards(Collection<DiscussionHit> hits, Instant now) {
        return hits.stream().map(hit -> card(hit, now)).toList();
    }

    Card card(DiscussionHit hit, Instant now) {
        ZoneId zone = ZoneId.of(hit.timeZone());
        DiscussionStage stage = hit.synopsisPublishedAt() != null ? DiscussionStage.PUBLISHED
                : now.isBefore(hit.opensAt()) ? DiscussionStage.SCHEDULED
                : now.isBefore(hit.closesAt()) ? DiscussionStage.OPEN : DiscussionStage.CLOSED;
        return new Card(hit.id(), hit.title(), hit.summary(), stageKey(stage), LocalTimes.dayAndTime(hit.opensAt(), zone),
                LocalTimes.dayAndTime(hit.closesAt(), zone) + " " + zone.getId(), hit.closesAt().toString(),
                Countdown.until(stage == DiscussionStage.SCHEDULED ? hit.opensAt() : hit.closesAt(), now),
                hit.synopsisPublishedAt() != null, hit.visibility() == Visibility.MEMBERS,
                tags.themes(hit.themes() == null ? List.of() : hit.themes()),
                tags.countries(hit.countries() == null ? List.of() : hit.countries()));
    }

    static String stageKey(DiscussionStage stage) {
        return "forum.stage." + stage.name();
    }

    /**
     * The page of one discussion for one viewer: the published replies and the viewer's own (with their state and
     * whether they may still change them), and participation counted over published replies only.
     */
    Detail detail(Discussion discussion, List<Question> questions, List<Reply> replies,
                  Map<Long, MemberContacts.Participant> people, Map<Long, ContentReferences.Reference> cited,
                  Long viewerId, boolean viewerIsMember, Instant now, Duration editWindow) {
        ZoneId zone = ZoneId.of(discussion.getTimeZone());
        DiscussionStage stage = discussion.stageAt(now);
        Map<Short, ConstituencyGroup> groups = taxonomy.constituencyGroupsById();
        Map<String, Country> countries = taxonomy.countriesByIso2();
        boolean open = stage == DiscussionStage.OPEN;

        Map<Long, List<ReplyView>> byQuestion = new LinkedHashMap<>();
        Map<Long, Long> publishedByQuestion = new LinkedHashMap<>();
        for (Reply reply : replies) {
            boolean own = viewerId != null && reply.getAuthorId() == viewerId;
            boolean published = reply.getStatus() == Reply.Status.PUBLISHED;
            if (published) {
                publishedByQuestion.merge(reply.getQuestionId(), 1L, Long::sum);
            }
            byQuestion.computeIfAbsent(reply.getQuestionId(), id -> new ArrayList<>()).add(new ReplyView(reply.getId(),
                    reply.getBodyHtml(), person(people.get(reply.getAuthorId()), groups, countries),
                    LocalTimes.dayAndTime(reply.getCreatedAt(), zone), reply.getCreatedAt().toString(), reply.getEditedAt() != null,
                    reply.isHighlighted(), published ? null : "forum.reply.state." + reply.getStatus().name(),
                    reply.getRejectionReason(), own, own && open && viewerId != null && reply.editableBy(viewerId, now, editWindow),
                    file(reply), citation(reply, cited, viewerIsMember)));
        }
        List<QuestionView> questionViews = questions.stream().map(q -> new QuestionView(q.getId(), q.getPosition(), q.getTitle(),
                q.getBodyHtml(), LocalTimes.dayAndTime(q.getPostedAt(), zone), byQuestion.getOrDefault(q.getId(), List.of()),
                publishedByQuestion.getOrDefault(q.getId(), 0L))).toList();

        List<Person> moderators = discussion.getModeratorIds().stream().sorted()
                .map(id -> person(people.get(id), groups, countries)).toList();
        return new Detail(discussion.getId(), discussion.getTitle(), discussion.getSummary(), discussion.getBackgroundHtml(),
                stageKey(stage), stage, LocalTimes.dayAndTime(discussion.getOpensAt(), zone),
                LocalTimes.dayAndTime(discussion.getClosesAt(), zone), LocalTimes.zoneLabel(zone, discussion.getClosesAt()),
                discussion.getClosesAt().toString(),
                Countdown.until(stage == DiscussionStage.SCHEDULED ? discussion.getOpensAt() : discussion.getClosesAt(), now),
                "forum.policy." + discussion.getReplyPolicy().name(), discussion.getVisibility() == Visibility.MEMBERS,
                tags.themes(discussion.getThemeIds()), tags.countries(discussion.getCountryIso2s()), moderators, questionViews,
                participation(replies, people, groups, countries), synopsis(discussion, people, zone),
                discussion.getStatus());
    }

    /** The reply's file, or null; downloaded from the reply's own address, which checks who asks. */
    static FileView file(Reply reply) {
        AttachedFile file = reply.getFile();
        return file == null ? null : new FileView("/discussions/" + reply.getDiscussionId() + "/replies/" + reply.getId() + "/file",
                file.getOriginalName(), FileDownloads.humanType(file.getMediaType()), FileDownloads.humanSize(file.getSizeBytes()));
    }

    /** The cited resource, or null when there is none or it is no longer published. */
    static CitationView citation(Reply reply, Map<Long, ContentReferences.Reference> cited, boolean viewerIsMember) {
        ContentReferences.Reference resource = reply.getCitedResourceId() == null ? null : cited.get(reply.getCitedResourceId());
        if (resource == null) {
            return null;
        }
        return new CitationView(resource.path(), resource.isVisibleTo(viewerIsMember) ? resource.title() : null);
    }

    private SynopsisView synopsis(Discussion discussion, Map<Long, MemberContacts.Participant> people, ZoneId zone) {
        Discussion.Synopsis synopsis = discussion.getSynopsis();
        if (synopsis == null || discussion.getSynopsisPublishedAt() == null) {
            return null;
        }
        return new SynopsisView(synopsis.keyPointsHtml(), synopsis.conclusionsHtml(), synopsis.nextStepsHtml(),
                LocalTimes.day(discussion.getSynopsisPublishedAt(), zone),
                discussion.getSynopsisPublishedAt().toString(), citation(discussion, people));
    }

    /** How to cite the synopsis, like a report: title, what it is, the period, who moderated it, where it stays. */
    String citation(Discussion discussion, Map<Long, MemberContacts.Participant> people) {
        ZoneId zone = ZoneId.of(discussion.getTimeZone());
        String moderatorNames = discussion.getModeratorIds().stream().sorted()
                .map(id -> people.get(id) == null || people.get(id).credit() == null ? null : people.get(id).credit().name())
                .filter(name -> name != null).collect(Collectors.joining(", "));
        return discussion.getTitle() + ". Synopsis of a moderated discussion, "
                + discussion.getOpensAt().atZone(zone).toLocalDate() + " to " + discussion.getClosesAt().atZone(zone).toLocalDate()
                + (moderatorNames.isEmpty() ? "" : ", moderated by " + moderatorNames)
                + ". AP-IRNet, " + discussion.getSynopsisPublishedAt().atZone(zone).getYear() + ". "
                + baseUrl + "/discussions/" + discussion.getId();
    }

    private static Person person(MemberContacts.Participant participant, Map<Short, ConstituencyGroup> groups,
                                 Map<String, Country> countries) {
        if (participant == null) {
            return new Person(null, null, null);
        }
        List<String> origin = new ArrayList<>();
        if (participant.constituencyGroupId() != null && groups.containsKey(participant.constituencyGroupId())) {
            origin.add(groups.get(participant.constituencyGroupId()).getName());
        }
        if (participant.countryIso2() != null && countries.containsKey(participant.countryIso2())) {
            origin.add(countries.get(participant.countryIso2()).getName());
        }
        return new Person(participant.credit() == null ? null : participant.credit().name(),
                participant.credit() == null ? null : participant.credit().profilePath(),
                origin.isEmpty() ? null : String.join(" \u00b7 ", origin));
    }

    private static Participation participation(List<Reply> replies, Map<Long, MemberContacts.Participant> people,
                                               Map<Short, ConstituencyGroup> groups, Map<String, Country> countries) {
        Set<Long> authors = new HashSet<>();
        long published = 0;
        for (Reply reply : replies) {
            if (reply.getStatus() == Reply.Status.PUBLISHED) {
                published++;
                authors.add(reply.getAuthorId());
            }
        }
        Origins origins = origins(authors.stream().map(people::get).toList(), groups, countries);
        return new Participation(authors.size(), published, origins.byGroup(), origins.byCountry());
    }

    /** People counted by constituency group and by country, most first. */
    public record Origins(List<Count> byGroup, List<Count> byCountry) {
    }

    Origins origins(Collection<MemberContacts.Participant> people) {
        return origins(people, taxonomy.constituencyGroupsById(), taxonomy.countriesByIso2());
    }

    private static Origins origins(Collection<MemberContacts.Participant> people, Map<Short, ConstituencyGroup> groups,
                                   Map<String, Country> countries) {
        Map<String, Long> byGroup = new LinkedHashMap<>();
        Map<String, Long> byCountry = new LinkedHashMap<>();
        for (MemberContacts.Participant participant : people) {
            String group = participant == null || participant.constituencyGroupId() == null
                    || !groups.containsKey(participant.constituencyGroupId()) ? null
                    : groups.get(participant.constituencyGroupId()).getName();
            String country = participant == null || participant.countryIso2() == null
                    || !countries.containsKey(participant.countryIso2()) ? null : countries.get(participant.countryIso2()).getName();
            byGroup.merge(group == null ? "\u2013" : group, 1L, Long::sum);
            byCountry.merge(country == null ? "\u2013" : country, 1L, Long::sum);
        }
        return new Origins(sorted(byGroup), sorted(byCountry));
    }

    private static List<Count> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
    }
}
