import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import schema from '../../../lib/truth/kb/schema.json';
import { KNOWLEDGE_BASE, KNOWLEDGE_BASE_FILES, type FactSource } from '../../../lib/truth/knowledge-base.ts';

const DEFINITION_OF_FILE: Record<keyof typeof KNOWLEDGE_BASE_FILES, string> = {
  'medicines.json': 'medicines',
  'chemical-hazards.json': 'chemicalHazards',
  'emergency-numbers.json': 'emergencyNumbers',
  'security-facts.json': 'securityFacts',
};

/** Every source of every fact, with where it sits. */
function allSources(): Array<{ where: string; source: FactSource }> {
  const { medicines, chemicalHazards, countries, regions, securityFacts } = KNOWLEDGE_BASE;
  return [
    ...medicines.flatMap((fact) => fact.sources.map((source) => ({ where: `medicine ${fact.id}`, source }))),
    ...chemicalHazards.flatMap((fact) => fact.sources.map((source) => ({ where: `hazard ${fact.id}`, source }))),
    ...countries.flatMap((fact) => fact.sources.map((source) => ({ where: `country ${fact.id}`, source }))),
    ...regions.flatMap((fact) => fact.sources.map((source) => ({ where: `region ${fact.id}`, source }))),
    ...securityFacts.flatMap((fact) => fact.sources.map((source) => ({ where: `security ${fact.id}`, source }))),
  ];
}

describe('truth knowledge base', () => {
  it.each(Object.entries(DEFINITION_OF_FILE))('%s is valid against schema.json', (file, definition) => {
    const validator = new Validator({ $ref: `#/$defs/${definition}`, $defs: schema.$defs } as never, '2020-12', false);
    const result = validator.validate(KNOWLEDGE_BASE_FILES[file as keyof typeof KNOWLEDGE_BASE_FILES]);
    expect(result.errors.map((error) => `${error.instanceLocation}: ${error.error}`)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a fact without a source (the schema is not vacuous)', () => {
    const validator = new Validator({ $ref: '#/$defs/medicines', $defs: schema.$defs } as never, '2020-12');
    const medicine = { ...KNOWLEDGE_BASE.medicines[0]!, sources: [] };
    expect(validator.validate({ medicines: [medicine] }).valid).toBe(false);
    const undated = { ...KNOWLEDGE_BASE.medicines[0]!, sources: [{ ...KNOWLEDGE_BASE.medicines[0]!.sources[0]!, asOf: 'recently' }] };
    expect(validator.validate({ medicines: [undated] }).valid).toBe(false);
  });

  it('gives every fact a parseable source URL, a real past date and a publisher', () => {
    const sources = allSources();
    expect(sources.length).toBeGreaterThan(60);
    for (const { where, source } of sources) {
      const url = new URL(source.url);
      expect(['https:', 'http:'], where).toContain(url.protocol);
      expect(url.hostname, where).toMatch(/\.[a-z]{2,}$/);
      const date = new Date(`${source.asOf}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), where).toBe(false);
      expect(date.toISOString().slice(0, 10), where).toBe(source.asOf);
      expect(date.getTime(), where).toBeLessThanOrEqual(Date.now() + 86_400_000);
      expect(source.publisher.trim().length, where).toBeGreaterThan(1);
    }
  });

  it('covers what the issue asks for: ~20 medicines, the classic mixtures, ≥ 20 countries, the security basics', () => {
    expect(KNOWLEDGE_BASE.medicines.length).toBeGreaterThanOrEqual(15);
    expect(KNOWLEDGE_BASE.countries.length).toBeGreaterThanOrEqual(20);
    expect(KNOWLEDGE_BASE.chemicalHazards.map((hazard) => hazard.id)).toEqual(
      expect.arrayContaining(['bleach-ammonia', 'bleach-acid', 'bleach-alcohol', 'peroxide-vinegar', 'drain-cleaner-mix']),
    );
    expect(KNOWLEDGE_BASE.securityFacts.map((fact) => fact.id)).toEqual(
      expect.arrayContaining(['tls-verification-disabled', 'world-writable-permissions', 'csrf-or-auth-disabled', 'weak-password-hash', 'eval-untrusted-input']),
    );
  });

  it('has unique ids and unique names, so that a name means one thing', () => {
    const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);
    for (const list of [ids(KNOWLEDGE_BASE.medicines), ids(KNOWLEDGE_BASE.chemicalAgents), ids(KNOWLEDGE_BASE.chemicalHazards), ids([...KNOWLEDGE_BASE.countries, ...KNOWLEDGE_BASE.regions])]) {
      expect(new Set(list).size).toBe(list.length);
    }
    const medicineNames = KNOWLEDGE_BASE.medicines.flatMap((medicine) => [...medicine.names, ...medicine.brands].map((name) => name.toLowerCase()));
    expect(medicineNames.length - new Set(medicineNames).size).toBe(0);
    const placeNames = [...KNOWLEDGE_BASE.countries, ...KNOWLEDGE_BASE.regions].flatMap((place) => place.names);
    expect(placeNames.length - new Set(placeNames).size).toBe(0);
  });

  it('keeps dose ranges consistent: low ≤ high ≤ absolute, single dose ≤ daily', () => {
    for (const medicine of KNOWLEDGE_BASE.medicines) {
      const { low, high } = medicine.otcMaxDailyMg;
      expect(low, medicine.id).toBeLessThanOrEqual(high);
      if (medicine.absoluteMaxDailyMg !== undefined) expect(high, medicine.id).toBeLessThanOrEqual(medicine.absoluteMaxDailyMg);
      if (medicine.maxSingleDoseMg !== undefined) expect(medicine.maxSingleDoseMg, medicine.id).toBeLessThanOrEqual(high);
      if (medicine.smallestAdultUnitMg !== undefined) expect(medicine.smallestAdultUnitMg, medicine.id).toBeLessThanOrEqual(medicine.maxSingleDoseMg ?? high);
    }
  });

  it('states the well-known figures the issue names', () => {
    const medicine = (id: string) => KNOWLEDGE_BASE.medicines.find((candidate) => candidate.id === id)!;
    expect(medicine('acetaminophen').otcMaxDailyMg).toEqual({ low: 3000, high: 4000 });
    expect(medicine('ibuprofen').otcMaxDailyMg.high).toBe(1200);
    expect(medicine('naproxen-sodium').otcMaxDailyMg.high).toBe(660);
    expect(medicine('aspirin').otcMaxDailyMg.high).toBe(4000);
    expect(medicine('diphenhydramine').otcMaxDailyMg.high).toBe(300);
    expect(medicine('dextromethorphan').otcMaxDailyMg.high).toBe(120);
    expect(medicine('loperamide').otcMaxDailyMg.high).toBe(8);
    const country = (id: string) => KNOWLEDGE_BASE.countries.find((candidate) => candidate.id === id)!;
    expect(country('US').emergencyNumbers.map((entry) => entry.number)).toEqual(['911']);
    expect(country('US').poisonControl.map((entry) => entry.number)).toEqual(['1-800-222-1222']);
    expect(country('GB').emergencyNumbers.map((entry) => entry.number)).toEqual(['999', '112']);
    expect(country('AU').emergencyNumbers[0]!.number).toBe('000');
    expect(country('NZ').emergencyNumbers[0]!.number).toBe('111');
  });

  it('names only agents that exist in its hazards, and only countries that exist in its regions', () => {
    const agents = new Set(KNOWLEDGE_BASE.chemicalAgents.map((agent) => agent.id));
    for (const hazard of KNOWLEDGE_BASE.chemicalHazards) for (const agent of hazard.agents) expect(agents.has(agent), hazard.id).toBe(true);
    const countries = new Set(KNOWLEDGE_BASE.countries.map((country) => country.id));
    for (const region of KNOWLEDGE_BASE.regions) for (const member of region.members) expect(countries.has(member), region.id).toBe(true);
  });
});
