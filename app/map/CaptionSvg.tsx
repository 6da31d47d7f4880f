// The caption band as inline SVG: the same operations the PNG painter and the SVG export draw.
import { FONT_FAMILY, type CaptionBand } from '@/lib/export/caption';

/** Renders one laid-out caption band (header or footer). */
export default function CaptionSvg({ band, width, testId }: { band: CaptionBand; width: number; testId: string }) {
  if (band.height === 0) return null;
  return (
    <svg width={width} height={band.height} style={{ display: 'block' }} fontFamily={FONT_FAMILY} data-testid={testId}>
      {band.ops.map((op, i) =>
        op.kind === 'rule' ? (
          <line key={i} x1={op.x1} x2={op.x2} y1={op.y + 0.5} y2={op.y + 0.5} stroke={op.color} />
        ) : op.kind === 'stroke' ? (
          <line key={i} x1={op.x1} x2={op.x2} y1={op.y} y2={op.y} stroke={op.color} strokeWidth={2} strokeDasharray={op.dashed ? '5 3' : undefined} />
        ) : op.kind === 'swatch' ? (
          <circle key={i} cx={op.x} cy={op.y} r={op.r} fill={op.color} />
        ) : (
          <text key={i} x={op.x} y={op.y} fontSize={op.size} fontWeight={op.weight} fill={op.color} textAnchor={op.anchor} data-role={op.role}>
            {op.title && <title>{op.title}</title>}
            {op.text}
          </text>
        ),
      )}
    </svg>
  );
}
