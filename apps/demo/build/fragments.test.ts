import { describe, expect, it } from 'vitest';
import { fillFragments, renderFragment } from './fragments.js';

const TODAY = '2026-03-10';

describe('fillFragments', () => {
  it('puts the published fragments inside the widget tags, at heading level 3', () => {
    const page = fillFragments(
      [
        '<pk-meeting-place-finder><!-- pk:fragment places --></pk-meeting-place-finder>',
        '<pk-calendar><!-- pk:fragment meetings groups=steering-group,lp-trainers --></pk-calendar>',
        '<pk-year-clock><!-- pk:fragment year-clock relationship-support-year-clock --></pk-year-clock>',
      ].join('\n'),
      TODAY,
    );
    expect(page).not.toContain('pk:fragment');
    expect(page).toContain('<pk-meeting-place-finder><section class="pk-fragment pk-places" lang="fi">\n<h3>');
    expect(page).toContain('<pk-calendar><section class="pk-fragment pk-meetings" lang="fi">');
    expect(page.match(/<h4>/g)?.length).toBeGreaterThan(2);
    expect(page).toContain('<pk-year-clock><section class="pk-fragment pk-year-clock" lang="fi">');
    expect(page).toContain('</section></pk-year-clock>');
  });

  it('lists only the groups asked, with meetings from the build date on', () => {
    const html = renderFragment('meetings', 'steering-group', TODAY);
    expect(html.match(/<h4>/g)).toHaveLength(1);
    const days = [...html.matchAll(/datetime="(\d{4}-\d\d-\d\d)/g)].map((m) => m[1]!);
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((day) => day >= TODAY)).toBe(true);
  });

  it('refuses an unknown year clock or group', () => {
    expect(() => renderFragment('year-clock', 'no-such-clock', TODAY)).toThrow(/no-such-clock/);
    expect(() => renderFragment('meetings', 'no-such-group', TODAY)).toThrow(/no-such-group/);
  });
});
