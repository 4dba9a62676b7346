/* Self-check mode. Without this script the page is a plain printable sheet with the key at the end.
   Answers are read from the key table (#key rows: data-n, data-index, data-answer, data-alt), so the
   student part of the page carries none. A question counts once: the first answer is the one scored.
   Fill-in questions (data-scored="no") are checked when typed and have a button that shows the answer, but
   the score counts only the questions answered by clicking an option or typing letters. */
(function () {
  "use strict";
  var root = document.documentElement;
  var key = {};
  var rows = document.querySelectorAll("#key tr[data-n]");
  for (var r = 0; r < rows.length; r++) {
    key[rows[r].getAttribute("data-n")] = {
      index: rows[r].getAttribute("data-index"),
      answer: rows[r].getAttribute("data-answer") || "",
      alt: rows[r].getAttribute("data-alt") || ""
    };
  }
  var items = document.querySelectorAll(".item[data-n]");
  var scored = document.querySelectorAll('.item[data-n]:not([data-scored="no"])');
  var score = document.getElementById("score");
  var showKey = document.getElementById("show-key");
  var reset = document.getElementById("reset");
  if (!items.length || !score || !showKey || !reset) { return; }
  root.classList.add("interactive");

  function norm(s) { return (s || "").replace(/[\s\u3000,，、。.]/g, "").toUpperCase(); }

  function update() {
    var right = document.querySelectorAll('.item.right:not([data-scored="no"])').length;
    var done = document.querySelectorAll('.item.done:not([data-scored="no"])').length;
    score.textContent = right + " / " + scored.length + (done < scored.length ? "  (" + done + " answered)" : "");
  }

  function finish(item, ok) {
    item.classList.add("done", ok ? "right" : "wrong");
    update();
  }

  var opts = document.querySelectorAll(".item .opt[data-i]");
  for (var o = 0; o < opts.length; o++) {
    opts[o].setAttribute("tabindex", "0");
    opts[o].setAttribute("role", "button");
  }

  function choose(opt) {
    var item = opt.closest(".item[data-n]");
    if (!item || item.classList.contains("done")) { return; }
    var k = key[item.getAttribute("data-n")];
    if (!k) { return; }
    var ok = opt.getAttribute("data-i") === k.index;
    opt.classList.add(ok ? "chosen-right" : "chosen-wrong");
    finish(item, ok);
  }

  document.addEventListener("click", function (e) {
    var opt = e.target.closest ? e.target.closest(".item .opt[data-i]") : null;
    if (opt) { choose(opt); }
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if ((e.key === "Enter" || e.key === " ") && t.classList && t.classList.contains("opt")) {
      e.preventDefault();
      choose(t);
    }
  });

  var inputs = document.querySelectorAll(".item .answer-input");
  function check(input) {
    var item = input.closest(".item[data-n]");
    if (!item || item.classList.contains("done") || !norm(input.value)) { return; }
    var k = key[item.getAttribute("data-n")];
    if (!k) { return; }
    var v = norm(input.value);
    var ok = v === norm(k.answer) || (k.alt !== "" && v === norm(k.alt));
    input.classList.add(ok ? "right" : "wrong");
    input.readOnly = true;
    finish(item, ok);
  }
  for (var i = 0; i < inputs.length; i++) {
    inputs[i].addEventListener("change", function (e) { check(e.target); });
    inputs[i].addEventListener("keydown", function (e) { if (e.key === "Enter") { check(e.target); } });
  }

  // fill-ins: a button that shows the answer in the gap (also after a wrong try; a revealed item is done)
  var fills = document.querySelectorAll('.item[data-scored="no"]');
  function reveal(item) {
    var k = key[item.getAttribute("data-n")];
    var input = item.querySelector(".answer-input");
    if (!k || item.classList.contains("revealed")) { return; }
    if (input) {
      input.value = k.answer;
      input.readOnly = true;
      input.classList.remove("wrong");
      input.classList.add("shown");
    }
    item.classList.add("done", "revealed");
    update();
  }
  for (var f = 0; f < fills.length; f++) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "reveal";
    button.textContent = showKey.getAttribute("data-reveal") || "?";
    button.setAttribute("aria-label", "Show the answer to question " + fills[f].getAttribute("data-n"));
    button.addEventListener("click", function (e) { reveal(e.target.closest(".item[data-n]")); });
    (fills[f].querySelector(".q") || fills[f]).appendChild(button);
  }

  showKey.addEventListener("click", function () {
    var shown = root.classList.toggle("show-key");
    showKey.setAttribute("aria-expanded", shown ? "true" : "false");
    if (shown) { document.getElementById("key").scrollIntoView(); }
  });
  reset.addEventListener("click", function () {
    var marked = document.querySelectorAll(".done, .right, .wrong, .chosen-right, .chosen-wrong, .revealed, .shown");
    for (var m = 0; m < marked.length; m++) {
      marked[m].classList.remove("done", "right", "wrong", "chosen-right", "chosen-wrong", "revealed", "shown");
    }
    for (var n = 0; n < inputs.length; n++) { inputs[n].value = ""; inputs[n].readOnly = false; }
    root.classList.remove("show-key");
    showKey.setAttribute("aria-expanded", "false");
    update();
  });
  update();
})();
