package org.apirnet.identity.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The identity module's small form records; each binds one form and nothing else. */
public final class Forms {

    private Forms() {
    }

    record ProfileForm(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 200) String organization,
            @Size(max = 200) String jobTitle,
            @NotBlank @Size(max = 2) String country,
            @NotBlank String constituencyGroup,
            @Size(max = 2000) String bio,
            @NotBlank @Pattern(regexp = "PUBLIC|MEMBERS", message = "{typeMismatch}") String visibility,
            List<String> themes) {

        static ProfileForm of(Account account) {
            Account.Profile profile = account.profile();
            return new ProfileForm(account.getDisplayName(), profile.organization(), profile.jobTitle(),
                    profile.countryIso2() == null ? "" : profile.countryIso2(),
                    profile.constituencyGroupId() == null ? "" : profile.constituencyGroupId().toString(), profile.bio(),
                    profile.visibility().name(), profile.themeIds().stream().map(String::valueOf).toList());
        }

        /** Only after validation. */
        Account.Profile toProfile() {
            return new Account.Profile(organization.strip(), blankToNull(jobTitle), country.strip().toUpperCase(Locale.ROOT),
                    FormRules.parseShort(constituencyGroup), blankToNull(bio), ProfileVisibility.valueOf(visibility),
                    new HashSet<>(FormRules.parseShorts(themes)));
        }
    }

    record PasswordChangeForm(
            @NotNull String currentPassword,
            @NotNull @Size(min = FormRules.MIN_PASSWORD, max = FormRules.MAX_PASSWORD) @AcceptablePassword String newPassword) {
    }

    record DeleteAccountForm(@NotNull String password) {
    }

    public record ForgotPasswordForm(
            @NotBlank @Size(max = 254) @Pattern(regexp = FormRules.EMAIL_WITH_DOMAIN, message = "{validation.email}") String email) {

        public ForgotPasswordForm {
            email = FormRules.strip(email);
        }
    }

    public record ResetPasswordForm(
            @NotNull @Size(max = 100) String token,
            @NotNull @Size(min = FormRules.MIN_PASSWORD, max = FormRules.MAX_PASSWORD) @AcceptablePassword String password) {
    }

    public record AcceptInvitationForm(
            @NotNull @Size(max = 100) String token,
            @NotBlank @Size(max = 120) String name,
            @NotNull @Size(min = FormRules.MIN_PASSWORD, max = FormRules.MAX_PASSWORD) @AcceptablePassword String password,
            @NotBlank @Size(max = 200) String organization,
            @Size(max = 200) String jobTitle,
            @NotBlank @Size(max = 2) String country,
            List<String> themes) {

        /** Only after validation. */
        public Account.Profile toProfile() {
            return new Account.Profile(organization.strip(), blankToNull(jobTitle), country.strip().toUpperCase(Locale.ROOT), null,
                    null, ProfileVisibility.MEMBERS, new HashSet<>(FormRules.parseShorts(themes)));
        }
    }

    public record InviteForm(
            @NotBlank @Size(max = 60_000) String addresses,
            @NotBlank String constituencyGroup,
            @NotBlank String role,
            @Size(max = 1000) String message) {

        /** The personal message, or null when none was written. */
        public String messageOrNull() {
            return blankToNull(message);
        }
    }

    public record SuspendForm(@NotBlank @Size(max = 2000) String reason) {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
