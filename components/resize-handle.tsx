import { useRef } from 'react';
import { clampPanelWidth as clamp, PANEL_WIDTH } from '../lib/panel-layout';

const { min: MIN_WIDTH, max: MAX_WIDTH } = PANEL_WIDTH;

/**
 * Splitter on the panel's inner edge (left edge for a right-docked panel): drag, or arrow keys when
 * focused (WAI-ARIA window splitter). Moving the edge away from the docked side widens the panel.
 */
export function ResizeHandle({
  width,
  onResize,
  side = 'right',
}: {
  width: number;
  onResize: (width: number) => void;
  side?: 'left' | 'right';
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const grow = side === 'right' ? -1 : 1;
  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize panel"
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="resize-handle"
      onPointerDown={(e) => {
        start.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (start.current) onResize(clamp(start.current.width + grow * (e.clientX - start.current.x)));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onResize(clamp(width - 20 * grow));
        else if (e.key === 'ArrowRight') onResize(clamp(width + 20 * grow));
        else return;
        e.preventDefault();
      }}
    />
  );
}
