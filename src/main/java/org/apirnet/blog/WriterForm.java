package org.apirnet.blog;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin allowing a member to write posts, by their e-mail address. */
record WriterForm(@NotBlank @Email @Size(max = 320) String email) {
}
