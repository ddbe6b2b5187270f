/**
 * The `Europe/Helsinki` VTIMEZONE written into every exported calendar, in the form of the RFC 5545
 * examples (§3.6.5): EET (+0200) and EEST (+0300), changing at 01:00 UTC on the last Sunday of March
 * (03:00 → 04:00 local) and of October (04:00 → 03:00 local), the EU rule in force since 1996.
 * Times before 1997 are exported in UTC, so the observances need not describe older rules.
 */
export const HELSINKI_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19960331T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19961027T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
