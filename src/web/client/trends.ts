// Topic trends: events per topic across the sessions that have a programme, drawn with Chart.js.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { SessionInfo, TopicTrend } from './api.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** Distinct line colours (Tableau 10), cycled past ten topics. */
const LINE_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** The topics shown when the URL names none: the most frequent across the programme sessions. */
export const DEFAULT_TOPIC_COUNT = 6;

export function topicTotal(trend: TopicTrend, sessions: readonly SessionInfo[]): number {
  return sessions.reduce((sum, s) => sum + (trend.counts.get(s.number) ?? 0), 0);
}

export class TopicChart {
  private chart: Chart<'line'> | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  show(trends: readonly TopicTrend[], sessions: readonly SessionInfo[]): void {
    const labels = sessions.map((s) => `COP${s.number}${s.year ? ` (${s.year})` : ''}`);
    const datasets = trends.map((t, i) => ({
      label: t.name,
      data: sessions.map((s) => t.counts.get(s.number) ?? 0),
      borderColor: LINE_COLORS[i % LINE_COLORS.length],
      backgroundColor: LINE_COLORS[i % LINE_COLORS.length],
      tension: 0.2,
      pointRadius: 4,
    }));
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, {
      type: 'line',
      data: { labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } } },
      },
    });
    this.canvas.dataset.topics = String(datasets.length);
  }
}
