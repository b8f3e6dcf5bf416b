package org.apirnet.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apirnet.platform.LocalTimes;

/** The small forms of a discussion's page: a question, a reply, a new closing time, the synopsis. */
final class ForumForms {

    private ForumForms() {
    }

    record QuestionForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20_000) String body) {
        static QuestionForm empty() {
            return new QuestionForm("", "");
        }
    }

    /**
     * The length limit is a setting ({@link ForumProperties#maxReplyLength}), checked by the service. {@code cites}
     * is the library resource a new reply cites, as its address or id (optional; a change of the text keeps it).
     */
    record ReplyForm(@NotBlank @Size(max = 100_000) String body, @Size(max = 2_000) String cites) {
        static ReplyForm empty() {
            return new ReplyForm("", "");
        }

        static ReplyForm of(String body) {
            return new ReplyForm(body, "");
        }

        boolean citesSomething() {
            return cites != null && !cites.isBlank();
        }
    }

    /** A later closing time, local to the discussion's zone. */
    record ClosingForm(@NotBlank @Pattern(regexp = LocalTimes.FORM_PATTERN, message = "{forum.datetime.format}") String closesAt) {
    }

    record SynopsisForm(@NotBlank @Size(max = 50_000) String keyPoints,
                        @NotBlank @Size(max = 50_000) String conclusions,
                        @NotBlank @Size(max = 50_000) String nextSteps) {
        static SynopsisForm empty() {
            return new SynopsisForm("", "", "");
        }
    }
}
