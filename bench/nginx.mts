// The documented production front: Debian's nginx with deploy/nginx/tour-cache.conf and
// tour-proxy.conf as they are in the repo, in front of the app, on plain HTTP for the bench.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../scripts/embedded.mts';
import { startService, type Service } from './load.mts';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export async function nginxAvailable(): Promise<boolean> {
  try {
    await promisify(execFile)(NGINX, ['-v']);
    return true;
  } catch {
    return false;
  }
}

export async function nginxFront(tmp: string, appPort: number): Promise<{ url: string; version: string; service: Service }> {
  const { stderr } = await promisify(execFile)(NGINX, ['-v']);
  const version = stderr.trim().replace(/^nginx version: /, '');
  const dir = path.join(tmp, 'nginx');
  mkdirSync(path.join(dir, 'cache'), { recursive: true });
  const port = await freePort();
  const repo = (file: string) => path.resolve('deploy/nginx', file);
  // The cache zone's folder is the only change to the repo's files.
  writeFileSync(path.join(dir, 'tour-cache.conf'), readFileSync(repo('tour-cache.conf'), 'utf8').replace('/var/cache/nginx/tour', path.join(dir, 'cache')));
  const conf = `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  # As Debian's /etc/nginx/nginx.conf.
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/tour-cache.conf;
  upstream tour_app {
    server 127.0.0.1:${appPort};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    server_name 127.0.0.1;
    include ${repo('tour-proxy.conf')};
  }
}
`;
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  const service = await startService(NGINX, ['-e', path.join(dir, 'error.log'), '-c', file, '-g', 'daemon off;'], process.env, `http://127.0.0.1:${port}/robots.txt`, 'nginx');
  return { url: `http://127.0.0.1:${port}`, version, service };
}
