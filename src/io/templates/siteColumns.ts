import type { EntityColumns } from './columnDefinition';

/** One row per candidate workplace (`src/schema/site.ts`). */
export const siteColumns: EntityColumns = {
  entity: 'sites',
  row: { sv: 'En arbetsplats (kommunhus, IT-kontor, serverrum, datacenter).', en: 'A workplace (town hall, IT office, server room, datacenter).' },
  fileNames: ['sites', 'arbetsplatser', 'platser', 'workplaces'],
  columns: [
    {
      field: 'id', header: { sv: 'id', en: 'id' }, aliases: ['site_id', 'siteid'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Arbetsplatsens id: små bokstäver a–z, siffror och bindestreck. Unikt i filen.', en: "The site's id: lowercase letters a–z, digits and hyphens. Unique in the file." },
      example: 'varnamo-it-kontor',
    },
    {
      field: 'name', header: { sv: 'namn', en: 'name' }, aliases: [], kind: 'text', required: true, unit: null,
      meaning: { sv: 'Namn.', en: 'Name.' },
      example: 'IT-kontoret Värnamo',
    },
    {
      field: 'municipalityId', header: { sv: 'kommun', en: 'municipality' }, aliases: ['municipalityid', 'municipality_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Kommun: id för en kommun i datamängden.', en: 'Municipality: the id of a municipality of the dataset.' },
      example: 'varnamo',
    },
    {
      field: 'localityId', header: { sv: 'tätort', en: 'locality' }, aliases: ['localityid', 'locality_id', 'ort'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Tätorten där arbetsplatsen ligger: id för en tätort i samma kommun.', en: 'The locality (town) the site stands in: the id of a locality of the same municipality.' },
      example: 'varnamo',
    },
    {
      field: 'lat', header: { sv: 'lat', en: 'lat' }, aliases: ['latitud', 'latitude'], kind: 'number', required: true,
      unit: { sv: 'decimalgrader (WGS84)', en: 'decimal degrees (WGS84)' },
      meaning: { sv: 'Latitud; inom regionen.', en: 'Latitude; inside the region.' },
      example: 57.1857,
    },
    {
      field: 'lon', header: { sv: 'lon', en: 'lon' }, aliases: ['longitud', 'longitude'], kind: 'number', required: true,
      unit: { sv: 'decimalgrader (WGS84)', en: 'decimal degrees (WGS84)' },
      meaning: { sv: 'Longitud; inom regionen.', en: 'Longitude; inside the region.' },
      example: 14.0466,
    },
    {
      field: 'kind', header: { sv: 'typ', en: 'kind' }, aliases: ['type'], kind: 'site-kind', required: true, unit: null,
      meaning: {
        sv: 'Typ: town-hall (kommunhus), it-office (IT-kontor), server-room (serverrum) eller datacenter.',
        en: 'Kind: town-hall, it-office, server-room or datacenter (the Swedish kommunhus, it-kontor, serverrum are accepted too).',
      },
      example: 'it-office',
    },
    {
      field: 'deskCapacity', header: { sv: 'skrivbordsplatser', en: 'desk_capacity' }, aliases: ['deskcapacity', 'platser', 'kapacitet'], kind: 'integer', required: true,
      unit: { sv: 'antal platser', en: 'number of desks' },
      meaning: { sv: 'Antal skrivbordsplatser.', en: 'Number of desks.' },
      example: 30,
    },
    {
      field: 'approximate', header: { sv: 'ungefärlig', en: 'approximate' }, aliases: ['ungefärlig_plats'], kind: 'boolean', required: true,
      unit: { sv: 'ja/nej', en: 'yes/no' },
      meaning: { sv: 'Ja när läget är rimligt uppskattat, inte belagt.', en: 'Yes when the position is placed plausibly, not sourced.' },
      example: true,
    },
    {
      field: 'source', header: { sv: 'källa', en: 'source' }, aliases: [], kind: 'text', required: false, unit: null,
      meaning: { sv: 'Källa för läget (frivillig).', en: 'Source of the location (optional).' },
      example: 'Kommunens webbplats',
    },
  ],
  competenceColumns: null,
};
