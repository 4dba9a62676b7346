/* Self-check mode. Without this script the page is a plain printable sheet.
   The student copy carries no answers: each question has data-check, the FNV-1a hashes of its accepted
   answers (option index, or the typed word / letters) salted with the sheet's data-salt, computed in
   quizgen.export.worksheet.context.checks. A click is hashed and compared, so the page tells a student whether
   an answer is right, and nothing more. A question counts once: the first answer is the one scored. */
(function () {
  "use strict";
  var root = document.documentElement;
  var sheet = document.getElementById("sheet");
  var salt = sheet ? sheet.getAttribute("data-salt") || "" : "";
  var items = document.querySelectorAll(".item[data-n]");
  var score = document.getElementById("score");
  var reset = document.getElementById("reset");
  if (!items.length || !score || !reset) { return; }
  root.classList.add("interactive");

  function fnv1a(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return ("0000000" + h.toString(16)).slice(-8);
  }
  function accepts(item, value) {
    var want = (item.getAttribute("data-check") || "").split(" ");
    return want.indexOf(fnv1a(salt + "|" + item.getAttribute("data-n") + "|" + value)) >= 0;
  }
  function norm(s) { return (s || "").replace(/[\s\u3000,，、。.]/g, "").toUpperCase(); }

  function update() {
    var right = document.querySelectorAll(".item.right").length;
    var done = document.querySelectorAll(".item.done").length;
    score.textContent = right + " / " + items.length + (done < items.length ? "  (" + done + " answered)" : "");
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
    if (!item || item.classList.contains("done") || !item.hasAttribute("data-check")) { return; }
    var ok = accepts(item, opt.getAttribute("data-i"));
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
    var ok = accepts(item, norm(input.value));
    input.classList.add(ok ? "right" : "wrong");
    input.readOnly = true;
    finish(item, ok);
  }
  for (var i = 0; i < inputs.length; i++) {
    inputs[i].addEventListener("change", function (e) { check(e.target); });
    inputs[i].addEventListener("keydown", function (e) { if (e.key === "Enter") { check(e.target); } });
  }

  reset.addEventListener("click", function () {
    var marked = document.querySelectorAll(".done, .right, .wrong, .chosen-right, .chosen-wrong");
    for (var m = 0; m < marked.length; m++) {
      marked[m].classList.remove("done", "right", "wrong", "chosen-right", "chosen-wrong");
    }
    for (var n = 0; n < inputs.length; n++) { inputs[n].value = ""; inputs[n].readOnly = false; }
    update();
  });
  update();
})();
