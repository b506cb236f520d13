// The journalist FAQ page. Everything shown comes from the public API; text from the library is
// only ever set as text (textContent), except the reply body, which is the API's sanitised HTML.
'use strict';

(function () {
  const api = '/api/v1';
  const state = { audience: 'journalists', lang: document.documentElement.lang || 'en', matrix: null, replies: [], filter: null };
  const el = (id) => document.getElementById(id);

  function node(tag, className, text) {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined && text !== null) n.textContent = text;
    return n;
  }

  async function getJson(path) {
    const response = await fetch(api + path, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + path);
    return response.json();
  }

  function say(text) {
    el('status').textContent = text;
  }

  function formatDate(iso) {
    if (!iso) return '';
    const d = new Date(iso + 'T00:00:00Z');
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function renderReply(reply) {
    const details = node('details', 'reply');
    details.id = reply.id;
    const summary = node('summary');
    summary.appendChild(node('h3', null, reply.title));
    details.appendChild(summary);
    details.appendChild(node('p', 'summary', reply.summary));
    const body = node('div', 'body');
    body.innerHTML = reply.html; // sanitised by the API: raw HTML in the library is escaped there
    details.appendChild(body);
    const meta = node('p', 'meta', 'Approved by DICOM WG-14 on ' + formatDate(reply.approvedOn) + '. Last reviewed '
      + formatDate(reply.approvedOn) + '; next review by ' + formatDate(reply.reviewBy) + '. ' + reply.wordCount + ' words.');
    details.appendChild(meta);
    if (reply.sources.length) {
      details.appendChild(node('p', 'sources', 'Sources:'));
      const list = node('ul', 'sources');
      for (const source of reply.sources) {
        const item = node('li');
        const link = node('a', null, source.title);
        link.href = source.url;
        link.rel = 'noopener noreferrer';
        item.appendChild(link);
        list.appendChild(item);
      }
      details.appendChild(list);
    }
    const permalink = node('a', 'permalink', 'Link to this answer');
    permalink.href = '#' + reply.id;
    details.appendChild(permalink);
    return details;
  }

  function render() {
    const container = el('replies');
    container.replaceChildren();
    let shown = 0;
    for (const topic of state.matrix.topics) {
      if (state.filter && !state.filter.has(topic.id)) continue;
      const replies = state.replies.filter((r) => r.topic === topic.id);
      if (!replies.length) continue;
      const section = node('section');
      section.setAttribute('aria-labelledby', 'topic-' + topic.id);
      const heading = node('h2', null, topic.question);
      heading.id = 'topic-' + topic.id;
      section.appendChild(heading);
      for (const reply of replies) {
        section.appendChild(renderReply(reply));
        shown++;
      }
      container.appendChild(section);
    }
    return shown;
  }

  function openFromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
      target.scrollIntoView();
      target.querySelector('summary').focus();
    }
  }

  async function loadReplies() {
    say('Loading the answers…');
    const data = await getJson('/snippets?audience=' + encodeURIComponent(state.audience) + '&lang=' + encodeURIComponent(state.lang));
    state.replies = data.snippets;
    const shown = render();
    say(shown + ' approved answers.');
    openFromHash();
  }

  function fillAudiences() {
    const select = el('audience');
    const withReplies = new Set(state.matrix.cells.filter((c) => c.ids.length).map((c) => c.audience));
    for (const audience of state.matrix.audiences) {
      if (!withReplies.has(audience.id)) continue;
      const option = node('option', null, audience.label);
      option.value = audience.id;
      option.selected = audience.id === state.audience;
      select.appendChild(option);
    }
    select.addEventListener('change', () => {
      state.audience = select.value;
      state.filter = null;
      el('clear').hidden = true;
      loadReplies().catch(failed);
    });
  }

  async function search(event) {
    event.preventDefault();
    const q = el('q').value.trim();
    if (!q) return showAll();
    const result = await getJson('/search?limit=10&q=' + encodeURIComponent(q) + '&audience=' + encodeURIComponent(state.audience)
      + '&lang=' + encodeURIComponent(state.lang));
    // Only answers the search is confident about: a page for the press must not guess.
    state.filter = new Set(result.hits.filter((h) => h.confident).map((h) => h.topic));
    const shown = render();
    el('clear').hidden = false;
    say(shown ? shown + ' answers match your search.' : 'No approved answer matches your search. Try other words, or show all answers.');
  }

  function showAll() {
    state.filter = null;
    el('q').value = '';
    el('clear').hidden = true;
    say(render() + ' approved answers.');
  }

  let completionTimer;
  function complete() {
    clearTimeout(completionTimer);
    const q = el('q').value.trim();
    if (q.length < 2) return;
    completionTimer = setTimeout(async () => {
      try {
        const data = await getJson('/suggest?limit=8&q=' + encodeURIComponent(q));
        const list = el('completions');
        list.replaceChildren(...data.suggestions.map((s) => { const o = node('option'); o.value = s.text; return o; }));
      } catch (e) {
        // completions are a convenience: the search still works without them
      }
    }, 150);
  }

  function failed(error) {
    say('The answers could not be loaded. Please try again in a moment.');
    console.warn(error);
  }

  function togglePrint(open) {
    for (const d of document.querySelectorAll('details.reply')) {
      if (open) { d.dataset.wasOpen = d.open; d.open = true; } else { d.open = d.dataset.wasOpen === 'true'; }
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const params = new URLSearchParams(location.search);
    if (params.get('audience')) state.audience = params.get('audience');
    if (params.get('lang')) {
      state.lang = params.get('lang');
      document.documentElement.lang = state.lang;
    }
    el('search').addEventListener('submit', (e) => search(e).catch(failed));
    el('clear').addEventListener('click', showAll);
    el('q').addEventListener('input', complete);
    window.addEventListener('hashchange', openFromHash);
    window.addEventListener('beforeprint', () => togglePrint(true));
    window.addEventListener('afterprint', () => togglePrint(false));
    try {
      state.matrix = await getJson('/matrix');
      fillAudiences();
      await loadReplies();
    } catch (e) {
      failed(e);
    }
  });
}());
