// A browser's cookies for one site, as far as the decision page needs them: every Set-Cookie is
// kept by name and sent back on the next request; an expired one (clearCookie) is dropped.
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** The Cookie header to send. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const [name = "", ...value] = pair.split("=");
      const gone = attributes.some(
        (attribute) =>
          /^max-age=0$/i.test(attribute) ||
          (/^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) < Date.parse("2000-01-01")),
      );
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value.join("="));
    }
  }
}
