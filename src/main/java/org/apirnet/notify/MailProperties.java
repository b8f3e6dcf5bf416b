package org.apirnet.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail ({@code apirnet.mail.*}). The SMTP server itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} nothing is sent and mail is kept in the admin mail log.
 *
 * @param from          the sender of every mail, an RFC 5322 address with an optional display name
 * @param retryInterval how often pending mail that could not be sent at once is looked at again
 *                      (read by the sweep's {@code @Scheduled} placeholder; bound here so a bad value fails at start)
 */
@ConfigurationProperties("apirnet.mail")
record MailProperties(@DefaultValue("AP-IRNet <no-reply@apirnet.org>") String from,
                      @DefaultValue("PT1M") Duration retryInterval) {
}
