package org.apirnet.forum;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's topic proposal: what to discuss and why it matters across countries; tags checked by the service. */
record ProposalForm(@NotBlank @Size(max = 300) String title,
                    @NotBlank @Size(max = 4000) String why,
                    List<String> themes,
                    List<String> countries) {

    static ProposalForm empty() {
        return new ProposalForm("", "", List.of(), List.of());
    }
}
