package org.apirnet.identity.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in by e-mail address; a suspended account exists but cannot sign in. After a correct password whose
 * stored hash uses an older algorithm, Spring Security hands over a new hash, which replaces it.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByEmail(Account.normalizeEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail address"));
        return userOf(account);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        Account account = accounts.findById(((PortalUser) user).getAccountId()).orElseThrow();
        account.changePasswordHash(newPasswordHash);
        return userOf(account);
    }

    private static PortalUser userOf(Account account) {
        return new PortalUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getPasswordHash(),
                account.getStatus().canSignIn(),
                account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }
}
