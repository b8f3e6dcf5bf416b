// Titles suggested under a search box as one types (the ARIA combobox pattern). Progressive: without this script the
// box is a plain form and search works the same. A box opts in with data-suggest="<url of the suggestions fragment>".
(function () {
    "use strict";
    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var box = document.createElement("div");
        box.className = "suggestion-box";
        input.parentNode.insertBefore(box, input.nextSibling);
        var listId = input.id + "-suggestions";
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        var timer = null, asked = "", active = -1;

        function options() { return box.querySelectorAll("[role=option]"); }
        function close() {
            box.innerHTML = ""; active = -1; asked = "";
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-controls");
            input.removeAttribute("aria-activedescendant");
        }
        function highlight(index) {
            var all = options();
            if (!all.length) { return; }
            active = (index + all.length) % all.length;
            all.forEach(function (o, i) { o.classList.toggle("active", i === active); o.setAttribute("aria-selected", i === active); });
            input.setAttribute("aria-activedescendant", all[active].id);
        }
        function follow(option) { window.location.href = option.dataset.url; }
        function show(html) {
            // Only the list is taken from the answer, and none of it runs: the page's CSP allows no inline script.
            var list = new DOMParser().parseFromString(html, "text/html").querySelector("ul[role=listbox]");
            box.innerHTML = "";
            active = -1;
            if (!list) { close(); return; }
            list.id = listId;
            list.querySelectorAll("[role=option]").forEach(function (o, i) { o.id = listId + "-" + i; });
            box.appendChild(document.importNode(list, true));
            input.setAttribute("aria-controls", listId);
            input.setAttribute("aria-expanded", "true");
        }
        function ask() {
            var typed = input.value.trim();
            if (typed.length < 2) { close(); return; }
            if (typed === asked) { return; }
            asked = typed;
            fetch(input.dataset.suggest + "?q=" + encodeURIComponent(typed), {headers: {"Accept": "text/html"}})
                .then(function (response) { return response.ok ? response.text() : ""; })
                .then(function (html) { if (typed === input.value.trim()) { show(html); } }) // else the reader typed on
                .catch(close);
        }
        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(ask, 150);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" && options().length) { event.preventDefault(); highlight(active + 1); }
            else if (event.key === "ArrowUp" && options().length) { event.preventDefault(); highlight(active - 1); }
            else if (event.key === "Escape") { close(); }
            else if (event.key === "Enter" && active >= 0) { event.preventDefault(); follow(options()[active]); }
        });
        // A press on an option keeps the focus in the box (so blur does not close the list first), then follows it.
        box.addEventListener("mousedown", function (event) { event.preventDefault(); });
        box.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) { follow(option); }
        });
        input.addEventListener("blur", close);
    });
})();
