package org.apirnet.identity.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the links sent by mail stay valid.
 *
 * @param confirmationValidity e-mail confirmation after applying
 * @param passwordResetValidity password reset
 * @param invitationValidity invitation to join
 */
@ConfigurationProperties("apirnet.membership")
public record MembershipProperties(@DefaultValue("P2D") Duration confirmationValidity,
                            @DefaultValue("PT1H") Duration passwordResetValidity,
                            @DefaultValue("P14D") Duration invitationValidity) {
}
