import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { openImported } from './open-imported';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Files dropped anywhere on the page are imported; a visible overlay says so while dragging. */
export function DropOverlay() {
  const importFiles = useAppStore((s) => s.importFiles);
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child element; count them to know when we truly left.
  const depth = useRef(0);

  useEffect(() => {
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setActive(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setActive(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) void importFiles(files).then(openImported);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  if (!active) return null;
  return (
    <div
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-teal-900/60 p-6 backdrop-blur-sm"
      role="presentation"
    >
      <div className="rounded-2xl border-4 border-dashed border-white/80 px-10 py-12 text-center text-white">
        <p className="text-2xl font-semibold">Drop files to import</p>
        <p className="mt-2 text-teal-50">
          Text, Markdown, HTML, JSON, PDF or Word. They never leave this device.
        </p>
      </div>
    </div>
  );
}
