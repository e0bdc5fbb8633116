#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium through playwright-core; nothing downloads a browser of its own.
 * Uses $CHROMIUM_PATH if set, else /usr/bin/chromium; installs Debian's package when missing and running as root.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, but there is no file there.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Chromium is missing: installing Debian’s chromium package (apt-get install -y chromium)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('Installing chromium with apt-get failed; see the output above.');
    process.exit(1);
  }
  if (fs.existsSync(wanted)) process.exit(0);
  console.error(`apt-get finished but ${wanted} is still missing.`);
  process.exit(1);
}
console.error(
  [
    `The browser tests need Chromium at ${wanted}, and it is not there.`,
    'Either install it (Debian/Ubuntu: sudo apt-get install -y chromium),',
    'or point the tests at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chromium npm test',
  ].join('\n'),
);
process.exit(1);
