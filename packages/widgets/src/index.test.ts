import { describe, expect, it } from 'vitest';
import { MeetingPlaceFinder, messages } from './index.js';

describe('@perhekeskus/widgets main entry', () => {
  it('gives the class without registering the tag', () => {
    expect(typeof MeetingPlaceFinder).toBe('function');
    expect(customElements.get('pk-meeting-place-finder')).toBeUndefined();
  });

  it('lets a page register the class under its own tag', async () => {
    customElements.define('my-place-finder', MeetingPlaceFinder);
    const el = document.createElement('my-place-finder') as MeetingPlaceFinder;
    el.places = [];
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('form')).not.toBeNull();
    el.remove();
  });

  it('has every message in Finnish, Swedish and English', () => {
    const keys = Object.keys(messages('fi')).sort();
    expect(Object.keys(messages('sv')).sort()).toEqual(keys);
    expect(Object.keys(messages('en')).sort()).toEqual(keys);
  });
});
