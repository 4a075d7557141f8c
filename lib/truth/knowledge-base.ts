import chemicalHazardsJson from './kb/chemical-hazards.json';
import emergencyNumbersJson from './kb/emergency-numbers.json';
import medicinesJson from './kb/medicines.json';
import securityFactsJson from './kb/security-facts.json';

/**
 * The truth detector's canonical knowledge base: a few hundred facts in high-risk domains, each
 * with where it comes from. The data lives in ./kb/*.json (reviewable without reading code);
 * these types describe it and test/lib/truth/knowledge-base.test.ts validates every file against
 * ./kb/schema.json, so a malformed edit fails the tests instead of reaching the detector.
 */

export interface FactSource {
  publisher: string;
  title: string;
  url: string;
  /** ISO date the fact was recorded against this source. */
  asOf: string;
  /** `source-read`: a copy of the page was read when the fact was written; `author-knowledge`: not re-read. */
  verification: 'source-read' | 'author-knowledge';
}

export interface MedicineFact {
  id: string;
  ingredient: string;
  /** Generic names in several languages (matched case-insensitively, whole words). */
  names: string[];
  /** Brand names that contain this one ingredient only (combination products are left out). */
  brands: string[];
  /** The smallest adult tablet strength: "take 6 Advil" is read as at least 6 × this. */
  smallestAdultUnitMg?: number;
  /** The largest single dose an OTC label allows. */
  maxSingleDoseMg?: number;
  /** What OTC labels allow in 24 hours; labels differ, so a range (a claim ≤ high is not contradicted). */
  otcMaxDailyMg: { low: number; high: number };
  /** A ceiling that holds even under a prescription; absent where prescribed doses have no single ceiling. */
  absoluteMaxDailyMg?: number;
  note: string;
  sources: FactSource[];
}

export interface ChemicalAgent {
  id: string;
  description: string;
  names: string[];
}

export interface ChemicalHazard {
  id: string;
  /** Two agent ids; the same id twice means two different products of that kind. */
  agents: [string, string];
  product: string;
  effect: string;
  sources: FactSource[];
}

export interface PhoneNumberFact {
  number: string;
  service: string;
}

export interface CountryNumbers {
  /** ISO 3166-1 alpha-2. */
  id: string;
  /** Names and adjectives, matched case-sensitively (proper nouns: keeps "turkey" and "china" out). */
  names: string[];
  emergencyNumbers: PhoneNumberFact[];
  /** Non-emergency and helpline numbers that are right to give for this country too. */
  otherNumbers: PhoneNumberFact[];
  poisonControl: PhoneNumberFact[];
  sources: FactSource[];
  note?: string;
}

export interface RegionNumbers {
  id: string;
  names: string[];
  /** Country ids: a number is right for the region when it is right for any member. */
  members: string[];
  sources: FactSource[];
}

export interface SecurityFact {
  id: string;
  claim: string;
  sources: FactSource[];
}

export interface KnowledgeBase {
  medicines: MedicineFact[];
  chemicalAgents: ChemicalAgent[];
  chemicalHazards: ChemicalHazard[];
  countries: CountryNumbers[];
  regions: RegionNumbers[];
  securityFacts: SecurityFact[];
}

// JSON imports are typed loosely (`verification: string`); the casts are checked by the schema test.
export const KNOWLEDGE_BASE: KnowledgeBase = {
  medicines: medicinesJson.medicines as MedicineFact[],
  chemicalAgents: chemicalHazardsJson.agents,
  chemicalHazards: chemicalHazardsJson.hazards as ChemicalHazard[],
  countries: emergencyNumbersJson.countries as CountryNumbers[],
  regions: emergencyNumbersJson.regions as RegionNumbers[],
  securityFacts: securityFactsJson.facts as SecurityFact[],
};

/** The raw files, for the schema test. */
export const KNOWLEDGE_BASE_FILES = {
  'medicines.json': medicinesJson,
  'chemical-hazards.json': chemicalHazardsJson,
  'emergency-numbers.json': emergencyNumbersJson,
  'security-facts.json': securityFactsJson,
} as const;
