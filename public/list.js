// Filters and sorts a server-rendered document table (data-filterable) in place. Plain DOM, no
// framework: rows are read once; a filter toggles `hidden`, a sort re-appends the rows.
(() => {
  'use strict';
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });

  // A data attribute may hold several space-separated values (`data-gap="customer release"`).
  const hasToken = (list, value) => (list ?? '').split(' ').includes(value);

  function setUp(form) {
    const table = document.getElementById(form.dataset.for);
    if (!table) return;
    const body = table.tBodies[0];
    const rows = Array.from(body.rows, (row) => ({
      row,
      keys: [],
      text: (row.cells[0].textContent + ' ' + row.cells[1].textContent).toLowerCase(),
    }));
    const status = form.querySelector('.list-status');
    const apply = () => {
      const text = form.elements.text.value.trim().toLowerCase();
      const wanted = Array.from(form.querySelectorAll('select'))
        .filter((select) => select.value !== '')
        .map((select) => [select.name, select.value]);
      let shown = 0;
      for (const entry of rows) {
        const match =
          (text === '' || entry.text.includes(text)) &&
          wanted.every(([name, value]) => hasToken(entry.row.dataset[name], value));
        entry.row.hidden = !match;
        if (match) shown += 1;
      }
      status.textContent = status.dataset.template
        .replace('{shown}', String(shown))
        .replace('{total}', String(rows.length));
    };
    form.addEventListener('input', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    makeSortable(table, rows, body);
  }

  function makeSortable(table, rows, body) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((header, column) => {
      // A header that is already a link (a release column) stays a link: no control inside a control.
      if (header.querySelector('a, button')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (entry) => (entry.keys[column] ??= entry.row.cells[column].textContent);
        rows.sort((a, b) => collator.compare(key(a), key(b)) * (ascending ? 1 : -1));
        const fragment = document.createDocumentFragment();
        for (const entry of rows) fragment.append(entry.row);
        body.append(fragment);
      });
    });
  }

  document.querySelectorAll('form.filters[data-for]').forEach(setUp);
})();
