import type { SiteProfile } from './site-profile.ts';
import { vnexpressProfile } from './vnexpress.ts';
import { tuoitreProfile } from './tuoitre.ts';
import { thanhnienProfile } from './thanhnien.ts';
import { dantriProfile } from './dantri.ts';
import { vietnamplusProfile } from './vietnamplus.ts';
import { nhandanProfile } from './nhandan.ts';
import { baoquocteProfile } from './baoquocte.ts';
import { thoidaiProfile } from './thoidai.ts';
import { vufoProfile } from './vufo.ts';
import { vovProfile } from './vov.ts';
import { qdndProfile } from './qdnd.ts';
import { candProfile } from './cand.ts';
import { tienphongProfile } from './tienphong.ts';
import { laodongProfile } from './laodong.ts';
import { vietnamnetProfile } from './vietnamnet.ts';
import { baochinhphuProfile } from './baochinhphu.ts';
import { cafefProfile } from './cafef.ts';
import { nldProfile } from './nld.ts';
import { baodanangProfile } from './baodanang.ts';
import { baodongnaiProfile } from './baodongnai.ts';
import { baoquangninhProfile } from './baoquangninh.ts';
import { baokhanhhoaProfile } from './baokhanhhoa.ts';
import { baolamdongProfile } from './baolamdong.ts';
import { baocaobangProfile } from './baocaobang.ts';

/** Every site profile; adding a site means adding a file and a line here. */
export const SITE_PROFILES: readonly SiteProfile[] = [
  vnexpressProfile,
  tuoitreProfile,
  thanhnienProfile,
  dantriProfile,
  vietnamplusProfile,
  nhandanProfile,
  baoquocteProfile,
  thoidaiProfile,
  vufoProfile,
  vovProfile,
  qdndProfile,
  candProfile,
  tienphongProfile,
  laodongProfile,
  vietnamnetProfile,
  baochinhphuProfile,
  cafefProfile,
  nldProfile,
  baodanangProfile,
  baodongnaiProfile,
  baoquangninhProfile,
  baokhanhhoaProfile,
  baolamdongProfile,
  baocaobangProfile,
];

const byHost = new Map<string, SiteProfile>();
for (const profile of SITE_PROFILES) for (const host of profile.hosts) byHost.set(host, profile);

/** The profile of a URL's host (or of a parent domain: `e.vnexpress.net` → vnexpress), if any. */
export function findSiteProfile(url: string | null | undefined): SiteProfile | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const profile = byHost.get(h);
    if (profile) return profile;
  }
  return null;
}

export type { SiteProfile } from './site-profile.ts';
