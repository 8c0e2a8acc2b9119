// The limit the app is compared with: a bare node:http server answering every request with the
// same bytes the app answered (a page's HTML or an API's JSON), read once from a file.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [file, contentType, port] = process.argv.slice(2);
const body = readFileSync(file);
http
  .createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
