// A browser as far as sign-in flows over HTTP need one: cookies kept per origin (the console and
// an OpenID provider on another port), redirects followed by hand so every Set-Cookie is seen.
import { CookieJar } from "./cookie-jar.ts";

export interface Visit {
  status: number;
  url: string;
  text: string;
  headers: Headers;
}

export class HttpBrowser {
  private readonly jars = new Map<string, CookieJar>();

  jar(origin: string): CookieJar {
    const known = this.jars.get(origin);
    if (known) return known;
    const jar = new CookieJar();
    this.jars.set(origin, jar);
    return jar;
  }

  /** GET (or POST a form) and follow redirects the way a browser does (303: GET). */
  async go(url: string, options: { form?: Record<string, string>; follow?: boolean } = {}): Promise<Visit> {
    let current = new URL(url);
    let form = options.form;
    for (let hop = 0; hop < 15; hop++) {
      const jar = this.jar(current.origin);
      const response = await fetch(current, {
        method: form ? "POST" : "GET",
        redirect: "manual",
        headers: {
          cookie: jar.header(),
          ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        body: form ? new URLSearchParams(form) : undefined,
      });
      jar.take(response);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location && options.follow !== false) {
        current = new URL(location, current);
        form = undefined;
        await response.arrayBuffer();
        continue;
      }
      return {
        status: response.status,
        url: current.href,
        text: await response.text(),
        headers: response.headers,
      };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
