/** Signing in: the login page, limits on password guessing, known devices, unlock links and password resets. */
package org.apirnet.identity.signin;
