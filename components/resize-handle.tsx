import { useRef } from 'react';

export const MIN_WIDTH = 300;
export const MAX_WIDTH = 800;
const clamp = (w: number): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(w)));

/** Left-edge splitter: drag, or arrow keys when focused (WAI-ARIA window splitter). */
export function ResizeHandle({ width, onResize }: { width: number; onResize: (width: number) => void }) {
  const start = useRef<{ x: number; width: number } | null>(null);
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
        if (start.current) onResize(clamp(start.current.width + start.current.x - e.clientX));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onResize(clamp(width + 20));
        else if (e.key === 'ArrowRight') onResize(clamp(width - 20));
        else return;
        e.preventDefault();
      }}
    />
  );
}
