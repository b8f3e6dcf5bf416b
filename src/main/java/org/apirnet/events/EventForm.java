package org.apirnet.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apirnet.content.Visibility;
import org.apirnet.platform.LocalTimes;

/**
 * The event form (editors creating and editing, members submitting). Every field is text, so a malformed date or an
 * unknown zone gets a field message on the same form with everything typed kept, never an error page; choices are
 * checked against the reference data by {@link EventService#check}. Date-times are local to the chosen zone, the way
 * an organiser announces them ("9:00 in Bangkok").
 */
record EventForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 100_000) String body,
        @NotBlank String type,
        @NotBlank @Pattern(regexp = LocalTimes.FORM_PATTERN, message = "{events.datetime.format}") String startsAt,
        @NotBlank @Pattern(regexp = LocalTimes.FORM_PATTERN, message = "{events.datetime.format}") String endsAt,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 300) String venue,
        @Size(max = 2000) @Pattern(regexp = "^$|^https?://\\S+$", message = "{events.url.format}") String onlineUrl,
        @Size(max = 300) String organizer,
        @Size(max = 300) String audience,
        @Size(max = 2000) @Pattern(regexp = "^$|^https?://\\S+$", message = "{events.url.format}") String registrationUrl,
        @Pattern(regexp = LocalTimes.FORM_PATTERN, message = "{events.datetime.format}") String registrationDeadline,
        @Size(max = 2000) @Pattern(regexp = "^$|^https?://\\S+$|^/library/\\d{1,18}$", message = "{events.report.format}") String reportUrl,
        List<String> themes,
        List<String> countries,
        @NotBlank String language,
        @NotBlank @Pattern(regexp = "PUBLIC|MEMBERS", message = "{typeMismatch}") String visibility,
        String project,
        String version) {

    static EventForm empty() {
        return new EventForm("", "", "", "", "", "", "Asia/Bangkok", "", "", "", "", "", "", "", List.of(), List.of(), "en",
                "PUBLIC", "", "");
    }

    static EventForm of(Event event) {
        ZoneId zone = ZoneId.of(event.getTimeZone());
        return new EventForm(event.getTitle(), event.getSummary(), event.getBodyMarkdown(), event.getType().slug(),
                local(event.getStartsAt(), zone), local(event.getEndsAt(), zone), event.getTimeZone(), event.getVenue(),
                event.getOnlineUrl(), event.getOrganizer(), event.getAudience(), event.getRegistrationUrl(),
                local(event.getRegistrationDeadline(), zone), event.getReportUrl(),
                event.getThemeIds().stream().map(String::valueOf).toList(),
                event.getCountryIso2s().stream().map(code -> code.toLowerCase(Locale.ROOT)).toList(), event.getLanguage(),
                event.getVisibility().name(), event.getProjectId() == null ? "" : event.getProjectId().toString(),
                Long.toString(event.getVersion()));
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalTimes.formValue(instant, zone);
    }

    List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    List<String> countriesOrEmpty() {
        return countries == null ? List.of() : countries;
    }

    /** The zone, when it is a known IANA region id. */
    ZoneId zone() {
        return LocalTimes.zone(timeZone).orElse(null);
    }

    static Instant instant(String value, ZoneId zone) {
        return LocalTimes.instant(value, zone);
    }

    /** Only after {@link EventService#check} accepted the form. */
    Event.Content toContent(EventType type) {
        ZoneId zone = zone();
        Set<Short> themeIds = new HashSet<>();
        themesOrEmpty().forEach(id -> themeIds.add(Short.valueOf(id.strip())));
        Set<String> countryCodes = new HashSet<>();
        countriesOrEmpty().forEach(code -> countryCodes.add(code.strip().toUpperCase(Locale.ROOT)));
        return new Event.Content(title.strip(), summary.strip(), blankToNull(body), type, instant(startsAt, zone),
                instant(endsAt, zone), zone.getId(), blankToNull(venue), blankToNull(onlineUrl), blankToNull(organizer),
                blankToNull(audience), blankToNull(registrationUrl), instant(registrationDeadline, zone),
                blankToNull(reportUrl), language.strip(), Visibility.valueOf(visibility), themeIds, countryCodes,
                org.apirnet.web.RequestValues.id(project).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
