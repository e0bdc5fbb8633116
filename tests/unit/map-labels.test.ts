import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/library';
import { placesMapModel } from '@/lib/map/model';
import { labelMetrics, mainPlaces, placeLabels } from '@/lib/map/labels';
import type { Marker } from '@/lib/map/markers';
import { asEntrySlug } from '@/lib/ids';

const marker = (slug: string, x: number, y: number, mentions = 1): Marker => ({
  slug: asEntrySlug(slug),
  name: slug,
  href: `/places/${slug}`,
  mentions,
  articles: 1,
  label: slug,
  anchor: [x, y],
  x,
  y,
  r: 5,
  hitR: 10,
  labelSide: 'right',
});

/** The box a label takes at the narrowest drawing, in view units (what placeLabels avoids overlapping). */
function boxOf(label: ReturnType<typeof placeLabels>[number], m: Marker, viewWidth: number) {
  const unit = viewWidth / labelMetrics.minWidthPx;
  const w = (label.name.length * labelMetrics.charPx + 2 * labelMetrics.paddingPx) * unit;
  const h = labelMetrics.heightPx * unit;
  const gap = m.r + labelMetrics.gapPx * unit;
  const x0 = label.side === 'right' ? m.x + gap : label.side === 'left' ? m.x - gap - w : m.x - w / 2;
  const y0 = label.side === 'above' ? m.y - gap - h : label.side === 'below' ? m.y + gap : m.y - h / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

describe('map labels', () => {
  it('two places at the same spot do not get overlapping labels', () => {
    const labels = placeLabels([marker('aaa', 400, 300, 5), marker('bbb', 402, 300)], { width: 800, height: 600 });
    expect(labels.map((l) => l.slug)).toContain('aaa');
    if (labels.length === 2) expect(labels[0]!.side).not.toBe(labels[1]!.side);
  });

  it('a label that would leave the view goes to the other side, or is not shown', () => {
    const labels = placeLabels([marker('edge', 795, 300)], { width: 800, height: 600 });
    expect(labels[0]?.side).not.toBe('right');
  });

  it('on the real China map, the main cities are labelled and no two labels overlap', () => {
    const china = placesMapModel(getLibrary()).find((m) => m.view.id === 'china')!;
    const labels = placeLabels(china.markers, china.view);
    const slugs = labels.map((l) => l.slug);
    for (const city of ['beijing', 'shanghai', 'chongqing', 'urumqi']) expect(slugs, city).toContain(city);
    expect(slugs.filter((s) => mainPlaces.includes(s)).length).toBeGreaterThanOrEqual(5);
    const boxes = labels.map((l) => boxOf(l, china.markers.find((m) => m.slug === l.slug)!, china.view.width));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${labels[i]!.slug} / ${labels[j]!.slug}`).toBe(false);
      }
    }
  });
});
