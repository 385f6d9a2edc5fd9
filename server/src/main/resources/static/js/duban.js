// Duban's few behaviours that need script. CSP forbids inline script, so they live here.
document.addEventListener('click', (event) => {
  const toggle = event.target.closest('[data-duban-toggle]');
  if (toggle) {
    const menu = document.querySelector(toggle.dataset.dubanToggle);
    const open = menu.classList.toggle('show');
    toggle.setAttribute('aria-expanded', String(open));
  }
  const back = event.target.closest('[data-duban-back]');
  if (back) {
    event.preventDefault();
    history.back();
  }
  const confirmIt = event.target.closest('[data-duban-confirm]');
  if (confirmIt && !window.confirm(confirmIt.dataset.dubanConfirm)) {
    event.preventDefault();
  }
});

// Mark a preview row as saved for a moment after htmx swapped it in.
document.addEventListener('htmx:afterSwap', (event) => {
  const row = event.detail.target;
  if (row && row.classList && row.classList.contains('task-row')) {
    row.classList.add('just-saved');
    setTimeout(() => row.classList.remove('just-saved'), 1500);
  }
});

// htmx requests carry the CSRF token the page was rendered with.
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Thumbnails of the photos chosen, before anything is sent.
document.addEventListener('change', (event) => {
  const input = event.target.closest('input[type=file][data-duban-preview]');
  if (!input) {
    return;
  }
  const box = document.querySelector(input.dataset.dubanPreview);
  box.querySelectorAll('img').forEach((img) => URL.revokeObjectURL(img.src));
  box.replaceChildren(...Array.from(input.files).map((file) => {
    const img = document.createElement('img');
    img.src = URL.createObjectURL(file);
    img.alt = file.name;
    return img;
  }));
});

// A double tap sends a form once; the server would find the first report anyway.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form.dataset.dubanSent) {
    event.preventDefault();
    return;
  }
  if (form.querySelector('[data-duban-once]')) {
    form.dataset.dubanSent = 'true';
  }
});
