// The search page: Pagefind (built into <base>pagefind/) with the form's filters. Plain DOM, no
// framework, no inline code. Pagefind picks the index of the page's <html lang>, so a zh-CN page
// searches with Chinese word segmentation. Excerpts are inserted as text; only Pagefind's
// <mark> highlights become elements.
(() => {
  'use strict';
  const form = document.getElementById('search-form');
  if (!form) return;
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const selects = Array.from(form.querySelectorAll('select[data-filter]'));
  const entities = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  let pagefind;
  let latest = 0;
  let timer;

  // A large site's index comes in parts (pagefind/parts.json lists them by language): merged
  // here, so a search covers every part of this page's language.
  const mergeParts = async (module) => {
    const bundle = new URL('./', new URL(form.dataset.pagefind, location.href));
    const answer = await fetch(new URL('parts.json', bundle)).catch(() => undefined);
    const parts = answer?.ok ? await answer.json() : {};
    const language = document.documentElement.lang.toLowerCase();
    // Page URLs in every part start at the site's base, like the main bundle's.
    const baseUrl = new URL('../', bundle).pathname;
    for (const part of parts[language] ?? [])
      await module.mergeIndex(new URL(part, bundle).href, { baseUrl });
  };

  const loadPagefind = () => {
    pagefind ??= import(form.dataset.pagefind).then(async (module) => {
      await mergeParts(module);
      await module.init();
      return module;
    });
    return pagefind;
  };

  const say = (name, count) => (form.dataset[name] ?? '').replace('{count}', String(count));

  function appendExcerpt(parent, excerpt) {
    let marked = false;
    for (const part of String(excerpt).split(/(<\/?mark>)/)) {
      if (part === '<mark>' || part === '</mark>') {
        marked = part === '<mark>';
        continue;
      }
      const text = part.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity]);
      if (text === '') continue;
      const node = marked ? document.createElement('mark') : document.createTextNode(text);
      if (marked) node.textContent = text;
      parent.append(node);
    }
  }

  function renderResult(data) {
    const item = document.createElement('li');
    item.className = 'search-result';
    item.dataset.id = data.meta.id ?? '';
    const link = document.createElement('a');
    // Pagefind's URLs are the site's own paths; anything else is not linked.
    link.href = /^\/(?!\/)/.test(data.url) ? data.url : '#';
    link.textContent = data.meta.title ?? data.url;
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [data.meta.kind, data.meta.state].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    appendExcerpt(excerpt, data.excerpt);
    item.append(link, meta, excerpt);
    return item;
  }

  function readForm() {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    return { query: form.elements.q.value.trim(), filters };
  }

  function remember({ query, filters }) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  async function run() {
    const request = readForm();
    const ticket = ++latest;
    remember(request);
    if (request.query === '' && Object.keys(request.filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = say('searching', 0);
    const module = await loadPagefind();
    const found = await module.search(request.query || null, { filters: request.filters });
    const data = await Promise.all(found.results.slice(0, 50).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(renderResult));
    status.textContent = data.length === 0 ? say('none', 0) : say('results', found.results.length);
  }

  const start = () => {
    run().catch(() => {
      status.textContent = say('failed', 0);
    });
  };

  const params = new URLSearchParams(location.search);
  form.elements.q.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.dataset.filter) ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  for (const select of selects) select.addEventListener('change', start);
  form.elements.q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(start, 250);
  });
  form.hidden = false;
  start();
})();
