// Progressive help for quizzes; every page works without JavaScript.
// 1. Number keys pick a choice; Enter in a choice list submits; Enter on the feedback goes on.
// 2. Matching: tap an item, then its partner (or the other way round); a partner is used once.
document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  const next = document.querySelector("a.next");
  if (event.key === "Enter" && next && target instanceof HTMLElement && target.id === "verdict") {
    next.click();
    event.preventDefault();
    return;
  }
  const form = document.querySelector(".answer-form");
  if (!form) return;
  if (target instanceof HTMLElement && target.matches("input[type=text], textarea, select, button")) return;
  const radios = form.querySelectorAll("input[type=radio]");
  const n = Number.parseInt(event.key, 10);
  if (n >= 1 && n <= radios.length) {
    radios[n - 1].checked = true;
    radios[n - 1].focus();
    event.preventDefault();
  } else if (event.key === "Enter" && target instanceof HTMLInputElement && target.type === "radio") {
    form.requestSubmit();
    event.preventDefault();
  }
});

function pairUp(board) {
  const items = [...board.querySelectorAll(".match-item")];
  const partners = [...board.querySelectorAll(".partner")];
  let picked = null; // the pressed button, on either side

  const button = (text, describe) => {
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("aria-pressed", "false");
    b.append(text);
    if (describe) b.setAttribute("aria-describedby", describe);
    return b;
  };
  const itemButtons = items.map((item, i) => {
    const label = item.querySelector(".match-text");
    const chosen = document.createElement("span");
    chosen.className = "chosen";
    chosen.id = `chosen-${i}`;
    const b = button(label.textContent, chosen.id);
    b.append(chosen);
    label.replaceWith(b);
    return b;
  });
  const partnerButtons = partners.map((li) => {
    const b = button(li.textContent);
    li.replaceChildren(b);
    return b;
  });
  const selects = items.map((item) => item.querySelector("select"));

  const render = () => {
    const used = new Set(selects.map((s) => s.value).filter(Boolean));
    selects.forEach((s, i) => {
      itemButtons[i].querySelector(".chosen").textContent = s.value ? `→ ${s.value}` : "";
      itemButtons[i].classList.toggle("used", Boolean(s.value));
    });
    partnerButtons.forEach((b) => b.classList.toggle("used", used.has(b.textContent)));
  };
  const press = (b) => {
    if (picked) picked.setAttribute("aria-pressed", "false");
    picked = b;
    if (b) b.setAttribute("aria-pressed", "true");
  };
  const pair = (itemIndex, partner) => {
    selects.forEach((s) => { if (s.value === partner) s.value = ""; });
    selects[itemIndex].value = partner;
    press(null);
    render();
  };
  itemButtons.forEach((b, i) => b.addEventListener("click", () => {
    if (picked && partnerButtons.includes(picked)) pair(i, picked.textContent);
    else press(picked === b ? null : b);
  }));
  partnerButtons.forEach((b) => b.addEventListener("click", () => {
    if (picked && itemButtons.includes(picked)) pair(itemButtons.indexOf(picked), b.textContent);
    else press(picked === b ? null : b);
  }));
  selects.forEach((s) => { s.required = false; });
  board.closest("form").addEventListener("submit", (event) => {
    if (event.submitter && event.submitter.name === "dont_know") return;
    if (selects.some((s) => !s.value)) {
      event.preventDefault();
      const hint = board.closest("fieldset").querySelector(".hint");
      hint.textContent = "Pair every item with a partner first.";
      hint.setAttribute("role", "alert");
    }
  });
  board.classList.add("paired");
  render();
  itemButtons[0].focus();
}

document.querySelectorAll("[data-matching]").forEach(pairUp);
