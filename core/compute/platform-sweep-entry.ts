import { servePlatformSweep } from './platform-sweep-thread';

// The worker that sweeps `*` (out/platform-sweep.js): a bundle of the sweep alone, about 20 KB, because a
// thread that loaded the whole CLI held about 8 MB more at the report's peak.
servePlatformSweep();
