// Opens LaunchCheck report pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser is downloaded) and reports what a person would see, as JSON on stdout, for the
// end-to-end suite (ReportPageIT) to judge:
//
//   node report-page.mjs '{"url": "...", "codes": ["IT", "DE"], "refused": ["..."], "out": "target/report-page"}'
//
// For the page: the HTTP status, the title, the computed fill colour of each named country on the map, the text
// of the findings, the overall verdict, a launch map's scope, the rules not checked and the findings shown once for several jurisdictions (each with its number of targets); whether the page fits a phone's width; screenshots (desktop, phone, print)
// and a PDF under `out`. For each refused URL: its status and the text shown.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const input = JSON.parse(process.argv[2] ?? '{}');
if (!input.url || !input.out) {
  console.error('usage: node report-page.mjs \'{"url": "...", "codes": [...], "refused": [...], "out": "dir"}\'');
  process.exit(2);
}
mkdirSync(input.out, { recursive: true });
const profile = mkdtempSync(path.join(input.out, 'chromium-profile-'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
  timeout: 60_000,
});
const result = {};
try {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const response = await page.goto(input.url, { waitUntil: 'load' });
  result.status = response.status();
  result.title = await page.title();
  result.fills = await page.evaluate(codes => Object.fromEntries(codes.map(code => {
    const shape = document.querySelector(`#world-map path[data-code="${code}"]`);
    return [code, shape ? getComputedStyle(shape).fill : null];
  })), input.codes ?? []);
  result.overall = await page.locator('#overall').innerText();
  result.scope = (await page.locator('#scope').count()) ? await page.locator('#scope').innerText() : null;
  result.rulesetVersion = await page.locator('#ruleset-version').innerText();
  result.findings = await page.locator('#findings').innerText();
  result.timeline = await page.locator('#timeline').innerText();
  result.attribution = await page.locator('figcaption').innerText();
  // each rule not checked as the page lists it: its id, how many targets it names, whether it is on screen
  result.notChecked = await page.locator('#not-checked [data-rule]').evaluateAll(items => items.map(item => ({
    rule: item.dataset.rule, targets: item.querySelectorAll('.reaches a').length,
    visible: item.getBoundingClientRect().height > 0,
  })));
  // each finding shown once for several jurisdictions: its rule id and how many jurisdictions it names
  result.shared = await page.locator('#shared-findings [data-rule]').evaluateAll(items => items.map(item => ({
    rule: item.dataset.rule, targets: item.querySelectorAll('.reaches a').length,
  })));
  result.sharedRefs = await page.locator('#findings .shared-ref a').count();
  result.scripts = await page.locator('script').count();
  result.screenshot = path.join(input.out, 'report-page.png');
  await page.screenshot({ path: result.screenshot, fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  result.phone = await page.evaluate(() => ({
    viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
  }));
  result.phoneScreenshot = path.join(input.out, 'report-page-phone.png');
  await page.screenshot({ path: result.phoneScreenshot, fullPage: false });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  result.printScreenshot = path.join(input.out, 'report-page-print.png');
  await page.screenshot({ path: result.printScreenshot, fullPage: true });
  result.pdf = path.join(input.out, 'report-page.pdf');
  await page.pdf({ path: result.pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  result.refused = [];
  for (const url of input.refused ?? []) {
    const refused = await page.goto(url, { waitUntil: 'load' });
    result.refused.push({ url, status: refused.status(), text: await page.locator('body').innerText() });
  }
  if (input.refused?.length) {
    await page.screenshot({ path: path.join(input.out, 'report-page-refused.png') });
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
