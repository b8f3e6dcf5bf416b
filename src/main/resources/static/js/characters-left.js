// Progressive: a textarea with data-characters-left="id" keeps that element saying how many characters are left.
// Without JavaScript the hint still states the limit and the browser's maxlength enforces it.
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-characters-left][maxlength]").forEach(function (box) {
        var counter = document.getElementById(box.getAttribute("data-characters-left"));
        if (!counter) {
            return;
        }
        var template = counter.getAttribute("data-template") || "{0} characters left";
        var update = function () {
            var left = Math.max(0, box.maxLength - box.value.length);
            counter.textContent = template.replace("{0}", left.toLocaleString("en"));
        };
        counter.hidden = false;
        box.addEventListener("input", update);
        update();
    });
});
