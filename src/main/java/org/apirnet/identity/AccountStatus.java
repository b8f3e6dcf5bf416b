package org.apirnet.identity;

enum AccountStatus {
    ACTIVE, SUSPENDED
}
