package org.apirnet.identity.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a new production installation, which has no demo accounts.
 *
 * @param email    created as an ADMIN at start-up if no admin exists yet; ignored afterwards
 * @param password at least {@value AdminBootstrap#MIN_PASSWORD_LENGTH} characters; change it after the first sign-in
 */
@ConfigurationProperties("apirnet.bootstrap-admin")
record BootstrapAdminProperties(String email, String password) {
}
