// Teacher pages: copy the share link, tick every question on a bank page, print a worksheet.
// Everything here is progressive: every page works without JavaScript.
document.addEventListener("click", async (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  if (target.matches("button.copy")) {
    const field = document.getElementById(target.dataset.copy);
    const status = target.parentElement.querySelector(".copied");
    try {
      await navigator.clipboard.writeText(field.href);
      status.textContent = "Copied.";
    } catch {
      getSelection().selectAllChildren(field);
      status.textContent = "Selected: press Ctrl+C to copy.";
    }
  } else if (target.matches("button.print")) {
    window.print();
  }
});
document.addEventListener("change", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches(".pick-all")) {
    const table = document.getElementById(box.getAttribute("aria-controls"));
    for (const pick of table.querySelectorAll("input[name=question]")) pick.checked = box.checked;
  }
});
