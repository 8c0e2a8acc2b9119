// A tiny content model rendered twice, as plain text and as HTML, so both bodies always say the
// same thing. Every string is treated as text: the HTML renderer escapes all of it.
import { escapeHtml } from './escape';

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  /** Label/value pairs (date, venue…); a value may span several lines. */
  | { type: 'details'; rows: { label: string; value: string }[] }
  | { type: 'list'; items: string[] }
  /** A sentence followed by a link, e.g. the private manage link. */
  | { type: 'link'; text: string; label: string; url: string }
  /** An image attached to the e-mail (Content-ID), e.g. the check-in QR code; only in the HTML body. */
  | { type: 'image'; cid: string; alt: string; width: number; height: number };

export type EmailDocument = {
  /** The e-mail's subject, also the HTML <title>. */
  title: string;
  /** The main heading (h1). */
  heading: string;
  blocks: Block[];
  footer: string[];
};

const BRAND = 'Tour de France de la clause sociale';

export function renderText(doc: EmailDocument): string {
  const out: string[] = [BRAND, '', doc.heading, '='.repeat(Math.min(doc.heading.length, 72)), ''];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(block.text, '');
        break;
      case 'heading':
        out.push(block.text, '-'.repeat(Math.min(block.text.length, 72)), '');
        break;
      case 'details':
        for (const row of block.rows) {
          const [first, ...rest] = row.value.split('\n');
          out.push(`${row.label} : ${first}`, ...rest.map((line) => `    ${line}`));
        }
        out.push('');
        break;
      case 'list':
        out.push(...block.items.map((item) => `- ${item}`), '');
        break;
      case 'link':
        out.push(block.text, block.url, '');
        break;
      case 'image':
        break;
    }
  }
  out.push('--', ...doc.footer);
  return out.join('\n') + '\n';
}

// Only links we build ourselves end up here, but an unexpected scheme (javascript:…) is never a link.
const isSafeUrl = (url: string) => /^(https?:\/\/|mailto:)/i.test(url);

const lines = (value: string) => value.split('\n').map(escapeHtml).join('<br>');

export function renderHtml(doc: EmailDocument): string {
  const body: string[] = [];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'paragraph':
        body.push(`<p style="margin:0 0 16px">${lines(block.text)}</p>`);
        break;
      case 'heading':
        body.push(`<h2 style="margin:24px 0 8px;font-size:18px;color:#10213f">${escapeHtml(block.text)}</h2>`);
        break;
      case 'details':
        body.push(
          '<dl style="margin:0 0 16px">',
          ...block.rows.map(
            (row) =>
              `<dt style="font-weight:bold;color:#10213f">${escapeHtml(row.label)}</dt>` +
              `<dd style="margin:0 0 8px 0">${lines(row.value)}</dd>`,
          ),
          '</dl>',
        );
        break;
      case 'list':
        body.push('<ul style="margin:0 0 16px;padding-left:24px">', ...block.items.map((item) => `<li>${escapeHtml(item)}</li>`), '</ul>');
        break;
      case 'link':
        body.push(
          `<p style="margin:0 0 16px">${lines(block.text)}<br>` +
            (isSafeUrl(block.url)
              ? `<a href="${escapeHtml(block.url)}" style="color:#1f3d80;font-weight:bold">${escapeHtml(block.label)}</a>`
              : escapeHtml(block.url)) +
            '</p>',
        );
        break;
      case 'image':
        body.push(
          `<p style="margin:0 0 16px"><img src="cid:${escapeHtml(block.cid)}" alt="${escapeHtml(block.alt)}" ` +
            `width="${block.width}" height="${block.height}" style="display:block;border:0"></p>`,
        );
        break;
    }
  }
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background:#ffffff;color:#0f172a;font-family:system-ui,-apple-system,\'Segoe UI\',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">',
    '<div style="max-width:640px;margin:0 auto;padding:24px 16px">',
    `<p style="margin:0 0 16px;font-weight:bold;color:#18305f">${BRAND}</p>`,
    '<main>',
    `<h1 style="margin:0 0 16px;font-size:24px;color:#10213f">${escapeHtml(doc.heading)}</h1>`,
    ...body,
    '</main>',
    '<footer style="margin-top:32px;border-top:1px solid #cbd5e1;padding-top:16px;font-size:14px;color:#334155">',
    ...doc.footer.map((line) => `<p style="margin:0 0 8px">${lines(line)}</p>`),
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
