package org.apirnet.identity.membership;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.apirnet.identity.accounts.AcceptablePassword;
import org.apirnet.identity.accounts.FormRules;

/** What an applicant fills in at {@code /join}. References (country, group, themes) are checked against the taxonomy. */
record ApplicationForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 254) @Pattern(regexp = FormRules.EMAIL_WITH_DOMAIN, message = "{validation.email}") String email,
        @NotNull @Size(min = FormRules.MIN_PASSWORD, max = FormRules.MAX_PASSWORD) @AcceptablePassword String password,
        @NotBlank @Size(max = 200) String organization,
        @Size(max = 200) String jobTitle,
        @NotBlank @Size(max = 2) String country,
        @NotBlank String constituencyGroup,
        List<String> themes,
        @NotBlank @Size(max = 2000) String motivation) {

    ApplicationForm {
        email = FormRules.strip(email);
        country = FormRules.strip(country);
    }

    static ApplicationForm empty() {
        return new ApplicationForm("", "", "", "", "", "", "", List.of(), "");
    }

    /** Only after validation: the chosen group and themes as ids. */
    Short groupId() {
        return FormRules.parseShort(constituencyGroup);
    }

    List<Short> themeIds() {
        return FormRules.parseShorts(themes);
    }
}
