package org.apirnet.focus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One hand-picked item of a focus: a content kind's key and the item's id in that kind. */
@Embeddable
class FocusItem {

    @Column(name = "kind")
    private String kind;

    @Column(name = "item_id")
    private long itemId;

    protected FocusItem() {
    }

    FocusItem(String kind, long itemId) {
        this.kind = kind;
        this.itemId = itemId;
    }

    String getKind() {
        return kind;
    }

    long getItemId() {
        return itemId;
    }
}
