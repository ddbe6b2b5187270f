import { meetingAgendas, meetingPlaceCoverage, meetingPlaceEvaluationsDue, type Region } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { renderAgendasSection, renderFollowUpSection } from './coordinator.js';
import { formatDateFi } from './professionals.js';

const period = { groupId: 'steering-group', from: '2026-01-01', to: '2026-12-31' };

describe('renderAgendasSection', () => {
  it("lists every meeting of the period with the items core puts on it, in the data's order", () => {
    const markup = renderAgendasSection(etelaSavo, period).value;
    const agendas = meetingAgendas(etelaSavo, period);
    expect(agendas.length).toBeGreaterThan(0);
    expect(markup.match(/<li class="agenda"/g)).toHaveLength(agendas.length);
    for (const agenda of agendas) {
      expect(markup).toContain(`id="asialista-${agenda.date}"`);
      for (const item of agenda.items) expect(markup).toContain(item.title.fi);
    }
    // 001 §8: the period's first meeting chooses the chair and vice-chair.
    const first = agendas[0]!;
    expect(first.items.some((item) => item.kind === 'start-of-period-task')).toBe(true);
  });

  it('says when a meeting has no items of its own', () => {
    const markup = renderAgendasSection(etelaSavo, period).value;
    const empty = meetingAgendas(etelaSavo, period).filter((a) => a.items.length === 0);
    expect(markup.match(/class="agenda-none"/g)?.length ?? 0).toBe(empty.length);
  });

  it('escapes text from the data', () => {
    const region: Region = {
      ...etelaSavo,
      groups: etelaSavo.groups.map((g) =>
        g.id === 'steering-group'
          ? { ...g, startOfPeriodTasks: [{ id: 'x', title: { fi: '<img src=x onerror=alert(1)>' } }] }
          : g,
      ),
    };
    const markup = renderAgendasSection(region, period).value;
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says so when the period has no meetings', () => {
    expect(renderAgendasSection(etelaSavo, { ...period, from: '2026-07-01', to: '2026-07-31' }).value).toContain(
      'Ei kokouksia',
    );
  });
});

describe('renderFollowUpSection', () => {
  it("shows the year's meeting-place evaluations with their state", () => {
    const markup = renderFollowUpSection(etelaSavo, '2026-03-01').value;
    const { due } = meetingPlaceEvaluationsDue(etelaSavo, 2026);
    expect(due.length).toBeGreaterThan(0);
    expect(markup.match(/<tr><th scope="row">/g)).toHaveLength(due.length);
    expect(markup).toContain('<caption>Kohtaamispaikkojen arvioinnit vuonna 2026</caption>');
  });

  it('counts the municipalities with a meeting place on the date (002: nine in 2025, ten from 2026)', () => {
    const in2025 = meetingPlaceCoverage(etelaSavo, '2025-06-01');
    const in2026 = meetingPlaceCoverage(etelaSavo, '2026-01-01');
    expect(renderFollowUpSection(etelaSavo, '2025-06-01').value).toContain(
      `kohtaamispaikka on ${in2025.with.count} kunnassa ${in2025.total}:stä`,
    );
    expect(renderFollowUpSection(etelaSavo, '2026-01-01').value).toContain(
      `kohtaamispaikka on ${in2026.with.count} kunnassa ${in2026.total}:stä`,
    );
    expect(in2026.with.count).toBe(in2025.with.count + 1);
  });

  it('gives the personal-data deletion date after the annual report (001 §19)', () => {
    const markup = renderFollowUpSection(etelaSavo, '2026-03-01').value;
    expect(markup).toMatch(/poistetaan <time datetime="2026-\d\d-\d\d">/);
  });

  it("says what the region's data does not tell", () => {
    const region: Region = { ...etelaSavo, evaluationActivities: [] };
    const markup = renderFollowUpSection(region, '2026-03-01').value;
    expect(markup).toContain('ei ole kohtaamispaikkojen arviointia');
    expect(markup).toContain('ei ole vuosiraporttia');
    expect(markup).toContain(formatDateFi('2026-03-01'));
  });
});
