import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { useEffect, useRef } from "preact/hooks";

// Only the parts the dashboard draws, so the bundle carries no more of Chart.js than it uses.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = "system-ui, sans-serif";
Chart.defaults.color = "#33414f";
Chart.defaults.animation = false;

export const COLOURS = ["#0b4f8a", "#b4410f", "#1d6b3a", "#6a3d9a", "#8a6d00", "#4d5b6a", "#a3123a"];

/**
 * A Chart.js chart on a canvas that screen readers hear as one image with a summary; the figures
 * themselves are always in a table next to it.
 */
export function ChartCanvas({ config, summary, small }: { config: ChartConfiguration; summary: string; small?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) {
      return;
    }
    const chart = new Chart(canvas.current, {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, ...config.options },
    });
    return () => chart.destroy();
  }, [JSON.stringify(config.data), config.type]);
  return (
    <div class={small ? "chart small" : "chart"}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
