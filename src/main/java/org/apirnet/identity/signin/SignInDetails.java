package org.apirnet.identity.signin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What a sign-in attempt carries besides the password: the client's address and the browser's device token. */
class SignInDetails extends WebAuthenticationDetails {

    private final transient String deviceToken;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceToken = SignInDevices.tokenFrom(request);
    }

    String deviceToken() {
        return deviceToken;
    }

    static final class Source implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {
        @Override
        public SignInDetails buildDetails(HttpServletRequest request) {
            return new SignInDetails(request);
        }
    }
}
