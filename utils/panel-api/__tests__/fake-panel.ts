/** A fake `fetch` for client tests: maps each request's form fields to a canned answer. */
export type Answer = Response | (() => Response | Promise<Response>) | unknown;

export interface FakePanel {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  requests: URLSearchParams[];
}

export const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(typeof value === 'string' ? value : JSON.stringify(value), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });

export const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html' } });

export function fakePanel(answer: (form: URLSearchParams) => Answer): FakePanel {
  const requests: URLSearchParams[] = [];
  return {
    requests,
    async fetch(_input, init) {
      const form = new URLSearchParams(String(init.body));
      requests.push(form);
      const a = answer(form);
      const value = typeof a === 'function' ? await (a as () => Response | Promise<Response>)() : a;
      return value instanceof Response ? value : json(value);
    },
  };
}
