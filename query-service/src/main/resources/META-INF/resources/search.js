// The Tidings search page: plain JavaScript over the query API.
// Every value that comes from an article is inserted as text (textContent, createTextNode). The one
// exception is the snippet, whose only markup is <mark>: it is split on the marks and each piece is
// inserted as text, never through innerHTML.
'use strict';

const FACETS = [
  ['topic', 'Topics'],
  ['country', 'Countries'],
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['source', 'Sources'],
  ['language', 'Languages'],
];

const state = {
  q: '',
  sort: '',
  // Every filter a chip or a facet can set; location has no facet but entity chips set it.
  filters: Object.fromEntries([...FACETS.map(([name]) => name), 'location'].map((name) => [name, []])),
  labels: {},
  cursor: null,
  stream: null,
  fresh: 0,
};

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescapeHtml(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/** Builds the snippet from text nodes and <mark> elements only. */
function appendSnippet(parent, snippet) {
  let mark = null;
  for (const part of (snippet || '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      mark = document.createElement('mark');
    } else if (part === '</mark>') {
      if (mark) parent.appendChild(mark);
      mark = null;
    } else if (part) {
      (mark || parent).appendChild(document.createTextNode(unescapeHtml(part)));
    }
  }
  if (mark) parent.appendChild(mark);
}

/** The search and filter parameters; the stream and the facets take the same. */
function filterParams() {
  const params = new URLSearchParams();
  if (state.q) params.append('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(name, value);
  }
  return params;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const reasons = body && body.errors ? body.errors.map((e) => `${e.field}: ${e.reason}`).join('; ') : '';
    throw new Error((body && body.detail ? body.detail : `HTTP ${response.status}`) + (reasons ? ` ${reasons}` : ''));
  }
  return body;
}

function showError(error) {
  const box = $('error');
  box.textContent = error ? String(error.message || error) : '';
  box.hidden = !error;
}

function when(iso) {
  return iso ? iso.slice(0, 16).replace('T', ' ') : 'undated';
}

async function search(append) {
  showError(null);
  const params = filterParams();
  if (state.sort) params.append('sort', state.sort);
  params.append('limit', '20');
  if (append && state.cursor) params.append('cursor', state.cursor);
  try {
    const page = await getJson('/v1/articles?' + params);
    if (!append) {
      clear($('results'));
      showResults();
    }
    page.items.forEach((hit) => $('results').appendChild(renderHit(hit)));
    state.cursor = page.nextCursor;
    $('more').hidden = !page.nextCursor;
    const shown = $('results').children.length;
    $('summary').textContent = shown === 0 ? 'No articles match.' : `${shown}${page.nextCursor ? '+' : ''} articles`;
  } catch (error) {
    showError(error);
  }
}

function renderHit(hit) {
  const item = el('li', 'result');
  item.dataset.id = hit.id;
  const title = el('button', 'title', hit.title);
  title.type = 'button';
  title.addEventListener('click', () => openArticle(hit.id));
  item.appendChild(title);
  const language = hit.language ? hit.language.code : '';
  item.appendChild(el('p', 'meta', [hit.source || 'unknown source', when(hit.publishedAt), language].join(' · ')));
  const snippet = el('p', 'snippet');
  appendSnippet(snippet, hit.snippet);
  item.appendChild(snippet);
  const chips = el('div', 'chips');
  for (const entity of hit.entities || []) {
    chips.appendChild(chip(`chip ${entity.type}`, entity.name, entityFilter(entity.type), entity.id));
  }
  for (const topic of hit.topics || []) chips.appendChild(chip('chip topic', topic.label || topic.code, 'topic', topic.code));
  for (const country of hit.countries || []) chips.appendChild(chip('chip country', country.name || country.code, 'country', country.code));
  item.appendChild(chips);
  return item;
}

/** The filter parameter that selects entities of a type; none for MISC. */
function entityFilter(type) {
  return { PERSON: 'person', ORGANIZATION: 'organization', LOCATION: 'location' }[type] || null;
}

/** A chip that adds its value as a filter when it can be one. */
function chip(className, label, facet, value) {
  const node = el('button', className, label);
  node.type = 'button';
  if (facet) {
    node.title = `Only ${label}`;
    node.addEventListener('click', () => toggleFilter(facet, value, label));
  } else {
    node.disabled = true;
  }
  return node;
}

async function loadFacets() {
  const params = filterParams();
  params.append('facet', FACETS.map(([name]) => name).join(','));
  params.append('size', '8');
  try {
    const page = await getJson('/v1/facets?' + params);
    const aside = $('facets');
    clear(aside);
    for (const [name, heading] of FACETS) {
      const values = page.facets[name] || [];
      if (values.length === 0) continue;
      aside.appendChild(el('h3', null, heading));
      const list = el('ul');
      for (const value of values) {
        const label = value.label || value.value;
        const button = el('button');
        button.type = 'button';
        button.dataset.facet = name;
        button.dataset.value = value.value;
        button.appendChild(el('span', 'label', label));
        button.appendChild(el('span', 'count', value.count));
        if (state.filters[name].includes(value.value)) button.classList.add('selected');
        button.addEventListener('click', () => toggleFilter(name, value.value, label));
        const item = el('li');
        item.appendChild(button);
        list.appendChild(item);
      }
      aside.appendChild(list);
    }
  } catch (error) {
    showError(error);
  }
}

function toggleFilter(name, value, label) {
  const values = state.filters[name];
  const at = values.indexOf(value);
  if (at >= 0) values.splice(at, 1);
  else values.push(value);
  state.labels[`${name}:${value}`] = label;
  refresh();
}

function renderActiveFilters() {
  const box = $('active-filters');
  clear(box);
  for (const [name, values] of Object.entries(state.filters)) {
    for (const value of values) {
      const label = state.labels[`${name}:${value}`] || value;
      const node = el('button', 'chip filter', `${name}: ${label} ×`);
      node.type = 'button';
      node.addEventListener('click', () => toggleFilter(name, value, label));
      box.appendChild(node);
    }
  }
}

/** Counts matching articles stored from now on, for the banner. */
function connectStream() {
  if (state.stream) state.stream.close();
  state.fresh = 0;
  $('banner').hidden = true;
  document.body.dataset.stream = 'connecting';
  const stream = new EventSource('/v1/stream?' + filterParams());
  stream.addEventListener('open', () => {
    if (state.stream === stream) document.body.dataset.stream = 'open';
  });
  stream.addEventListener('article', () => {
    state.fresh += 1;
    $('banner-text').textContent = `${state.fresh} new article${state.fresh === 1 ? '' : 's'} —`;
    $('banner').hidden = false;
  });
  stream.addEventListener('dropped', () => stream.close());
  state.stream = stream;
}

function refresh() {
  state.cursor = null;
  renderActiveFilters();
  search(false);
  loadFacets();
  connectStream();
}

function showResults() {
  $('article-view').hidden = true;
  $('results-view').hidden = false;
}

function fillList(sectionId, items, render) {
  const section = $(sectionId);
  const list = section.querySelector('ul');
  clear(list);
  items.forEach((item) => list.appendChild(render(item)));
  section.hidden = items.length === 0;
}

async function openArticle(id) {
  showError(null);
  try {
    const article = await getJson('/v1/articles/' + encodeURIComponent(id));
    $('article-title').textContent = article.title;
    $('article-meta').textContent = [article.source || 'unknown source', when(article.publishedAt), (article.authors || []).join(', ')]
      .filter(Boolean)
      .join(' · ');
    const entities = $('article-entities');
    clear(entities);
    for (const entity of article.entities || []) {
      entities.appendChild(chip(`chip ${entity.type}`, entity.name, entityFilter(entity.type), entity.id));
    }
    const body = $('article-body');
    clear(body);
    for (const paragraph of (article.body || '').split('\n')) {
      if (paragraph.trim()) body.appendChild(el('p', null, paragraph));
    }
    fillList('article-quotes', article.quotes || [], (quote) => {
      const item = el('li');
      item.appendChild(el('q', null, quote.text));
      if (quote.speaker && quote.speaker.name) item.appendChild(el('span', 'speaker', ` — ${quote.speaker.name}`));
      return item;
    });
    fillList('article-amounts', article.amounts || [], (amount) =>
      el('li', null, [amount.text, amount.object ? `(${amount.object})` : ''].filter(Boolean).join(' ')));
    const segments = article.segments || {};
    fillList('article-related', segments.related || [], (link) => el('li', null, link.title));
    fillList('article-teasers', segments.teasers || [], (teaser) => {
      const item = el('li');
      if (teaser.kicker) item.appendChild(el('span', 'kicker', teaser.kicker));
      item.appendChild(document.createTextNode(teaser.text + (teaser.truncated ? ' …' : '')));
      return item;
    });
    $('results-view').hidden = true;
    $('article-view').hidden = false;
  } catch (error) {
    showError(error);
  }
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.q = $('q').value.trim();
  state.sort = $('sort').value;
  refresh();
});
$('more').addEventListener('click', () => search(true));
$('back').addEventListener('click', showResults);
$('banner-show').addEventListener('click', () => refresh());

refresh();
