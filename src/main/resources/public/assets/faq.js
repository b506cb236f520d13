// The journalist FAQ page. The URL is the page's whole state (?q=&audience=&lang=, #<reply id>),
// so reload, back and a shared link show the same answers. The first data comes inside the HTML
// (a JSON data block that FaqController writes), so the default view and a search in the URL need
// no request of their own. Text from the library is only ever set as text (textContent), except the
// reply body, which is the API's sanitised HTML. No inline script or style: the CSP forbids both.
'use strict';

(function () {
  const API = '/api/v1';
  const DEFAULT_AUDIENCE = 'journalists';
  const DEFAULT_LANG = 'en';
  const MAX_QUERY = 1000; // the API's limit (Params.MAX_QUERY)
  const SEARCH_LIMIT = 10; // FaqController.SEARCH_LIMIT: the same search as the one in the HTML
  const SHORT_MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // The page's own words. A language without an entry here gets the English labels.
  const LABELS = {
    en: {
      title: 'DICOM and security: answers for the press',
      skip: 'Skip to the answers',
      heading: 'DICOM and security: answers for the press',
      lede: 'Every answer on this page was approved by DICOM Working Group 14 (Security). '
        + 'Quote them freely; each names its sources and the date of its next review.',
      languages: 'Language',
      tools: 'Search and audience',
      searchLabel: 'Search the answers',
      searchHint: 'For example: Is DICOM to blame for leaked images?',
      search: 'Search',
      showAll: 'Show all answers',
      audience: 'Written for',
      contact: 'Press contact:',
      footer: 'DICOM Working Group 14 (Security). Questions we have not answered yet reach the working group\'s secretariat.',
      loading: 'Loading the answers…',
      count: (n) => (n === 1 ? '1 approved answer.' : n + ' approved answers.'),
      matches: (n) => (n === 1 ? '1 answer matches your search.' : n + ' answers match your search.'),
      noMatch: 'No approved answer matches your search. Here are all the answers; you could try other words.',
      tooLong: (n) => 'That search is ' + n + ' characters long; a search can have at most 1,000. Here are all the answers.',
      badAudience: (label) => 'This page has no answers for the audience the link asked for. Here are the answers for ' + label + '.',
      badLang: (name) => 'This page has no answers in the language the link asked for. Here are the answers in ' + name + '.',
      goneReply: 'The answer this link points to is no longer available. Here are all the answers.',
      failed: 'The answers could not be loaded. Please try again in a moment.',
      searchFailed: 'The search did not work just now. Here are all the answers; please try again in a moment.',
      onlyIn: (name) => 'This answer is only available in ' + name + '.',
      readFull: 'Read the full answer',
      sources: 'Sources',
      approved: (by, on, review) => 'Approved by ' + by + ' on ' + on + '. Next review by ' + review + '.',
      copyQuote: 'Copy quote',
      copyText: 'Copy full answer',
      copyMarkdown: 'Copy as Markdown',
      link: 'Link to this answer',
      copied: { quote: 'Quote copied.', text: 'Full answer copied as plain text.', markdown: 'Full answer copied as Markdown.' },
      copyFailed: 'Copying did not work here; please select the text and copy it by hand.',
      helpful: 'Was this helpful?',
      yes: 'Yes',
      no: 'No',
      thanks: 'Thank you for telling us.',
      feedbackFailed: 'Your answer could not be sent just now.',
      attribution: (date) => 'DICOM WG-14 (Security), approved ' + date,
      longDate: 'en-GB',
    },
    de: {
      title: 'DICOM und Sicherheit: Antworten für die Presse',
      skip: 'Zu den Antworten springen',
      heading: 'DICOM und Sicherheit: Antworten für die Presse',
      lede: 'Jede Antwort auf dieser Seite hat die DICOM-Arbeitsgruppe 14 (Sicherheit) freigegeben. '
        + 'Sie dürfen sie frei zitieren; jede nennt ihre Quellen und das Datum ihrer nächsten Prüfung.',
      languages: 'Sprache',
      tools: 'Suche und Zielgruppe',
      searchLabel: 'Antworten durchsuchen',
      searchHint: 'Zum Beispiel: Ist DICOM schuld an den offengelegten Bildern?',
      search: 'Suchen',
      showAll: 'Alle Antworten zeigen',
      audience: 'Geschrieben für',
      contact: 'Pressekontakt:',
      footer: 'DICOM-Arbeitsgruppe 14 (Sicherheit). Fragen, die wir noch nicht beantwortet haben, erreichen das Sekretariat der Arbeitsgruppe.',
      loading: 'Die Antworten werden geladen …',
      count: (n) => (n === 1 ? '1 freigegebene Antwort.' : n + ' freigegebene Antworten.'),
      matches: (n) => (n === 1 ? '1 Antwort passt zu Ihrer Suche.' : n + ' Antworten passen zu Ihrer Suche.'),
      noMatch: 'Keine freigegebene Antwort passt zu Ihrer Suche. Hier sind alle Antworten; versuchen Sie es mit anderen Wörtern.',
      tooLong: (n) => 'Diese Suche ist ' + n + ' Zeichen lang; erlaubt sind höchstens 1.000. Hier sind alle Antworten.',
      badAudience: (label) => 'Für die Zielgruppe, die der Link nennt, gibt es hier keine Antworten. Hier sind die Antworten für ' + label + '.',
      badLang: (name) => 'In der Sprache, die der Link nennt, gibt es hier keine Antworten. Hier sind die Antworten auf ' + name + '.',
      goneReply: 'Die Antwort, auf die dieser Link zeigt, gibt es nicht mehr. Hier sind alle Antworten.',
      failed: 'Die Antworten konnten nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
      searchFailed: 'Die Suche hat gerade nicht funktioniert. Hier sind alle Antworten; bitte versuchen Sie es gleich noch einmal.',
      onlyIn: (name) => 'Diese Antwort gibt es nur auf ' + name + '.',
      readFull: 'Die ganze Antwort lesen',
      sources: 'Quellen',
      approved: (by, on, review) => 'Freigegeben von ' + by + ' am ' + on + '. Nächste Prüfung bis ' + review + '.',
      copyQuote: 'Zitat kopieren',
      copyText: 'Ganze Antwort kopieren',
      copyMarkdown: 'Als Markdown kopieren',
      link: 'Link zu dieser Antwort',
      copied: { quote: 'Zitat kopiert.', text: 'Ganze Antwort als Text kopiert.', markdown: 'Ganze Antwort als Markdown kopiert.' },
      copyFailed: 'Kopieren hat hier nicht funktioniert; bitte markieren Sie den Text und kopieren Sie ihn von Hand.',
      helpful: 'War das hilfreich?',
      yes: 'Ja',
      no: 'Nein',
      thanks: 'Danke für Ihre Rückmeldung.',
      feedbackFailed: 'Ihre Rückmeldung konnte gerade nicht gesendet werden.',
      attribution: (date) => 'DICOM WG-14 (Sicherheit), freigegeben am ' + date,
      longDate: 'de-DE',
    },
  };

  const state = {
    matrix: null,
    audience: DEFAULT_AUDIENCE,
    lang: DEFAULT_LANG,
    q: '',
    replies: [], // the audience's replies: in the page's language and English at least
    languages: [], // every language the audience has replies in
    hits: null, // topic ids of a search, best first; null without a search
    applied: null, // the location.search last shown
    generation: 0, // a newer navigation makes an older one's answer stale
  };
  const loaded = new Map(); // audience -> {replies, languages, covers: the languages in replies, or null for all}
  const searches = new Map();
  const el = (id) => document.getElementById(id);
  const words = (lang) => LABELS[lang] || LABELS[DEFAULT_LANG];
  const t = () => words(state.lang);

  function node(tag, className, text) {
    const n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined && text !== null) n.textContent = text;
    return n;
  }

  async function getJson(path) {
    const response = await fetch(API + path, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + path);
    return response.json();
  }

  function languageName(code, inLanguage) {
    try {
      const name = new Intl.DisplayNames([inLanguage || code], { type: 'language' }).of(code);
      return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
    } catch (e) {
      return code;
    }
  }

  function isoDate(iso) {
    return iso ? new Date(iso + 'T00:00:00Z') : null;
  }

  function longDate(iso, lang) {
    const d = isoDate(iso);
    return d ? d.toLocaleDateString(words(lang).longDate, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
  }

  /** "20 Nov 2026" (fixed English month names: the browser's own may say "Sept"), "20. Nov. 2026" in German. */
  function shortDate(iso, lang) {
    const d = isoDate(iso);
    if (!d) return '';
    if (words(lang) === LABELS.en) return d.getUTCDate() + ' ' + SHORT_MONTHS_EN[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
    return d.toLocaleDateString(words(lang).longDate, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  // ---- the URL ----

  function readUrl() {
    const params = new URLSearchParams(location.search);
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      hash = '';
    }
    return { q: params.get('q') || '', audience: params.get('audience'), lang: params.get('lang'), hash };
  }

  /** Only what differs from the default view, so a shared link stays short and has one spelling. */
  function urlFor(view, hash) {
    const params = new URLSearchParams();
    if (view.q) params.set('q', view.q);
    if (view.audience !== defaultAudience()) params.set('audience', view.audience);
    if (view.lang !== DEFAULT_LANG) params.set('lang', view.lang);
    const query = params.toString();
    return location.pathname + (query ? '?' + query : '') + (hash ? '#' + encodeURIComponent(hash) : '');
  }

  function navigate(view) {
    history.pushState(null, '', urlFor(view, ''));
    return show(true).catch(failed);
  }

  // ---- the data ----

  function servedAudiences() {
    const served = new Set(state.matrix.cells.filter((c) => c.ids.length).map((c) => c.audience));
    return state.matrix.audiences.filter((a) => served.has(a.id));
  }

  function defaultAudience() {
    const served = servedAudiences();
    return served.some((a) => a.id === DEFAULT_AUDIENCE) || !served.length ? DEFAULT_AUDIENCE : served[0].id;
  }

  function audienceOf(id) {
    const cell = state.matrix.cells.find((c) => c.ids.includes(id));
    return cell ? cell.audience : null;
  }

  /** The audience's replies; fetched whole when what is at hand lacks the language or the reply asked for. */
  async function repliesFor(audience, lang, id) {
    const have = loaded.get(audience);
    const enough = have && (!have.covers || ((!lang || have.covers.includes(lang)) && (!id || have.replies.some((r) => r.id === id))));
    if (!enough) {
      const replies = (await getJson('/snippets?audience=' + encodeURIComponent(audience))).snippets;
      loaded.set(audience, { replies, languages: [...new Set(replies.map((r) => r.language))], covers: null });
    }
    return loaded.get(audience);
  }

  function searchKey(q, audience, lang) {
    return JSON.stringify([q, audience, lang]);
  }

  /** The topics a search is confident about, best first: a page for the press must not guess. */
  async function searchTopics(q, audience, lang) {
    const key = searchKey(q, audience, lang);
    if (!searches.has(key)) {
      searches.set(key, await getJson('/search?limit=' + SEARCH_LIMIT + '&q=' + encodeURIComponent(q)
        + '&audience=' + encodeURIComponent(audience) + '&lang=' + encodeURIComponent(lang)));
    }
    return searches.get(key).hits.filter((h) => h.confident).map((h) => h.topic);
  }

  /** Per topic, the reply in the page's language, else the English one. */
  function chosenReplies() {
    const rank = (r) => (r.language === state.lang ? 0 : r.language === DEFAULT_LANG ? 1 : 2);
    const byTopic = new Map();
    for (const r of state.replies) {
      const current = byTopic.get(r.topic);
      if (!current || rank(r) < rank(current)) byTopic.set(r.topic, r);
    }
    const order = state.hits && state.hits.length ? state.hits : state.matrix.topics.map((topic) => topic.id);
    return order.map((topic) => byTopic.get(topic)).filter(Boolean);
  }

  // ---- reading the URL into a view ----

  /**
   * Shows what the URL asks for. A value the page cannot serve is replaced by the default and,
   * unless the page itself wrote the URL (quiet), explained in a message; the URL is then rewritten
   * to what is shown, so reload and a shared link agree with the screen.
   */
  async function show(quiet) {
    const generation = ++state.generation;
    el('replies').setAttribute('aria-busy', 'true');
    const url = readUrl();
    const notices = [];
    let audience = url.audience || defaultAudience();
    const target = url.hash && audienceOf(url.hash);
    if (target) {
      audience = target; // a permalink names its reply, and the reply its audience
    } else if (!servedAudiences().some((a) => a.id === audience)) {
      audience = defaultAudience();
      const label = state.matrix.audiences.find((a) => a.id === audience)?.label || audience;
      notices.push((w) => w.badAudience(label));
    }
    if (audience !== state.audience || !state.replies.length) say(t().loading);
    const { languages } = await repliesFor(audience, null, target ? url.hash : null);
    if (generation !== state.generation) return;

    let lang = (url.lang || DEFAULT_LANG).toLowerCase();
    const pinned = target ? loaded.get(audience).replies.find((r) => r.id === url.hash) : null;
    if (pinned && pinned.language !== lang && !url.lang) lang = pinned.language; // a permalink shows its reply's language
    if (!languages.includes(lang) && lang !== DEFAULT_LANG) {
      if (!quiet) notices.push((w) => w.badLang(languageName(DEFAULT_LANG, w.longDate)));
      lang = DEFAULT_LANG;
    }
    let q = url.q.trim();
    if (q.length > MAX_QUERY) {
      const length = q.length;
      notices.push((w) => w.tooLong(length.toLocaleString(w.longDate)));
      q = '';
    }
    // Only an id the page does not know: "#replies" (the skip link) is not a reply
    if (url.hash && !target && !document.getElementById(url.hash)) notices.push((w) => w.goneReply);

    const { replies } = await repliesFor(audience, lang, null);
    if (generation !== state.generation) return;
    Object.assign(state, { audience, replies, languages, lang, q });
    if (pinned && !chosenReplies().includes(pinned)) state.lang = pinned.language;
    state.hits = null;
    let searchFailed = false;
    if (q) {
      try {
        const topics = await searchTopics(q, audience, state.lang);
        // a topic this audience has no reply on (the search may answer with another audience's) shows nothing here
        state.hits = topics.filter((topic) => replies.some((r) => r.topic === topic));
      } catch (e) {
        searchFailed = true;
        console.warn(e);
      }
      if (generation !== state.generation) return;
    }
    history.replaceState(null, '', urlFor(state, target ? url.hash : ''));
    state.applied = location.search;
    render(notices, searchFailed, pinned);
  }

  // ---- the page ----

  function applyLabels() {
    const w = t();
    document.documentElement.lang = state.lang;
    document.title = w.title;
    for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = w[n.dataset.i18n];
    for (const n of document.querySelectorAll('[data-i18n-placeholder]')) n.placeholder = w[n.dataset.i18nPlaceholder];
    el('languages').setAttribute('aria-label', w.languages);
  }

  function renderLanguages() {
    const nav = el('languages');
    const languages = [...state.languages].sort((a, b) => (a === DEFAULT_LANG ? -1 : b === DEFAULT_LANG ? 1 : a.localeCompare(b)));
    nav.replaceChildren();
    nav.hidden = languages.length < 2;
    for (const code of languages) {
      const link = node('a', null, languageName(code, code));
      link.lang = code;
      link.hreflang = code;
      link.href = urlFor({ q: state.q, audience: state.audience, lang: code }, '');
      if (code === state.lang) link.setAttribute('aria-current', 'true');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate({ q: state.q, audience: state.audience, lang: code });
      });
      nav.appendChild(link);
    }
  }

  function renderAudiences() {
    const select = el('audience');
    select.replaceChildren(...servedAudiences().map((a) => {
      const option = node('option', null, a.label);
      option.value = a.id;
      option.selected = a.id === state.audience;
      return option;
    }));
  }

  function renderContact() {
    const contact = state.matrix.contact;
    const p = el('contact');
    p.replaceChildren();
    p.hidden = !contact || !contact.name;
    if (p.hidden) return;
    p.append(t().contact + ' ');
    if (contact.url && /^(https?:|mailto:)/i.test(contact.url)) {
      const link = node('a', null, contact.name);
      link.href = contact.url;
      p.appendChild(link);
    } else {
      p.append(contact.name);
    }
  }

  function render(notices, searchFailed, pinned) {
    applyLabels();
    renderLanguages();
    renderAudiences();
    renderContact();
    el('q').value = state.q;
    el('clear').hidden = !state.q;
    let shown = chosenReplies();
    if (pinned && !shown.includes(pinned)) shown = [pinned, ...shown];
    el('replies').replaceChildren(...shown.map(FaqReply.render));
    el('replies').removeAttribute('aria-busy');
    performance.mark('faq-shown'); // the speed test reads when the answers were first on screen
    const notice = el('notice');
    notice.textContent = notices.map((say) => say(t())).join(' ');
    notice.hidden = !notices.length;
    const w = t();
    if (searchFailed) say(w.searchFailed);
    else if (state.q && !state.hits.length) say(w.noMatch);
    else say(state.q ? w.matches(shown.length) : w.count(shown.length));
    openFromHash();
  }

  function say(text) {
    el('status').textContent = text;
  }

  function openFromHash() {
    const { hash } = readUrl();
    const target = hash && document.getElementById(hash);
    if (!target || !target.classList.contains('reply')) return;
    target.querySelector('details').open = true;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }

  function failed(error) {
    say(t().failed);
    el('replies').removeAttribute('aria-busy');
    console.warn(error);
  }

  let completionTimer;
  function complete() {
    clearTimeout(completionTimer);
    const q = el('q').value.trim();
    if (q.length < 2 || q.length > MAX_QUERY) return;
    completionTimer = setTimeout(async () => {
      try {
        const data = await getJson('/suggest?limit=8&q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(state.lang));
        el('completions').replaceChildren(...data.suggestions.map((s) => { const o = node('option'); o.value = s.text; return o; }));
      } catch (e) {
        // completions are a convenience: the search works without them
      }
    }, 150);
  }

  function togglePrint(open) {
    for (const d of document.querySelectorAll('.reply details')) {
      if (open) { d.dataset.wasOpen = d.open; d.open = true; } else { d.open = d.dataset.wasOpen === 'true'; }
    }
  }

  // The reply items: rendering, copying and feedback (faq.js stays one file: one request).
  const FaqReply = {
    permalink: (reply) => location.origin + location.pathname + '#' + encodeURIComponent(reply.id),

    attribution: (reply) => words(reply.language).attribution(shortDate(reply.approvedOn, reply.language)) + ', ' + FaqReply.permalink(reply),

    /** The summary, the part a reporter quotes, with whom to credit and where it lives. */
    quote: (reply) => reply.summary.trim() + '\n— ' + FaqReply.attribution(reply) + '\n',

    /** The API's plain-text form of the body (text), laid out as the API's text/plain answer. */
    text(reply) {
      const sources = reply.sources.map((s) => '- ' + s.title + ': ' + s.url).join('\n');
      return reply.title + '\n\n' + reply.summary.trim() + '\n\n' + reply.text.trim() + '\n\n'
        + words(reply.language).sources + ':\n' + sources + '\n\n— ' + FaqReply.attribution(reply) + '\n';
    },

    /** The reply's Markdown (body), laid out as the API's text/markdown answer. */
    markdown(reply) {
      const escape = (s) => s.replace(/[[\]\\]/g, '\\$&');
      const sources = reply.sources.map((s) => '- [' + escape(s.title) + '](' + s.url + ')').join('\n');
      const credit = words(reply.language).attribution(shortDate(reply.approvedOn, reply.language));
      return '# ' + reply.title + '\n\n*' + reply.summary.trim() + '*\n\n' + reply.body.trim() + '\n\n## '
        + words(reply.language).sources + '\n\n' + sources + '\n\n— ' + credit + ', <' + FaqReply.permalink(reply) + '>\n';
    },

    render(reply) {
      const w = t();
      const foreign = reply.language !== state.lang ? reply.language : null;
      const article = node('article', 'reply');
      article.id = reply.id;
      article.tabIndex = -1;
      const heading = node('h2', null, reply.title);
      heading.id = 'title-' + reply.id;
      article.setAttribute('aria-labelledby', heading.id);
      const summary = node('p', 'summary', reply.summary);
      const body = node('div', 'body');
      body.innerHTML = reply.html; // sanitised by the API: raw HTML in the library is escaped there
      const sources = node('ul', 'sources');
      for (const source of reply.sources) {
        const link = node('a', null, source.title);
        link.href = source.url;
        link.rel = 'noopener noreferrer';
        sources.appendChild(node('li')).appendChild(link);
      }
      if (foreign) for (const part of [heading, summary, body, sources]) part.lang = foreign;
      article.appendChild(heading);
      if (foreign) article.appendChild(node('p', 'note', w.onlyIn(languageName(foreign, state.lang))));
      article.appendChild(summary);
      article.appendChild(node('p', 'meta', w.approved(reply.approvedBy.join(', '), longDate(reply.approvedOn, state.lang),
        longDate(reply.reviewBy, state.lang))));
      const details = node('details');
      details.appendChild(node('summary', null, w.readFull));
      details.append(body, node('h3', null, w.sources), sources);
      article.appendChild(details);

      const actions = node('div', 'actions');
      for (const [action, label] of [['quote', w.copyQuote], ['text', w.copyText], ['markdown', w.copyMarkdown]]) {
        const button = node('button', 'secondary', label);
        button.type = 'button';
        button.dataset.copy = action;
        actions.appendChild(button);
      }
      const permalink = node('a', 'permalink', w.link);
      permalink.href = urlFor(state, reply.id);
      actions.append(permalink, node('span', 'done'));
      actions.lastChild.setAttribute('role', 'status');
      article.appendChild(actions);

      const feedback = node('div', 'feedback');
      feedback.setAttribute('role', 'group');
      const question = node('span', null, w.helpful);
      question.id = 'helpful-' + reply.id;
      feedback.setAttribute('aria-labelledby', question.id);
      feedback.appendChild(question);
      for (const [helpful, label] of [[true, w.yes], [false, w.no]]) {
        const button = node('button', 'secondary', label);
        button.type = 'button';
        button.dataset.helpful = String(helpful);
        button.setAttribute('aria-pressed', 'false');
        feedback.appendChild(button);
      }
      feedback.appendChild(node('span', 'done')).setAttribute('role', 'status');
      article.appendChild(feedback);
      return article;
    },

    async copy(button, reply) {
      const text = FaqReply[button.dataset.copy](reply);
      const done = button.parentElement.querySelector('.done');
      done.textContent = (await FaqReply.write(text, button)) ? t().copied[button.dataset.copy] : t().copyFailed;
    },

    /** The Clipboard API where the page is a secure context, else the older copy command. */
    async write(text, button) {
      if (navigator.clipboard && window.isSecureContext) {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch (e) {
          // fall through to the older way
        }
      }
      const area = node('textarea', 'offscreen');
      area.value = text;
      area.readOnly = true;
      document.body.appendChild(area);
      area.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      area.remove();
      button.focus();
      return copied;
    },

    /** "Was this helpful?": one event per click for the working group's report. */
    async feedback(button, reply) {
      const group = button.parentElement;
      for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
      const done = group.querySelector('.done');
      try {
        const response = await fetch(API + '/feedback', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ id: reply.id, helpful: button.dataset.helpful === 'true', q: state.q || null }),
        });
        done.textContent = response.ok ? t().thanks : t().feedbackFailed;
      } catch (e) {
        done.textContent = t().feedbackFailed;
      }
    },
  };

  function onReplyClick(event) {
    const button = event.target.closest('button');
    const article = button && button.closest('article.reply');
    if (!article) return;
    const reply = state.replies.find((r) => r.id === article.id);
    if (!reply) return;
    if (button.dataset.copy) FaqReply.copy(button, reply);
    else if (button.dataset.helpful) FaqReply.feedback(button, reply);
  }

  document.addEventListener('DOMContentLoaded', () => {
    try {
      const data = JSON.parse(el('faq-data').textContent);
      state.matrix = data.matrix;
      loaded.set(data.audience, { replies: data.snippets, languages: data.languages, covers: [data.lang, DEFAULT_LANG] });
      if (data.search) searches.set(searchKey(data.search.q, data.search.audience, data.search.lang), data.search.result);
    } catch (e) {
      failed(e);
      return;
    }
    el('search').addEventListener('submit', (event) => {
      event.preventDefault();
      navigate({ q: el('q').value.trim(), audience: state.audience, lang: state.lang });
    });
    el('clear').addEventListener('click', () => {
      navigate({ q: '', audience: state.audience, lang: state.lang });
      el('q').focus();
    });
    el('audience').addEventListener('change', () => navigate({ q: state.q, audience: el('audience').value, lang: state.lang }));
    el('q').addEventListener('input', complete);
    el('replies').addEventListener('click', onReplyClick);
    window.addEventListener('popstate', () => {
      if (location.search === state.applied) openFromHash();
      else show(true).catch(failed);
    });
    window.addEventListener('hashchange', openFromHash);
    window.addEventListener('beforeprint', () => togglePrint(true));
    window.addEventListener('afterprint', () => togglePrint(false));
    show(false).catch(failed);
  });
}());
