package org.apirnet.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The main navigation, read by the layout as {@code @navigationMenu}. */
@Component("navigationMenu")
public class NavigationMenu {

    private final List<NavigationItem> items;

    NavigationMenu(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public List<NavigationItem> items() {
        return items;
    }
}
