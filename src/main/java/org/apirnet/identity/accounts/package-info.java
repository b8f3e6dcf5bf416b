/** The account itself and what people do with their own account: profile, password, deletion, roles and status, and the tokens its links carry. */
package org.apirnet.identity.accounts;
