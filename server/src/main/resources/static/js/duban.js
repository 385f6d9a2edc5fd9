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
  if (event.target.closest('[data-duban-print]')) {
    window.print();
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

// A page the browser brings back from its cache (the back button after an error page) must not stay marked as sent.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) {
    document.querySelectorAll('form[data-duban-sent]').forEach((form) => delete form.dataset.dubanSent);
  }
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
    // if no new page comes (a lost connection), the form can be sent again after a while
    setTimeout(() => delete form.dataset.dubanSent, 15000);
  }
});

// The dashboard's charts (ECharts), drawn from data the page carries; no inline script under the CSP.
// Drawn again when the dashboard has brought in fresh data (below).
let drawnCharts = [];
function drawCharts() {
  const holder = document.getElementById('charts');
  if (!holder || !window.echarts || holder.dataset.drawn) {
    return;
  }
  holder.dataset.drawn = 'true';
  drawnCharts.forEach((chart) => chart.dispose());
  const d = JSON.parse(holder.dataset.chart);
  const labels = holder.dataset.labels.split(',');
  const colours = ['#198754', '#20c997', '#0d6efd', '#ffc107', '#dc3545'];
  const units = echarts.init(document.getElementById('chart-units'));
  units.setOption({
    color: colours,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: d.units, inverse: true, axisLabel: { fontSize: 11 } },
    series: ['done', 'reported', 'open', 'dueSoon', 'overdue'].map((key, i) => (
      { name: labels[i], type: 'bar', stack: 'all', data: d[key], barMaxWidth: 14 }))
  });
  const progress = echarts.init(document.getElementById('chart-progress'));
  progress.setOption({
    color: ['#20c997', '#198754'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels[5], type: 'line', step: 'end', data: d.submitted },
      { name: labels[6], type: 'line', step: 'end', data: d.accepted }
    ]
  });
  drawnCharts = [units, progress];
}
document.addEventListener('DOMContentLoaded', drawCharts);
window.addEventListener('resize', () => drawnCharts.forEach((chart) => chart.resize()));

// An open dashboard keeps itself current: htmx asks every few seconds (#dash-live) and takes the parts that changed.
// It does not ask while the tab is hidden, nor once its reader has left the page untouched for long (the session
// must still be able to end); a part being worked in (an urge message typed, a unit's list folded open) is kept.
let lastTouched = Date.now();
['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach((type) => document.addEventListener(type, () => {
  lastTouched = Date.now();
  const live = document.getElementById('dash-live');
  if (live) {
    live.classList.remove('paused');
  }
}, { passive: true }));
document.addEventListener('htmx:beforeRequest', (event) => {
  const live = event.detail.elt;
  if (live.id !== 'dash-live') {
    return;
  }
  const idle = Date.now() - lastTouched > Number(live.dataset.idleAfter) * 1000;
  live.classList.toggle('paused', idle);
  if (idle || document.visibilityState !== 'visible') {
    event.preventDefault();
  }
});
document.addEventListener('htmx:afterRequest', (event) => {
  const live = event.detail.elt;
  if (live.id === 'dash-live' && event.detail.xhr.status === 204) {
    // nothing changed: what is shown is current as of now
    const now = new Date();
    live.querySelector('time').textContent =
      String(now.getHours()).padStart(2, '0') + ':' + String(now.getMinutes()).padStart(2, '0');
  }
});
const keptScroll = new Map(); // a scrolled matrix stays where its reader scrolled it
document.addEventListener('htmx:oobBeforeSwap', (event) => {
  const old = event.detail.target;
  if (!old.id || !old.id.startsWith('dash-')) {
    return;
  }
  const typing = old.contains(document.activeElement) && document.activeElement !== document.body;
  if (typing || Array.from(old.querySelectorAll('input, textarea')).some((field) => field.value)) {
    event.detail.shouldSwap = false;
    return;
  }
  keptScroll.set(old.id, [old.scrollTop, old.scrollLeft]);
  const lists = (root) => Array.from(root.querySelectorAll('.late-list'));
  const open = new Set();
  lists(old).forEach((list, i) => list.querySelectorAll('details[open]')
    .forEach((d) => open.add(i + ':' + d.dataset.unit)));
  lists(event.detail.fragment).forEach((list, i) => list.querySelectorAll('details')
    .forEach((d) => { d.open = open.has(i + ':' + d.dataset.unit); }));
});
document.addEventListener('htmx:oobAfterSwap', (event) => {
  const fresh = event.target;
  if (keptScroll.has(fresh.id)) {
    [fresh.scrollTop, fresh.scrollLeft] = keptScroll.get(fresh.id);
    keptScroll.delete(fresh.id);
  }
  drawCharts();
});

// The dashboard matrix: a cell says what it is when hovered or focused (unit · activity · role · status), from the
// column and row headers and the labels the table carries.
document.addEventListener('mouseover', labelMatrixCell);
document.addEventListener('focusin', labelMatrixCell);
function labelMatrixCell(event) {
  const link = event.target.closest && event.target.closest('table.matrix td a');
  if (!link || link.title) {
    return;
  }
  const cell = link.parentElement;
  const table = cell.closest('table');
  const unit = table.tHead.rows[0].cells[cell.cellIndex];
  const activity = cell.parentElement.cells[0];
  const status = (cell.className.match(/s-([A-Z_]+)/) || [])[1];
  const role = link.textContent.trim() === '牵' ? 'LEAD' : 'ASSIST';
  const parts = [unit && unit.title, activity && activity.textContent.trim(),
    table.getAttribute('data-role-' + role), status && table.getAttribute('data-status-' + status)];
  link.title = parts.filter(Boolean).join(' · ');
  link.setAttribute('aria-label', link.title);
}

// A photo still being processed shows its placeholder; it is asked for again, less and less often, until its copy is
// there (then it is shown from the answer already fetched).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('img[data-duban-pending]').forEach((img) => awaitPhoto(img, img.src, 1));
});

function awaitPhoto(img, src, attempt) {
  setTimeout(async () => {
    try {
      const answer = await fetch(src, { cache: 'no-store', credentials: 'same-origin' });
      if (answer.ok && (answer.headers.get('Content-Type') || '').startsWith('image/jpeg')) {
        img.src = URL.createObjectURL(await answer.blob());
        img.classList.remove('photo-placeholder');
        delete img.dataset.dubanPending;
        return;
      }
    } catch (e) {
      // offline for a moment: the next attempt will tell
    }
    if (attempt < 30) {
      awaitPhoto(img, src, attempt + 1);
    }
  }, Math.min(2000 * attempt, 20000));
}
