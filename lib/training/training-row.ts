/** A dev-data row as training reads it (the fields of ../shared/datasets/README.md it needs). */
export interface TrainingRow {
  id: string;
  text: string;
  label: 'attack' | 'benign';
  family: string;
  lang: string;
  license: string;
  source: string;
  category?: string;
  quality?: string;
  direction: 'inbound' | 'outbound' | 'tool';
}
