import { SharedAnchorScan } from '../gate/shared-anchor-scan.ts';

/**
 * The anchor pass that prompt-attack and persuasion share: both read every view of each inbound
 * text, so one Aho-Corasick walk over both anchor lists serves the two (see shared-anchor-scan.ts).
 */
export const GATE_ANCHORS = new SharedAnchorScan();
