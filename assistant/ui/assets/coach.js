// Performance Coach: keyboard shortcuts, copy/download, one-click replacements, tab arrows.
// Event delegation on the document, so it works for HTML the server renders later.
(() => {
  if (window.__coachUi) return;
  window.__coachUi = true;

  const byId = (id) => document.getElementById(id);
  const fieldOf = (id) => {
    const box = byId(id);
    return box ? box.querySelector("textarea, input[type=text]") : null;
  };
  const say = (el, message) => {
    const status = el && el.closest(".draft") && el.closest(".draft").querySelector(".tool-status");
    if (status) status.textContent = message;
  };

  // Set a Gradio textbox's value the way typing would, so the app sees the change.
  const setValue = (field, value) => {
    const proto = field.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, "value").set.call(field, value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const copyText = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (_) {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      return ok;
    }
  };

  const draftText = (el) => (el.innerText || el.textContent || "").replace(/\u00a0/g, " ").replace(/\n+$/, "");

  const replace = (button) => {
    const field = fieldOf(button.dataset.input);
    if (!field) return;
    const chars = Array.from(field.value); // offsets from the server count code points
    const start = Number(button.dataset.start);
    const end = Number(button.dataset.end);
    const from = button.dataset.from;
    let to = button.dataset.to;
    if (from && /^[A-Z]/.test(from) && /^[a-z]/.test(to)) to = to[0].toUpperCase() + to.slice(1);
    let value;
    if (chars.slice(start, end).join("") === from) {
      value = chars.slice(0, start).join("") + to + chars.slice(end).join("");
    } else if (field.value.includes(from)) {
      value = field.value.replace(from, to); // the draft was edited since the check: first occurrence
    } else {
      return;
    }
    setValue(field, value);
    const submit = byId(button.dataset.submit);
    if (submit) setTimeout(() => submit.click(), 50);
    field.focus();
  };

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "replace") {
      event.preventDefault();
      replace(button);
    } else if (action === "copy") {
      const el = byId(button.dataset.target);
      if (!el) return;
      say(el, (await copyText(draftText(el))) ? "Copied to the clipboard." : "Copy failed: select the text and copy it.");
    } else if (action === "download") {
      const el = byId(button.dataset.target);
      if (!el) return;
      const blob = new Blob([draftText(el) + "\n"], { type: "text/plain;charset=utf-8" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = button.dataset.filename || "draft.txt";
      document.body.appendChild(link);
      link.click();
      setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      say(el, `Downloaded as ${link.download}.`);
    }
  });

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    // Ctrl+Enter (Cmd+Enter on a Mac) runs a multi-line box.
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.tagName === "TEXTAREA") {
      const box = target.closest(".coach-input");
      if (box && box.id) {
        const submit = byId(box.id.replace(/-input$/, "-submit"));
        if (submit) {
          event.preventDefault();
          event.stopPropagation();
          submit.click();
        }
      }
      return;
    }
    // Arrow keys, Home and End move between tabs.
    if (target.getAttribute && target.getAttribute("role") === "tab") {
      const keys = ["ArrowRight", "ArrowLeft", "Home", "End"];
      if (!keys.includes(event.key)) return;
      const tabs = Array.from(target.closest("[role=tablist]").querySelectorAll("[role=tab]"))
        .filter((tab) => tab.offsetParent !== null && !tab.disabled);
      const index = tabs.indexOf(target);
      let next = index;
      if (event.key === "ArrowRight") next = (index + 1) % tabs.length;
      if (event.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
      if (event.key === "Home") next = 0;
      if (event.key === "End") next = tabs.length - 1;
      event.preventDefault();
      tabs[next].click();
      tabs[next].focus();
    }
    // Escape closes an open highlight card (it opens again on the next hover or focus).
    if (event.key === "Escape") {
      const mark = (target.closest && target.closest("mark.hl")) || document.querySelector("mark.hl:hover");
      if (mark) mark.classList.add("dismissed");
    }
  }, true);

  // Gradio's upload areas carry an aria-label that hides their visible words ("Drop File Here -
  // or - Click to Upload"); let their name come from those words (WCAG 2.5.3, label in name).
  const fixLabels = () => {
    document.querySelectorAll(".upload-container[aria-label]").forEach((el) => el.removeAttribute("aria-label"));
  };
  new MutationObserver(fixLabels).observe(document.documentElement, { childList: true, subtree: true });

  // Drafts survive a reload: what is in each coach's box is kept in this browser's localStorage
  // (never on the server) and put back into the empty box when it appears (tabs mount lazily).
  const DRAFT = "coach:draft:";
  const restored = new WeakSet();
  const syncDrafts = () => {
    document.querySelectorAll(".coach-input").forEach((box) => {
      const field = box.querySelector("textarea, input[type=text]");
      if (!field || !box.id) return;
      const key = DRAFT + box.id;
      if (!restored.has(field)) {
        restored.add(field);
        const saved = localStorage.getItem(key);
        if (!field.value && saved) setValue(field, saved);
        return;
      }
      if (field.value) localStorage.setItem(key, field.value);
      else localStorage.removeItem(key);
    });
  };
  new MutationObserver(syncDrafts).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("input", syncDrafts);
  setInterval(syncDrafts, 1000); // values set by the app itself (examples, Clear) fire no event

  // A dismissed card opens again once the pointer or the focus has left its highlight.
  const reset = (event) => {
    const mark = event.target.closest && event.target.closest("mark.hl");
    if (mark && !mark.contains(event.relatedTarget)) mark.classList.remove("dismissed");
  };
  document.addEventListener("mouseout", reset);
  document.addEventListener("focusout", reset);
})();
