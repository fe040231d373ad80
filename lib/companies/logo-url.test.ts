import { describe, expect, it } from 'vitest';
import { linkLabel } from './link-labels';
import { logoPath, logoSources, parseLogoFileName } from './logo-url';

const hash = 'a'.repeat(32);

describe('logo addresses', () => {
  it('name a size of a hash, and read back only such names', () => {
    expect(logoPath(hash, 64)).toBe(`/api/logos/${hash}-64.webp`);
    expect(parseLogoFileName(`${hash}-256.webp`)).toEqual({ hash, size: 256 });
    for (const name of [`${hash}-100.webp`, `${hash}-64.png`, `${hash.toUpperCase()}-64.webp`, `${hash}-64.webp/..`, 'x-64.webp']) {
      expect(parseLogoFileName(name)).toBeNull();
    }
  });

  it('offer the smallest stored size covering 1× and 2× screens', () => {
    expect(logoSources(hash, 40)).toEqual({ src: logoPath(hash, 64), srcSet: `${logoPath(hash, 64)} 1x, ${logoPath(hash, 128)} 2x` });
    expect(logoSources(hash, 96)).toEqual({ src: logoPath(hash, 128), srcSet: `${logoPath(hash, 128)} 1x, ${logoPath(hash, 256)} 2x` });
    expect(logoSources(hash, 200).srcSet).toBe(`${logoPath(hash, 256)} 1x`);
  });
});

describe('link labels', () => {
  it('are short and readable', () => {
    expect(linkLabel('website', 'https://www.otvetim.example/')).toBe('otvetim.example');
    expect(linkLabel('website', 'https://otvetim.example/jobs/')).toBe('otvetim.example/jobs');
    expect(linkLabel('telegram', 'https://t.me/otvetim_online')).toBe('@otvetim_online');
    expect(linkLabel('telegram', 'https://t.me/joinchat/AbCd')).toBe('t.me/joinchat/AbCd');
    expect(linkLabel('vk', 'https://m.vk.com/otvetim')).toBe('vk.com/otvetim');
    expect(linkLabel('website', 'https://a.example/%E0%A4%A')).toBe('https://a.example/%E0%A4%A');
  });
});
