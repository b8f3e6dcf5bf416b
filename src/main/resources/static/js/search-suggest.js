// Titles suggested under a search box as one types. Progressive: without this script the box is a plain form and
// search works the same. A box opts in with data-suggest="<url of the suggestions fragment>".
(function () {
    "use strict";
    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var box = document.createElement("div");
        box.className = "suggestion-box";
        box.id = input.id + "-suggestions";
        input.parentNode.insertBefore(box, input.nextSibling);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", box.id);
        var timer = null, asked = "", active = -1;

        function options() { return box.querySelectorAll("[role=option]"); }
        function close() {
            box.innerHTML = ""; active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }
        function highlight(index) {
            var all = options();
            if (!all.length) { return; }
            active = (index + all.length) % all.length;
            all.forEach(function (o, i) { o.classList.toggle("active", i === active); o.setAttribute("aria-selected", i === active); });
            input.setAttribute("aria-activedescendant", all[active].id);
        }
        function ask() {
            var typed = input.value.trim();
            if (typed.length < 2) { close(); return; }
            if (typed === asked) { return; }
            asked = typed;
            fetch(input.dataset.suggest + "?q=" + encodeURIComponent(typed), {headers: {"Accept": "text/html"}})
                .then(function (response) { return response.ok ? response.text() : ""; })
                .then(function (html) {
                    if (typed !== input.value.trim()) { return; } // the reader typed on meanwhile
                    box.innerHTML = html;
                    var list = box.querySelector("ul");
                    if (list) { list.id = box.id + "-list"; }
                    input.setAttribute("aria-expanded", options().length ? "true" : "false");
                    active = -1;
                })
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
            else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = options()[active].querySelector("a").href;
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 200); }); // after a click on a suggestion
    });
})();
