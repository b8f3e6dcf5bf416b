package org.apirnet.taxonomy;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group members belong to (government, workers' organization…), with the concept note's membership target if it set one. */
@Entity
@Table(name = "constituency_group")
public class ConstituencyGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Short id;

    private String slug;

    private String name;

    private Short membershipTarget;

    private short position;

    protected ConstituencyGroup() {
    }

    public Short getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Optional<Integer> getMembershipTarget() {
        return Optional.ofNullable(membershipTarget).map(Short::intValue);
    }

    public short getPosition() {
        return position;
    }
}
