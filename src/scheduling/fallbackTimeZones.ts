// For engines without Intl.supportedValuesOf (Safari < 15.4): one zone per populated offset and
// the most asked-for cities, enough for a visitor to find theirs. Kept out of the first load: the
// zone picker gets it with its search chunk (see zoneSearch.ts).
export const fallbackTimeZones: readonly string[] = [
  'Pacific/Pago_Pago', 'Pacific/Honolulu', 'America/Anchorage', 'America/Los_Angeles', 'America/Phoenix',
  'America/Denver', 'America/Chicago', 'America/Mexico_City', 'America/New_York', 'America/Toronto',
  'America/Bogota', 'America/Halifax', 'America/Caracas', 'America/St_Johns', 'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Dublin',
  'Europe/Lisbon', 'Africa/Lagos', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome',
  'Europe/Amsterdam', 'Europe/Stockholm', 'Europe/Warsaw', 'Africa/Johannesburg', 'Africa/Cairo',
  'Europe/Athens', 'Europe/Helsinki', 'Europe/Kyiv', 'Asia/Jerusalem', 'Europe/Istanbul', 'Europe/Moscow',
  'Africa/Nairobi', 'Asia/Riyadh', 'Asia/Tehran', 'Asia/Dubai', 'Asia/Kabul', 'Asia/Karachi', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Asia/Dhaka', 'Asia/Yangon', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Shanghai',
  'Asia/Hong_Kong', 'Asia/Singapore', 'Australia/Perth', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Darwin',
  'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Noumea',
  'Pacific/Auckland', 'Pacific/Chatham', 'Pacific/Tongatapu', 'Pacific/Kiritimati',
];
