/** Cross-source comparison: retrieval, same-fact frames, slot evidence, verdicts, page checks. */
export type { ArticleRef } from './types';
export { ClaimIndex, withRetrievalKeys, type Candidate, type CandidateOptions } from './retrieval';
export { sameFrame, explainFrame, type FrameMatch, type FrameContext, type FrameReason } from './frame';
export { storyProfile, storyAffinity, isSameStory, StoryStats, type StoryProfile, type StoryAffinity } from './story';
export { calibresOf, compareCalibres } from './designations';
export { ageHolder, differentSubjects } from './holders';
export { compareSlots, type SlotComparison } from './slots';
export { compareClaims } from './verdict';
export {
  crossCheck,
  summarise,
  duplicateClasses,
  wireNameOf,
  type ClaimSummary,
  type CrossCheckOptions,
  type SourceGroup,
} from './check';
export { namesMatch } from './names';
export { fingerprint, hamming, isNearDuplicate, NEAR_DUPLICATE_BITS } from '../dedup';
