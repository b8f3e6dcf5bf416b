package org.apirnet.forum;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apirnet.platform.LocalTimes;

/**
 * The discussion form editors fill in. Every field is text, so a malformed date, an unknown zone or a moderator who
 * lacks the role gets a field message with everything typed kept; {@link DiscussionService#check} reads the rest
 * against the reference data. Times are local to the chosen zone.
 */
record DiscussionForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 100_000) String background,
        List<String> themes,
        List<String> countries,
        List<String> moderators,
        @NotBlank @Pattern(regexp = LocalTimes.FORM_PATTERN, message = "{forum.datetime.format}") String opensAt,
        @NotBlank @Pattern(regexp = LocalTimes.FORM_PATTERN, message = "{forum.datetime.format}") String closesAt,
        @NotBlank @Size(max = 64) String timeZone,
        @NotBlank @Pattern(regexp = "APPROVE_FIRST|PUBLISH_AT_ONCE", message = "{typeMismatch}") String replyPolicy,
        @NotBlank String language,
        @NotBlank @Pattern(regexp = "PUBLIC|MEMBERS", message = "{typeMismatch}") String visibility,
        String version) {

    static DiscussionForm empty() {
        return new DiscussionForm("", "", "", List.of(), List.of(), List.of(), "", "", "Asia/Bangkok", "APPROVE_FIRST", "en",
                "PUBLIC", "");
    }

    static DiscussionForm of(Discussion discussion) {
        ZoneId zone = ZoneId.of(discussion.getTimeZone());
        return new DiscussionForm(discussion.getTitle(), discussion.getSummary(), discussion.getBackgroundMarkdown(),
                discussion.getThemeIds().stream().map(String::valueOf).toList(),
                discussion.getCountryIso2s().stream().map(code -> code.toLowerCase(Locale.ROOT)).toList(),
                discussion.getModeratorIds().stream().map(String::valueOf).toList(),
                LocalTimes.formValue(discussion.getOpensAt(), zone), LocalTimes.formValue(discussion.getClosesAt(), zone),
                discussion.getTimeZone(), discussion.getReplyPolicy().name(), discussion.getLanguage(),
                discussion.getVisibility().name(), Long.toString(discussion.getVersion()));
    }

    List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    List<String> moderatorsOrEmpty() {
        return moderators == null ? List.of() : moderators;
    }
}
