package org.apirnet.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's comment on a post. */
record CommentForm(@NotBlank @Size(max = 5000) String body) {
}
