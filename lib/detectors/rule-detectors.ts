import type { AnyDetector } from '../core/detector.ts';
import type { RegistrySnapshotProvider } from '../packages/registry-snapshot-provider.ts';
import { DETECTORS } from './index.ts';
import { createPackageCheck } from './package-check.ts';

/**
 * The rule detectors as a host runs them: DETECTORS, with package-check reading the registry
 * snapshot through the host's provider (fetch of the packaged file in the service worker, the
 * disk in the CLI). The registered package-check has no snapshot and skips.
 */
export function ruleDetectors(registry: RegistrySnapshotProvider): AnyDetector[] {
  return DETECTORS.map((detector) => (detector.meta.id === 'package-check' ? createPackageCheck(registry) : detector));
}
