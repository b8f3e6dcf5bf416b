package org.apirnet.identity.membership;

import org.springframework.ui.Model;

/** The page a link shows when its token cannot be used: already used, expired or unknown. */
public final class TokenProblemPage {

    private TokenProblemPage() {
    }

    public static String render(MembershipService.TokenOutcome outcome, Model model) {
        model.addAttribute("problem", switch (outcome) {
            case ALREADY_USED -> "token.used";
            case EXPIRED -> "token.expired";
            default -> "token.unknown";
        });
        return "identity/token-problem";
    }
}
