import { html, LitElement, render as litRender } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSource } from './data-source.js';
import { fetchJson, LoadError } from './fetch-json.js';
import { LocaleController } from './locale-controller.js';
import { filesOf, openSource, readFile } from './published.js';
import { safeUrl } from './safe-url.js';
import { heading, problemsNotice } from './templates.js';

/** A bare host for the controller under test. */
class Host extends LitElement {
  readonly data = new DataSource<string>(this);
  override render() {
    return html`${this.data.status}:${this.data.data ?? ''}`;
  }
}
customElements.define('pk-test-data-host', Host);

function mount(): Host {
  const host = document.createElement('pk-test-data-host') as Host;
  document.body.append(host);
  return host;
}

/** A loader the test resolves or rejects by hand, recording whether it was aborted. */
function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: unknown) => void;
  let signal: AbortSignal | undefined;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const loader = (s: AbortSignal) => {
    signal = s;
    return promise;
  };
  return { loader, resolve, reject, aborted: () => signal?.aborted ?? false };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('DataSource', () => {
  it('lets the newest load win: an older answer arriving later is dropped and its request aborted', async () => {
    const host = mount();
    const first = deferred();
    const second = deferred();
    const one = host.data.load(first.loader);
    const two = host.data.load(second.loader);
    expect(first.aborted()).toBe(true);
    second.resolve('new');
    first.resolve('old');
    await Promise.all([one, two]);
    expect(host.data.data).toBe('new');
    expect(host.data.status).toBe('ready');
  });

  it('keeps the last good data when a refresh fails, and says why', async () => {
    const host = mount();
    await host.data.load(async () => 'good');
    await host.data.load(async () => {
      throw new LoadError('http', '503');
    });
    expect(host.data.status).toBe('error');
    expect(host.data.data).toBe('good');
    expect([host.data.failure, host.data.httpStatus]).toEqual(['http', '503']);
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).toContain('error:good');
  });

  it('loads again when a widget moved in the page while loading is connected again', async () => {
    const host = mount();
    const first = deferred();
    let calls = 0;
    void host.data.load((signal) => {
      calls += 1;
      return calls === 1 ? first.loader(signal) : Promise.resolve('again');
    });
    host.remove();
    expect(first.aborted()).toBe(true);
    document.body.append(host);
    await vi.waitFor(() => expect(host.data.status).toBe('ready'));
    expect(host.data.data).toBe('again');
    expect(calls).toBe(2);
  });

  it('runs the last load again on retry, and takes data given directly', async () => {
    const host = mount();
    let attempt = 0;
    await host.data.load(async () => {
      attempt += 1;
      if (attempt === 1) throw new LoadError('network');
      return 'second time';
    });
    expect(host.data.status).toBe('error');
    await host.data.retry();
    expect(host.data.data).toBe('second time');
    host.data.set('given');
    expect([host.data.status, host.data.data]).toEqual(['ready', 'given']);
  });
});

/** A host that speaks through a `LocaleController` whose words the test hands over by hand. */
class WordsHost extends LitElement {
  readonly asked: string[] = [];
  readonly pending = new Map<string, (words: { hello: string }) => void>();
  readonly words = new LocaleController(this, (locale) => {
    this.asked.push(locale);
    return new Promise<{ hello: string }>((resolve) => this.pending.set(locale, resolve));
  });
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.words.ready;
    return super.getUpdateComplete();
  }
  override render() {
    const m = this.words.messages;
    return m ? html`${this.words.locale}:${m.hello}` : html``;
  }
}
customElements.define('pk-test-words-host', WordsHost);

describe('LocaleController', () => {
  it('loads the words of the page language only, renders once they come, and loads another on a language change', async () => {
    const parent = document.createElement('div');
    parent.lang = 'sv-FI';
    const host = document.createElement('pk-test-words-host') as WordsHost;
    parent.append(host);
    document.body.append(parent);
    expect(host.asked).toEqual(['sv']);
    // updateComplete waits for the words; the first render has happened without them.
    await vi.waitFor(() => expect(host.hasUpdated).toBe(true));
    expect(host.shadowRoot?.textContent).toBe('');
    host.pending.get('sv')?.({ hello: 'hej' });
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).toBe('sv:hej');
    expect(host.words.pageLang).toBe('sv-FI');
    parent.lang = 'en';
    await vi.waitFor(() => expect(host.asked).toEqual(['sv', 'en']));
    // Until the English words come, the widget keeps speaking Swedish.
    expect(host.words.locale).toBe('sv');
    host.pending.get('en')?.({ hello: 'hello' });
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).toBe('en:hello');
  });
});

describe('fetchJson', () => {
  const signal = () => new AbortController().signal;

  it('reads JSON, and fails with a reason for an HTTP error, text that is not JSON, and a server that never answers', async () => {
    expect(await fetchJson('/__pk__/places.json', signal())).toHaveProperty('places');
    await expect(fetchJson('/__pk__/status/404', signal())).rejects.toMatchObject({ failure: 'http', status: '404' });
    await expect(fetchJson('/__pk__/not-json', signal())).rejects.toMatchObject({ failure: 'json' });
    // A short limit for the test; the server holds the request open, so the limit always decides.
    await expect(fetchJson('/__pk__/never', signal(), 200)).rejects.toMatchObject({ failure: 'timeout' });
  });

  it('rejects with the abort reason when the caller aborts, not as a failure', async () => {
    const controller = new AbortController();
    const load = fetchJson('/__pk__/never', controller.signal);
    controller.abort(new DOMException('superseded', 'AbortError'));
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('published folders', () => {
  it('reads a manifest as a folder and finds its files; any other JSON is a single file', async () => {
    const signal = new AbortController().signal;
    const source = await openSource(new URL('/__pk__/published/index.json', document.baseURI), signal, false);
    expect(source.kind).toBe('published');
    if (source.kind !== 'published') return;
    expect(source.folder.trusted).toBe(false);
    const [places] = filesOf(source.folder, 'places');
    expect(places?.path).toBe('places.json');
    const json = (await readFile(source.folder, places!, signal)) as { places: unknown[] };
    expect(json.places).toHaveLength(3);
    const single = await openSource(new URL('/__pk__/places.json', document.baseURI), signal, false);
    expect(single.kind).toBe('file');
  });
});

describe('safeUrl', () => {
  it('keeps web addresses, and e-mail and phone only when asked; drops javascript: and data:', () => {
    expect(safeUrl('https://example.org/x')).toBe('https://example.org/x');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeUrl('mailto:a@example.org')).toBeUndefined();
    expect(safeUrl('mailto:a@example.org', true)).toBe('mailto:a@example.org');
    expect(safeUrl('')).toBeUndefined();
    expect(safeUrl('http://[bad')).toBeUndefined();
  });
});

describe('templates', () => {
  it('clamps the heading level to 2–6', async () => {
    const host = document.createElement('div');
    litRender(html`${heading(1, 'a')}${heading(9, 'b')}${heading(Number.NaN, 'c', { fallback: 4 })}`, host);
    expect([...host.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => h.localName)).toEqual(['h2', 'h6', 'h4']);
  });

  it('shows one alert with the failure, the data problems and the settings, and nothing when all is well', async () => {
    const host = document.createElement('div');
    const onClick = vi.fn();
    litRender(
      problemsNotice({
        failure: { text: 'Loading failed.', detail: 'HTTP 404', retry: { label: 'Try again', onClick } },
        issues: { heading: '2 problems', summary: '3 rows kept.', items: ['row 1', 'row 2'] },
      }),
      host,
    );
    expect(host.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(host.querySelectorAll('li')).toHaveLength(2);
    host.querySelector('button')?.click();
    expect(onClick).toHaveBeenCalledOnce();
    litRender(problemsNotice({}), host);
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
