package org.apirnet.focus;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FocusRepository extends JpaRepository<ThematicFocus, Long> {

    /** Those running on this day or later, soonest first: the current one (if any) and what comes next. */
    @Query("select f from ThematicFocus f where f.endsOn >= :day order by f.startsOn")
    List<ThematicFocus> fromDay(LocalDate day);

    List<ThematicFocus> findAllByOrderByStartsOnDesc();
}
