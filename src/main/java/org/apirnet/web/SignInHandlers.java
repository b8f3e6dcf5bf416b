package org.apirnet.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The slot through which the module that owns accounts takes part in the shell's form sign-in: what an attempt
 * carries, and what the person sees after it succeeds or fails. Its authentication itself is an
 * {@code AuthenticationProvider} bean of that module.
 */
public interface SignInHandlers {

    AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource();

    AuthenticationSuccessHandler successHandler();

    AuthenticationFailureHandler failureHandler();
}
