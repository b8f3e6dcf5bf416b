package org.apirnet.identity.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InvitationRepository extends Repository<Invitation, Long> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findById(long id);

    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("select i from Invitation i where i.email = :email and i.acceptedAt is null and i.revokedAt is null")
    Optional<Invitation> findOpenByEmail(String email);

    List<Invitation> findTop200ByOrderByCreatedAtDesc();
}
