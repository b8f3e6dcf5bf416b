package org.apirnet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.ProjectDirectory;
import org.apirnet.content.Tag;
import org.apirnet.content.Visibility;
import org.apirnet.platform.LocalTimes;
import org.apirnet.platform.RichText;

import org.springframework.stereotype.Component;

/**
 * Read models of events for templates, resolved in one pass: times already written out in the zone they are shown
 * in, tags resolved to names and links. Templates never see an entity.
 */
@Component
class EventViews {

    /** An event in a list or calendar cell. {@code when} is in {@code zone}; {@code startIso} feeds {@code <time>}. */
    public record Card(long id, String title, String summary, String typeKey, String when, String zone, String startIso,
                       String venue, boolean online, boolean cancelled, boolean membersOnly, List<Tag> themes,
                       List<Tag> countries, String reportUrl) {
    }

    /** The event page. */
    public record Detail(Card card, String bodyHtml, String organizer, String audience, String onlineUrl,
                         String registrationUrl, String registrationDeadline, ContentStatus status, String rejectionReason,
                         String language, int sequence, boolean shownInOtherZone, String eventZone, ProjectDirectory.Entry project) {
    }

    private final ContentTags tags;
    private final RichText richText;

    EventViews(ContentTags tags, RichText richText) {
        this.tags = tags;
        this.richText = richText;
    }

    List<Card> cards(Collection<EventHit> hits, ZoneId viewerZone) {
        return hits.stream().map(hit -> card(hit, viewerZone)).toList();
    }

    Card card(EventHit hit, ZoneId viewerZone) {
        ZoneId zone = viewerZone != null ? viewerZone : ZoneId.of(hit.timeZone());
        return new Card(hit.id(), hit.title(), hit.summary(), "events.type." + hit.type().name(),
                when(hit.startsAt(), hit.endsAt(), zone), zoneLabel(zone, hit.startsAt()), hit.startsAt().toString(),
                hit.venue(), hit.onlineUrl() != null, Boolean.TRUE.equals(hit.cancelled()),
                hit.visibility() == Visibility.MEMBERS, tags.themes(hit.themes() == null ? List.of() : hit.themes()),
                tags.countries(hit.countries() == null ? List.of() : hit.countries()), hit.reportUrl());
    }

    Detail detail(Event event, ZoneId viewerZone) {
        ZoneId eventZone = ZoneId.of(event.getTimeZone());
        ZoneId zone = viewerZone != null ? viewerZone : eventZone;
        Card card = new Card(event.getId(), event.getTitle(), event.getSummary(), "events.type." + event.getType().name(),
                when(event.getStartsAt(), event.getEndsAt(), zone), zoneLabel(zone, event.getStartsAt()),
                event.getStartsAt().toString(), event.getVenue(), event.getOnlineUrl() != null, event.isCancelled(),
                event.getVisibility() == Visibility.MEMBERS, tags.themes(event.getThemeIds()),
                tags.countries(event.getCountryIso2s()), event.getReportUrl());
        String deadline = event.getRegistrationDeadline() == null ? null : LocalTimes.dayAndTime(event.getRegistrationDeadline(), zone);
        return new Detail(card, event.getBodyMarkdown() == null ? null : richText.toSafeHtml(event.getBodyMarkdown()),
                event.getOrganizer(), event.getAudience(), event.getOnlineUrl(), event.getRegistrationUrl(), deadline,
                event.getStatus(), event.getRejectionReason(), event.getLanguage(), event.getSequence(),
                !zone.equals(eventZone), eventZone.getId(), tags.project(event.getProjectId()).orElse(null));
    }

    /** "Tue 15 Dec 2026, 09:00–17:00", or both days when the event spans several. */
    static String when(Instant start, Instant end, ZoneId zone) {
        return LocalTimes.span(start, end, zone);
    }

    static String zoneLabel(ZoneId zone, Instant at) {
        return LocalTimes.zoneLabel(zone, at);
    }

    /** The local day of an instant in the event's own zone (where a calendar files it). */
    static LocalDate localDay(Instant instant, String zone) {
        return instant.atZone(ZoneId.of(zone)).toLocalDate();
    }

    static String monthName(java.time.YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
