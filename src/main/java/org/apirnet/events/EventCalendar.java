package org.apirnet.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import org.apirnet.platform.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * Events as iCalendar, written by biweekly. Times are UTC (the "Z" form): exact whatever the client's own zone
 * database says, so no VTIMEZONE is needed; the event's zone is named in the description. A UID stays the same for
 * the life of an event and SEQUENCE grows with every change, so subscribed calendars replace rather than duplicate.
 */
@Component
class EventCalendar {

    static final String PRODUCT_ID = "-//AP-IRNet//Events//EN";

    private final String baseUrl;

    EventCalendar(PortalProperties portal) {
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    static String uid(long id) {
        return "event-" + id + "@apirnet.org";
    }

    /**
     * A feed, as UTF-8 bytes: METHOD:PUBLISH, cancelled entries kept with STATUS:CANCELLED so clients that hold them
     * drop them. Bytes, not a String, because a full feed is large and is kept (see {@link EventFeed#body}).
     */
    byte[] feed(List<EventHit> hits, String name) {
        ICalendar calendar = calendar(Method.publish());
        calendar.setName(name);
        hits.forEach(hit -> calendar.addEvent(vevent(hit)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + hits.size() * 640);
        try {
            Biweekly.write(calendar).go(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: a byte array does not fail
        }
        return out.toByteArray();
    }

    /** One event; a cancelled one as METHOD:CANCEL, the iTIP way of withdrawing it from a calendar that holds it. */
    String single(EventHit hit) {
        ICalendar calendar = calendar(Boolean.TRUE.equals(hit.cancelled()) ? Method.cancel() : Method.publish());
        calendar.addEvent(vevent(hit));
        return Biweekly.write(calendar).go();
    }

    private static ICalendar calendar(Method method) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(method);
        return calendar;
    }

    private VEvent vevent(EventHit hit) {
        VEvent event = new VEvent();
        event.setUid(uid(hit.id()));
        event.setSequence(hit.sequence() == null ? 0 : hit.sequence());
        event.setSummary(hit.title());
        String link = baseUrl + "/events/" + hit.id();
        event.setDescription(hit.summary() + "\n\n" + EventViews.when(hit.startsAt(), hit.endsAt(), java.time.ZoneId.of(hit.timeZone()))
                + " (" + hit.timeZone() + ")\n" + link);
        event.setDateStart(Date.from(hit.startsAt()), true);
        event.setDateEnd(Date.from(hit.endsAt()), true);
        event.setUrl(link);
        String location = hit.venue() != null ? hit.venue() : hit.onlineUrl();
        if (location != null) {
            event.setLocation(location);
        }
        event.setStatus(Boolean.TRUE.equals(hit.cancelled()) ? Status.cancelled() : Status.confirmed());
        return event;
    }
}
