package org.apirnet.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Rejecting anything that was submitted: the reason is required and is sent to the person who submitted it. */
public record RejectForm(@NotBlank @Size(max = 2000) String reason) {

    public static RejectForm empty() {
        return new RejectForm("");
    }
}
