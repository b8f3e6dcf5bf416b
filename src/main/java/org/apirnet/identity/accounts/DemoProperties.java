package org.apirnet.identity.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@code demo} profile only.
 *
 * @param password the password shared by the demo accounts; set in {@code application-demo.properties}
 *                 (or {@code APIRNET_DEMO_PASSWORD}) and never used outside that profile
 */
@ConfigurationProperties("apirnet.demo")
record DemoProperties(String password) {
}
