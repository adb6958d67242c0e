import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(new Request(`https://art30.example.org${path}`, { headers }));
}

describe('the service’s own pages', () => {
  it.each([
    ['/', 'da', 'Art30 – påmindelser om sletning', 'Tjenesten drives af Example Operator ApS'],
    ['/?lang=en', 'en', 'Art30 – deletion reminders', 'This service is run by Example Operator ApS'],
    ['/privacy', 'da', 'Privatlivspolitik', 'som databehandler (artikel 4, nr. 8, og artikel 28)'],
    ['/privacy?lang=en', 'en', 'Privacy policy', 'as a processor (Article 4(8) and Article 28)'],
    ['/terms', 'da', 'Vilkår', 'privacy@example.org'],
    ['/terms?lang=en', 'en', 'Terms', 'privacy@example.org'],
  ])('%s is served in %s with the operator from configuration', async (path, lang, title, text) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(text);
    expect(html).not.toContain('<script');
  });

  it('follow the browser’s language when no ?lang= is given', async () => {
    const html = await (await get('/privacy', { 'accept-language': 'en-GB,en;q=0.9' })).text();
    expect(html).toContain('<h1>Privacy policy</h1>');
  });
});
