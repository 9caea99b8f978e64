// The Tidings search page: plain JavaScript over the query API.
// The search (q, filters, sort), the view (view=stories), the open story and the open article live in
// the URL (?q=…&country=KP&view=stories&story=…&article=…), so that a search can be linked,
// bookmarked and reloaded; each change pushes a history entry, and back and forward restore it
// (popstate).
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
  // '' lists articles, 'stories' the stories of the same search (GET /v1/stories takes its filters).
  view: '',
  story: null,
  storiesCursor: null,
  storyCursor: null,
  article: null,
  // Every filter a chip or a facet can set; location has no facet but entity chips set it.
  filters: Object.fromEntries([...FACETS.map(([name]) => name), 'location'].map((name) => [name, []])),
  labels: {},
  cursor: null,
  stream: null,
  fresh: 0,
  // What the results on screen were searched with, so that opening an article does not search again.
  searched: null,
};

const SORTS = ['relevance', 'newest', 'oldest'];

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

function plural(count, noun) {
  return count === 1 ? noun : `${noun}s`;
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
    if (!append) clear($('results'));
    page.items.forEach((hit) => $('results').appendChild(renderHit(hit)));
    state.cursor = page.nextCursor;
    $('more').hidden = !page.nextCursor;
    const shown = $('results').children.length;
    $('summary').textContent = shown === 0 ? 'No articles match.' : `${shown}${page.nextCursor ? '+' : ''} ${plural(shown, 'article')}`;
  } catch (error) {
    showError(error);
  }
}

function renderHit(hit) {
  const item = el('li', 'result');
  item.dataset.id = hit.id;
  const title = el('button', 'title', hit.title);
  title.type = 'button';
  title.addEventListener('click', () => {
    state.article = hit.id;
    navigate(true);
  });
  item.appendChild(title);
  const language = hit.language ? hit.language.code : '';
  item.appendChild(el('p', 'meta', [hit.source || 'unknown source', when(hit.publishedAt), language].join(' · ')));
  const snippet = el('p', 'snippet');
  appendSnippet(snippet, hit.snippet);
  item.appendChild(snippet);
  const chips = el('div', 'chips');
  appendEntityChips(chips, hit.entities, hit.countries);
  for (const topic of hit.topics || []) chips.appendChild(chip('chip topic', topic.label || topic.code, 'topic', topic.code));
  for (const country of hit.countries || []) chips.appendChild(chip('chip country', country.name || country.code, 'country', country.code));
  item.appendChild(chips);
  if (hit.story && hit.story.size > 1 && hit.story.id !== state.story) {
    const link = el('button', 'story-link', `${hit.story.size} articles in its story`);
    link.type = 'button';
    link.addEventListener('click', () => openStoryLink(hit.story.id));
    item.appendChild(link);
  }
  return item;
}

/** A linked entity's page title: wikipedia:United_States is "united states". */
function linkTitle(id) {
  const at = (id || '').indexOf(':');
  return at < 0 ? '' : id.slice(at + 1).replace(/_/g, ' ').toLowerCase();
}

/**
 * One chip per entity (by id: several surface forms share a linked id), and none for a place that a
 * country chip already shows ("US" or "China" beside the country United States or China).
 */
function appendEntityChips(parent, entities, countries) {
  const countryNames = new Set();
  for (const country of countries || []) {
    countryNames.add((country.code || '').toLowerCase());
    if (country.name) countryNames.add(country.name.toLowerCase());
  }
  const seen = new Set();
  for (const entity of entities || []) {
    const key = entity.id || `${entity.type}:${entity.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const names = [entity.name, ...(entity.aliases || [])].map((name) => (name || '').toLowerCase());
    const isShownCountry = entity.type === 'LOCATION'
      && (countryNames.has(linkTitle(entity.id)) || names.some((name) => countryNames.has(name)));
    if (isShownCountry) continue;
    parent.appendChild(chip(`chip ${entity.type}`, entity.name, entityFilter(entity.type), entity.id));
  }
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
      // A filter that came in the URL shows its label once the facets name it.
      values.forEach((value) => {
        if (value.label) state.labels[`${name}:${value.value}`] = value.label;
      });
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
    renderActiveFilters();
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
  state.article = null;
  state.story = null;
  navigate();
}

function renderActiveFilters() {
  const box = $('active-filters');
  clear(box);
  for (const [name, values] of Object.entries(state.filters)) {
    for (const value of values) {
      const label = state.labels[`${name}:${value}`] || linkTitleLabel(value);
      const node = el('button', 'chip filter', `${name}: ${label} ×`);
      node.type = 'button';
      node.addEventListener('click', () => toggleFilter(name, value, label));
      box.appendChild(node);
    }
  }
}

/** What a filter value from a URL shows before the facets name it: wikipedia:Kim_Jong_Un is "Kim Jong Un". */
function linkTitleLabel(value) {
  const match = /^wikipedia:(.+)$/.exec(value);
  return match ? match[1].replace(/_/g, ' ') : value;
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
  state.searched = searchKey();
  renderActiveFilters();
  search(false);
  loadFacets();
  connectStream();
}

/** The search part of the URL: q, the filters and the sort, in a fixed order. */
function searchKey() {
  const params = filterParams();
  if (state.sort) params.append('sort', state.sort);
  return params.toString();
}

function pageUrl() {
  const params = new URLSearchParams(searchKey());
  if (state.view) params.append('view', state.view);
  if (state.story) params.append('story', state.story);
  if (state.article) params.append('article', state.article);
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : '');
}

/** Reads the search and the open article from the URL; unknown parameters are ignored. */
function readUrl() {
  const params = new URLSearchParams(location.search);
  state.q = (params.get('q') || '').trim();
  state.sort = SORTS.includes(params.get('sort')) ? params.get('sort') : '';
  for (const name of Object.keys(state.filters)) {
    state.filters[name] = [...new Set(params.getAll(name).filter(Boolean))];
  }
  state.view = params.get('view') === 'stories' ? 'stories' : '';
  state.story = params.get('story') || null;
  state.article = params.get('article') || null;
}

/** Shows what the state says: searches again only when the search changed. */
function render() {
  $('q').value = state.q;
  $('sort').value = state.sort;
  const searchChanged = state.searched !== searchKey();
  if (searchChanged) refresh();
  $('articles-link').classList.toggle('selected', state.view !== 'stories');
  $('stories-link').classList.toggle('selected', state.view === 'stories');
  if (state.article) openArticle(state.article);
  else if (state.story) openStory(state.story);
  else if (state.view === 'stories') showStories(searchChanged);
  else showResults();
}

/** A change made on the page: a new history entry, then the page as it now should be. */
function navigate(fromResults) {
  const url = pageUrl();
  if (url !== location.pathname + location.search) {
    history.pushState({ fromResults: Boolean(fromResults) }, '', url);
  }
  render();
}

/** Shows one of the main views (results, stories, a story, an article) and hides the others. */
function show(viewId) {
  for (const id of ['results-view', 'stories-view', 'story-view', 'article-view']) $(id).hidden = id !== viewId;
}

function showResults() {
  show('results-view');
}

/** The stories of the search: the trending ones, then the largest (paged). */
async function showStories(searchChanged) {
  show('stories-view');
  if (!searchChanged && state.storiesShown === searchKey()) return;
  state.storiesShown = searchKey();
  state.storiesCursor = null;
  clear($('trending-stories'));
  clear($('largest-stories'));
  showError(null);
  try {
    const trending = await getJson('/v1/stories?' + storyParams('trending', 5));
    trending.items.forEach((story) => $('trending-stories').appendChild(renderStory(story)));
    if (trending.items.length === 0) $('trending-stories').appendChild(el('li', 'meta', 'No story grew in the last 6 hours.'));
  } catch (error) {
    showError(error);
  }
  moreStories();
}

async function moreStories() {
  try {
    const params = storyParams('size', 20);
    if (state.storiesCursor) params.append('cursor', state.storiesCursor);
    const page = await getJson('/v1/stories?' + params);
    page.items.forEach((story) => $('largest-stories').appendChild(renderStory(story)));
    state.storiesCursor = page.nextCursor;
    $('more-stories').hidden = !page.nextCursor;
  } catch (error) {
    showError(error);
  }
}

/** The search's q and filters, which the stories take as they are, with a sort and a page size. */
function storyParams(sort, limit) {
  const params = filterParams();
  params.append('sort', sort);
  params.append('limit', String(limit));
  return params;
}

function openStoryLink(id) {
  state.story = id;
  state.article = null;
  navigate(true);
}

function renderStory(story) {
  const item = el('li', 'story');
  item.dataset.id = story.id;
  const title = el('button', 'title', story.title || 'Untitled story');
  title.type = 'button';
  title.addEventListener('click', () => openStoryLink(story.id));
  item.appendChild(title);
  item.appendChild(el('p', 'meta', `${story.size} ${plural(story.size, 'article')} · ${when(story.firstSeenAt)} – ${when(story.lastSeenAt)}`));
  return item;
}

async function openStory(id, append) {
  showError(null);
  try {
    const params = new URLSearchParams({ limit: '20' });
    if (append && state.storyCursor) params.append('cursor', state.storyCursor);
    const detail = await getJson(`/v1/stories/${encodeURIComponent(id)}?${params}`);
    // Back or forward may have moved on while the story loaded.
    if (state.story !== id) return;
    const story = detail.story;
    $('story-title').textContent = story.title || 'Untitled story';
    $('story-meta').textContent = `${story.size} ${plural(story.size, 'article')} · ${when(story.firstSeenAt)} – ${when(story.lastSeenAt)}`;
    const chips = $('story-entities');
    clear(chips);
    for (const entity of detail.entities) {
      const facet = entityFilter(entity.type);
      const label = `${entity.name} (${entity.articles})`;
      chips.appendChild(facet ? chip(`chip ${entity.type}`, label, facet, entity.id) : el('span', `chip ${entity.type}`, label));
    }
    for (const country of detail.countries) {
      chips.appendChild(chip('chip country', `${country.code} (${country.articles})`, 'country', country.code));
    }
    renderTimeline(detail.timeline);
    if (!append) clear($('story-articles'));
    detail.articles.forEach((hit) => $('story-articles').appendChild(renderHit(hit)));
    state.storyCursor = detail.nextCursor;
    $('more-story-articles').hidden = !detail.nextCursor;
    show('story-view');
  } catch (error) {
    showError(error);
  }
}

/** One bar per hour with articles, as high as its count against the busiest hour. */
function renderTimeline(timeline) {
  const chart = $('story-timeline');
  clear(chart);
  const most = Math.max(1, ...timeline.map((hour) => hour.articles));
  for (const hour of timeline) {
    const bar = el('div', 'bar');
    bar.style.height = `${Math.max(4, Math.round((hour.articles / most) * 100))}%`;
    bar.title = `${when(hour.hour)}: ${hour.articles} ${plural(hour.articles, 'article')}`;
    bar.dataset.hour = hour.hour;
    bar.dataset.articles = String(hour.articles);
    chart.appendChild(bar);
  }
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
    // Back or forward may have moved on while the article loaded.
    if (state.article !== id) return;
    $('article-title').textContent = article.title;
    $('article-meta').textContent = [article.source || 'unknown source', when(article.publishedAt), (article.authors || []).join(', ')]
      .filter(Boolean)
      .join(' · ');
    const entities = $('article-entities');
    clear(entities);
    appendEntityChips(entities, article.entities, article.countries);
    for (const country of article.countries || []) {
      entities.appendChild(chip('chip country', country.name || country.code, 'country', country.code));
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
    show('article-view');
  } catch (error) {
    showError(error);
  }
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.q = $('q').value.trim();
  state.sort = $('sort').value;
  state.article = null;
  state.story = null;
  // The same search again (the banner's new articles, say) searches again, without a new entry.
  state.searched = null;
  navigate();
});
$('more').addEventListener('click', () => search(true));
$('more-stories').addEventListener('click', () => moreStories());
$('more-story-articles').addEventListener('click', () => openStory(state.story, true));
for (const [button, view] of [['articles-link', ''], ['stories-link', 'stories']]) {
  $(button).addEventListener('click', () => {
    state.view = view;
    state.story = null;
    state.article = null;
    navigate();
  });
}
// Closing an article or a story. Opened from the page: the browser's back. Opened from a link: what
// was under it (the results, the stories, the story), as a new entry.
for (const [button, opened] of [['back', 'article'], ['story-back', 'story']]) {
  $(button).addEventListener('click', () => {
    if (history.state && history.state.fromResults) {
      history.back();
    } else {
      state[opened] = null;
      navigate();
    }
  });
}
$('banner-show').addEventListener('click', () => {
  state.article = null;
  state.story = null;
  state.view = '';
  state.searched = null;
  navigate();
});
window.addEventListener('popstate', () => {
  readUrl();
  render();
});

readUrl();
render();
