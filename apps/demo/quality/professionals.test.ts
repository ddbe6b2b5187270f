// Issue 15, "Done when": the demo's professionals' page shows the agreement status, the steering
// group's agendas and the coordinator's wheel, under the strict CSP (pages.test.ts runs axe on it at
// 1280 px, 320 px and in forced colours). What the page shows is compared with core's answers for the
// built-in data, not with numbers copied here; the group calendar files carry the agendas too.
import { readFileSync } from 'node:fs';
import { actionPlanFile, agreementStatus, helsinkiToday, meetingAgendas } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, type Site, skipWithoutBrowser } from './harness.js';

const DIST = new URL('../dist/', import.meta.url);

describe.skipIf(skipWithoutBrowser)("the professionals' page (ammattilaisille)", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows every party of the 2026–2029 agreement with its state: Rantasalmi approved (KHALL 3.11.2025 § 331)', async () => {
    const opened = await openPage(site, '/ammattilaisille/', { lang: 'fi' });
    try {
      const rows = await opened.page.locator('pk-agreement-status tbody tr').allInnerTexts();
      const status = agreementStatus(etelaSavo, 'etela-savo-2026-2029', helsinkiToday());
      expect(rows).toHaveLength(status.parties.length);
      const rantasalmi = rows.find((row) => row.includes('Rantasalmen kunta'))!;
      expect(rantasalmi).toMatch(/Hyväksynyt/);
      expect(rantasalmi).toMatch(/KHALL/);
      expect(rantasalmi).toMatch(/§ 331/);
      expect(rantasalmi).toMatch(/3\.11\.2025/);
      const toAct = status.parties.filter((p) => p.state === 'to-act').length;
      expect(toAct).toBeGreaterThan(0);
      expect(rows.filter((row) => row.includes('Vielä toimimatta'))).toHaveLength(toAct);
    } finally {
      await opened.close();
    }
  });

  it("lists the steering group's coming meetings with the items due to them", async () => {
    const opened = await openPage(site, '/ammattilaisille/', { lang: 'fi' });
    try {
      const { page } = opened;
      const shown = await page.locator('.agendas > li').count();
      expect(shown).toBeGreaterThan(0);
      const text = await page.locator('.agendas').innerText();
      const from = await page.locator('.agendas time').first().getAttribute('datetime');
      const agendas = meetingAgendas(etelaSavo, {
        groupId: 'steering-group',
        from: from!.slice(0, 10),
        to: `${Number(from!.slice(0, 4)) + 1}-12-31`,
      });
      for (const item of agendas.slice(0, shown).flatMap((a) => a.items)) expect(text).toContain(item.title.fi);
    } finally {
      await opened.close();
    }
  });

  it("draws the coordinator's wheel: a ring per group that meets, the evaluation and the reports, with labels", async () => {
    const opened = await openPage(site, '/ammattilaisille/', { lang: 'fi' });
    try {
      const wheel = opened.page.locator('pk-year-clock');
      const year = Number(helsinkiToday().slice(0, 4));
      const plan = actionPlanFile(etelaSavo, year);
      await expect.poll(() => wheel.locator('g[role="group"]').count(), { timeout: 10_000 }).toBe(plan.rings.length);
      const width = await wheel.locator('[part="face"]').evaluate((svg) => svg.getBoundingClientRect().width);
      expect(width).toBeGreaterThanOrEqual(880);
      // Where an arc has room, it carries its label: the table is a choice, not a necessity.
      expect(await wheel.locator('[part~="arc-label"]').count()).toBeGreaterThan(20);
    } finally {
      await opened.close();
    }
  });

  it("puts the agenda in the steering group's calendar file, which ical.js reads", () => {
    const text = readFileSync(new URL('ics/steering-group.ics', DIST), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    const withAgenda = events.filter((e) => /\n1\. /.test(String(e.getFirstPropertyValue('description'))));
    expect(withAgenda.length).toBeGreaterThan(0);
  });
});
