// Keyboard help for quizzes: number keys pick a choice; Enter in a choice list submits.
// Everything here is progressive: every page works without JavaScript.
document.addEventListener("keydown", (event) => {
  const form = document.querySelector(".answer-form");
  if (!form || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && target.matches("input[type=text], textarea, select")) return;
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
